package org.nianbao.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.nianbao.export.CsvTables;
import org.nianbao.model.Measure;
import org.nianbao.model.Rate;
import org.nianbao.places.GazetteerPlaces;
import org.nianbao.request.SearchRequests;
import org.nianbao.request.StatsInput;
import org.nianbao.search.InvalidSearchRequest;
import org.nianbao.search.ReportSearcher;
import org.nianbao.stats.Group;
import org.nianbao.stats.MeasureSummary;
import org.nianbao.stats.RankedReport;
import org.nianbao.stats.ReportStatistics;
import org.nianbao.stats.StatsRequest;
import org.nianbao.stats.StatsResult;
import org.nianbao.web.StatsJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code nianbao stats [QUERY] --index DIR [filters] --group G --measure M …}: statistics of the
 * reports a search matches, as the 统计 page and {@code /api/v1/stats} give them ({@code --json} is
 * the API's body, {@code --csv} the page's CSV).
 */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description = {
      "Statistics of the reports a search matches: sum, mean, median and count of table cells and rates,",
      "grouped by year, province, city, county, agency, sector or level, and the reports ranked highest and lowest.",
      "A group's rate is pooled (sum of numerators / sum of denominators); mean and median are over its reports' rates."
    })
public final class StatsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "QUERY",
      description = "The query (default: every report the filters keep).")
  String query = "";

  @Mixin IndexOption index;

  @Mixin SearchFilterOptions filters;

  @Option(
      names = "--group",
      description = "year, province, city, county, agency, sector, level or none (default: year).")
  String group;

  @Option(
      names = "--measure",
      paramLabel = "CELL_OR_RATE",
      description =
          "A cell (requests.new.total, review.total) or a rate (rate.disclosure, rate.denial, rate.review_corrected, "
              + "rate.litigation_corrected); repeat or separate with commas (default: new and handled requests and the four rates).")
  List<String> measures = new ArrayList<>();

  @Option(
      names = "--rank",
      paramLabel = "CELL_OR_RATE",
      description = "Rank reports by this (default: the first --measure).")
  String rank;

  @Option(
      names = "--top",
      description =
          "How many reports to list at the top and the bottom, 0–"
              + StatsRequest.MAX_TOP
              + " (default: 10).")
  String top;

  @Option(
      names = "--groups",
      description = "At most this many groups, 1–" + StatsRequest.MAX_GROUPS + " (default: 100).")
  String groups;

  @Option(
      names = "--csv",
      description =
          "Print the statistics table as CSV (UTF-8 with BOM), as the page's export link gives it.")
  boolean csv;

  @Mixin JsonOption json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    StatsResult result;
    try {
      StatsRequest request =
          SearchRequests.bundled()
              .parseStats(
                  filters.input(query, null, null, null),
                  new StatsInput(group, measures, rank, top, groups));
      try (ReportSearcher searcher = ReportSearcher.open(index.path(), GazetteerPlaces.bundled())) {
        result = new ReportStatistics(searcher).stats(request);
      }
    } catch (InvalidSearchRequest e) {
      spec.commandLine()
          .getErr()
          .println(
              "nianbao stats: "
                  + SearchFilterOptions.optionName(e.parameter())
                  + " "
                  + e.problem());
      return ExitCodes.USAGE;
    }
    if (json.on()) {
      out.println(StatsJson.stats(result).toString());
    } else if (csv) {
      out.print(CsvTables.stats(result));
    } else {
      print(result, out);
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static void print(StatsResult result, PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "%d report(s), grouped by %s, %d ms%n",
        result.total(),
        result.group().key(),
        result.tookMs());
    for (Measure m : result.measures()) {
      out.println(
          "  "
              + m.key()
              + "  "
              + m.label()
              + (m instanceof Rate rate ? " = " + rate.formula() : ""));
    }
    List<String> header = new ArrayList<>(List.of(result.group().key(), "reports"));
    for (Measure m : result.measures()) {
      String head = m instanceof Rate ? m.key() + " pooled" : m.key() + " sum";
      header.addAll(List.of(head, "mean", "median", "n"));
    }
    List<List<String>> rows = new ArrayList<>();
    rows.add(row("全部", result.overall()));
    result.groups().forEach(g -> rows.add(row(g.key(), g)));
    out.println();
    out.println(String.join("\t", header));
    rows.forEach(r -> out.println(String.join("\t", r)));
    if (result.groups().size() < result.groupCount()) {
      out.printf(
          Locale.ROOT,
          "(%d of %d groups; --groups shows more)%n",
          result.groups().size(),
          result.groupCount());
    }
    if (!result.top().isEmpty()) {
      ranking(out, "highest " + result.rankBy().key(), result.top());
      ranking(out, "lowest " + result.rankBy().key(), result.bottom());
    }
  }

  private static List<String> row(String key, Group group) {
    List<String> cells = new ArrayList<>(List.of(key, Long.toString(group.reports())));
    for (MeasureSummary s : group.measures()) {
      cells.addAll(
          List.of(
              CsvTables.number(s.value()),
              CsvTables.number(s.mean()),
              CsvTables.number(s.median()),
              Long.toString(s.reports())));
    }
    return cells;
  }

  private static void ranking(PrintWriter out, String title, List<RankedReport> reports) {
    out.println();
    out.println(title + ":");
    int rank = 1;
    for (RankedReport r : reports) {
      out.printf(
          Locale.ROOT,
          "%3d. %s  %s  [%s]%n",
          rank++,
          CsvTables.number(r.value()),
          r.heading(),
          r.id());
    }
  }
}
