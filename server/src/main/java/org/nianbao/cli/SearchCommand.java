package org.nianbao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.nianbao.places.GazetteerPlaces;
import org.nianbao.region.Gazetteer;
import org.nianbao.region.RegionLookup;
import org.nianbao.search.FacetCount;
import org.nianbao.search.Hit;
import org.nianbao.search.InvalidSearchRequest;
import org.nianbao.search.ReportSearcher;
import org.nianbao.search.SearchRequest;
import org.nianbao.search.SearchResponse;
import org.nianbao.search.SortOrder;
import org.nianbao.web.SearchResponseJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code nianbao search QUERY --index DIR [filters]}: ranked hits with the part that matched and a
 * highlighted snippet, then facet counts; {@code --json} for machines.
 */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = {"Search an index. Reports with every word come first (exact, then near each other, then anywhere),",
        "then reports lacking one word, marked as such; a word outside the dictionary matches only as written",
        "(抖音 never matches 抖…音 apart). \"quoted text\" is an exact phrase. An empty query \"\" lists reports by the filters."})
public final class SearchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "QUERY", description = "The query.")
  String query;

  @Option(names = "--index", paramLabel = "DIR", defaultValue = "index", description = "Index folder (default: ${DEFAULT-VALUE}).")
  Path index;

  @Option(names = "--year", description = "Reporting year, e.g. 2023.")
  Integer year;

  @Option(names = "--region", description = "A division at any level (山东省, 淄博市, 古县), a path (山东省/淄博市) or a GB/T 2260 code.")
  String region;

  @Option(names = "--agency", description = "The publishing body exactly as indexed, e.g. 淄博市文化和旅游局.")
  String agency;

  @Option(names = "--sector", description = "Normalised field of work, e.g. 文化和旅游, 公安, 政府.")
  String sector;

  @Option(names = "--level", description = "central, province, city, county or township.")
  String level;

  @Option(names = "--flag", description = "Only reports violating this rule, e.g. R1.")
  String flag;

  @Option(names = "--sort", defaultValue = "relevance", description = "relevance, year_desc or year_asc (default: ${DEFAULT-VALUE}).")
  String sort;

  @Option(names = "--limit", defaultValue = "10", description = "Hits to show, 1–" + SearchRequest.MAX_SIZE + " (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--json", description = "Print {\"total\", \"took_ms\", \"hits\", \"facets\"} as JSON, as the web API does.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<String> regionPath = List.of();
    if (region != null) {
      RegionLookup lookup = Gazetteer.bundled().lookup(region);
      switch (lookup) {
        case RegionLookup.Found found -> regionPath = found.region().path();
        case RegionLookup.Unknown unknown -> {
          err.println("nianbao search: --region: " + unknown.message());
          return ExitCodes.USAGE;
        }
        case RegionLookup.Ambiguous ambiguous -> {
          err.println("nianbao search: --region: " + ambiguous.message());
          return ExitCodes.USAGE;
        }
      }
    }
    SearchRequest request;
    try {
      request = new SearchRequest(query, year, regionPath, agency, sector, level, flag, 1, limit, SortOrder.fromKey(sort));
    } catch (InvalidSearchRequest e) {
      String option = switch (e.parameter()) {
        case QUERY -> "QUERY";
        case PAGE -> "the page";
        case SIZE -> "--limit";
      };
      err.println("nianbao search: " + option + " " + e.problem());
      return ExitCodes.USAGE;
    } catch (IllegalArgumentException e) {
      err.println("nianbao search: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    SearchResponse response;
    try (ReportSearcher searcher = ReportSearcher.open(index, GazetteerPlaces.bundled())) {
      response = searcher.search(request);
    }
    if (json) {
      out.println(SearchResponseJson.toJson(response).toString());
    } else {
      printText(response, out, ProgressBar.isTerminal());
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static void printText(SearchResponse response, PrintWriter out, boolean terminal) {
    String open = terminal ? "\u001b[1;31m" : "【";
    String close = terminal ? "\u001b[0m" : "】";
    out.printf(Locale.ROOT, "%d report(s), %d ms%n", response.total(), response.tookMs());
    response.query().variants().forEach((term, variants) ->
        out.println("also searched: " + term + " → " + String.join(", ", variants)));
    if (response.query().relaxed()) {
      out.println("no report has enough of the words: showing reports with any of them");
    } else if (response.query().partial()) {
      out.println("showing reports that match part of the query too (their missing words are listed)");
    }
    int rank = 1;
    for (Hit hit : response.hits()) {
      out.printf(Locale.ROOT, "%n%d. %s  [%s]%n", rank++, hit.title(), hit.id());
      String where = hit.region().isEmpty() ? "—" : String.join("/", hit.region().path());
      out.printf(Locale.ROOT, "   %s · %s年 · %s · score %.2f%n", hit.agency(), hit.year(), where, hit.score());
      if (hit.part() != null) {
        out.println("   [" + hit.part() + "] " + hit.snippet().render(open, close).replace('\n', ' '));
      }
      if (!hit.missing().isEmpty()) {
        out.println("   missing: " + String.join(" ", hit.missing()));
      }
    }
    out.println();
    for (Map.Entry<String, List<FacetCount>> dim : new java.util.TreeMap<>(response.facets()).entrySet()) {
      if (dim.getValue().isEmpty()) {
        continue;
      }
      StringBuilder line = new StringBuilder(dim.getKey()).append(':');
      for (FacetCount count : dim.getValue()) {
        line.append("  ").append(count.pathString()).append(" (").append(count.count()).append(')');
      }
      out.println(line);
    }
  }
}
