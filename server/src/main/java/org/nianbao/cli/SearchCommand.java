package org.nianbao.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.nianbao.places.GazetteerPlaces;
import org.nianbao.request.SearchRequests;
import org.nianbao.search.FacetCount;
import org.nianbao.search.Hit;
import org.nianbao.search.InvalidSearchRequest;
import org.nianbao.search.ReportSearcher;
import org.nianbao.search.SearchRequest;
import org.nianbao.search.SearchResponse;
import org.nianbao.web.SearchResponseJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code nianbao search QUERY --index DIR [filters]}: ranked hits with the part that matched and a
 * highlighted snippet, then facet counts; {@code --json} for machines.
 */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Search an index. Reports with every word come first (exact, then near each other, then anywhere),",
      "then reports lacking one word, marked as such; a word outside the dictionary matches only as written",
      "(抖音 never matches 抖…音 apart). \"quoted text\" is an exact phrase. An empty query \"\" lists reports by the filters."
    })
public final class SearchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "QUERY", description = "The query.")
  String query;

  @Mixin IndexOption index;

  @Mixin SearchFilterOptions filters;

  @Option(
      names = "--sort",
      defaultValue = "relevance",
      description =
          "relevance, year_desc, year_asc, or a cell or rate with :desc or :asc, e.g. requests.new.total:desc "
              + "(default: ${DEFAULT-VALUE}).")
  String sort;

  @Option(
      names = "--limit",
      defaultValue = "10",
      description = "Hits to show, 1–" + SearchRequest.MAX_SIZE + " (default: ${DEFAULT-VALUE}).")
  String limit;

  @Option(
      names = "--page",
      defaultValue = "1",
      description =
          "Which page of --limit hits, 1–"
              + SearchRequests.MAX_PAGE
              + " (default: ${DEFAULT-VALUE}).")
  String page;

  @Mixin JsonOption json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    SearchRequest request;
    SearchResponse response;
    try {
      request = SearchRequests.bundled().parse(filters.input(query, sort, page, limit));
      try (ReportSearcher searcher = ReportSearcher.open(index.path(), GazetteerPlaces.bundled())) {
        response = searcher.search(request);
      }
    } catch (InvalidSearchRequest e) {
      err.println(
          "nianbao search: " + SearchFilterOptions.optionName(e.parameter()) + " " + e.problem());
      return ExitCodes.USAGE;
    }
    if (json.on()) {
      out.println(SearchResponseJson.toJson(response).toString());
    } else {
      printText(response, (request.page() - 1) * request.size() + 1, out, ProgressBar.isTerminal());
    }
    out.flush();
    return ExitCodes.OK;
  }

  /** Each word followed by its stem in brackets: 访问量 (访问). */
  private static String withStems(List<String> words, Map<String, String> stems) {
    return String.join(
        " ", words.stream().map(w -> w + " (" + stems.getOrDefault(w, "?") + ")").toList());
  }

  private static void printText(
      SearchResponse response, int firstRank, PrintWriter out, boolean terminal) {
    String open = terminal ? "\u001b[1;31m" : "【";
    String close = terminal ? "\u001b[0m" : "】";
    out.printf(Locale.ROOT, "%d report(s), %d ms%n", response.total(), response.tookMs());
    response
        .query()
        .variants()
        .forEach(
            (term, variants) ->
                out.println("also searched: " + term + " → " + String.join(", ", variants)));
    if (!response.query().excluded().isEmpty()) {
      out.println("left out: reports with " + String.join(", ", response.query().excluded()));
    }
    if (response.query().relaxed()) {
      out.println("no report has enough of the words: showing reports with any of them");
    } else if (response.query().partial()) {
      out.println(
          "showing reports that match part of the query too (their missing words are listed)");
    }
    int rank = firstRank;
    for (Hit hit : response.hits()) {
      out.printf(Locale.ROOT, "%n%d. %s  [%s]%n", rank++, hit.heading(), hit.id());
      String where = hit.region().isEmpty() ? "—" : String.join("/", hit.region().path());
      out.printf(
          Locale.ROOT,
          "   %s · %s · %s · score %.2f%n",
          hit.agency() == null ? "—" : hit.agency(),
          hit.year() == null ? "—" : hit.year() + "年",
          where,
          hit.score());
      if (hit.part() != null) {
        out.println(
            "   ["
                + hit.part().key()
                + "] "
                + hit.snippet().render(open, close).replace('\n', ' '));
      }
      if (!hit.missing().isEmpty()) {
        out.println("   missing: " + String.join(" ", hit.missing()));
      }
      if (!hit.onlyInTemplate().isEmpty()) {
        out.println("   only in the template: " + String.join(" ", hit.onlyInTemplate()));
      }
      if (!hit.stemOnly().isEmpty()) {
        out.println("   only its stem: " + withStems(hit.stemOnly(), response.query().stems()));
      }
    }
    out.println();
    for (Map.Entry<String, List<FacetCount>> dim :
        new java.util.TreeMap<>(response.facets()).entrySet()) {
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
