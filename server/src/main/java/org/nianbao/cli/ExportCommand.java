package org.nianbao.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.nianbao.export.CsvTables;
import org.nianbao.model.Measure;
import org.nianbao.places.GazetteerPlaces;
import org.nianbao.request.SearchRequests;
import org.nianbao.search.InvalidSearchRequest;
import org.nianbao.search.ReportSearcher;
import org.nianbao.search.SearchRequest;
import org.nianbao.search.StoredReport;
import org.nianbao.stats.ReportStatistics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code nianbao export [QUERY] --index DIR [filters] --cell C …}: the reports a search matches as
 * CSV, one row each with the chosen cells and rates (the search page's export link); {@code
 * --report ID}: one report's three tables.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Write the reports a search matches as CSV (UTF-8 with BOM, for Excel), with chosen cells and rates,",
      "in the search's order; or, with --report, one report's three tables."
    })
public final class ExportCommand implements Callable<Integer> {

  static final int LIMIT = 100_000;

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
      names = "--sort",
      description =
          "relevance, year_desc, year_asc or a cell or rate with :desc or :asc (default: relevance).")
  String sort;

  @Option(
      names = "--cell",
      paramLabel = "CELL_OR_RATE",
      description =
          "A column to add: a cell (requests.new.total) or a rate "
              + "(rate.disclosure); repeat or separate with commas.")
  List<String> cells = new ArrayList<>();

  @Option(
      names = "--report",
      paramLabel = "ID",
      description = "Export this report's three tables instead (one row per cell).")
  String report;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write to this file instead of the terminal.")
  Path outFile;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    String csv;
    try (ReportSearcher searcher = ReportSearcher.open(index.path(), GazetteerPlaces.bundled())) {
      if (report != null) {
        StoredReport stored = searcher.report(report.strip()).orElse(null);
        if (stored == null) {
          err.println(
              "nianbao export: --report " + report + ": no report has this id in " + index.path());
          return ExitCodes.USAGE;
        }
        csv = CsvTables.report(stored.id(), stored.checked());
      } else {
        SearchRequests requests = SearchRequests.bundled();
        SearchRequest request = requests.parse(filters.input(query, sort, null, null));
        List<Measure> columns = requests.columns(cells);
        csv =
            CsvTables.reports(
                new ReportStatistics(searcher).rows(request, columns, LIMIT), columns);
      }
    } catch (InvalidSearchRequest e) {
      err.println(
          "nianbao export: " + SearchFilterOptions.optionName(e.parameter()) + " " + e.problem());
      return ExitCodes.USAGE;
    }
    if (outFile != null) {
      Files.writeString(outFile, csv, StandardCharsets.UTF_8);
      spec.commandLine().getOut().println("wrote " + outFile);
    } else {
      spec.commandLine().getOut().print(csv);
    }
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
