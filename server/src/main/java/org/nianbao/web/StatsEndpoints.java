package org.nianbao.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.util.Fields;
import org.nianbao.coverage.Coverage;
import org.nianbao.coverage.CoverageFinder;
import org.nianbao.export.CsvTables;
import org.nianbao.model.Measure;
import org.nianbao.region.Gazetteer;
import org.nianbao.request.SearchRequests;
import org.nianbao.request.StatsInput;
import org.nianbao.search.InvalidSearchRequest;
import org.nianbao.search.ReportSearcher;
import org.nianbao.search.SearchRequest;
import org.nianbao.stats.ReportRow;
import org.nianbao.stats.ReportStatistics;
import org.nianbao.stats.StatsRequest;
import org.nianbao.stats.StatsResult;

/**
 * The analyst's routes: statistics (the 统计 page and {@code /api/v1/stats}), coverage (the 覆盖 page
 * and {@code /api/v1/coverage}) and the CSV exports. Every search parameter is read as the search
 * reads it ({@link SearchParams#input}, {@link SearchRequests}). Thread-safe.
 */
final class StatsEndpoints {

  /** The most reports one export writes: a spreadsheet's worth, and a bounded reply. */
  static final int EXPORT_LIMIT = 100_000;

  private final ReportStatistics statistics;
  private final SearchRequests requests;
  private final CoverageFinder coverage;

  StatsEndpoints(ReportSearcher searcher, SearchRequests requests, Gazetteer gazetteer) {
    this.statistics = new ReportStatistics(searcher);
    this.requests = requests;
    this.coverage = new CoverageFinder(gazetteer, statistics);
  }

  Reply statsPage(Fields query) throws ClientError, IOException {
    StatsRequest request = parseStats(query, StatsRequest.MAX_GROUPS);
    StatsResult result = stats(request);
    StatsResult byYear =
        result.group() == org.nianbao.stats.GroupBy.YEAR
            ? result
            : stats(
                new StatsRequest(
                    request.search(),
                    org.nianbao.stats.GroupBy.YEAR,
                    List.of(request.measures().get(0)),
                    null,
                    0,
                    100));
    return Reply.html(200, StatsPage.render(request, result, byYear));
  }

  Reply apiStats(Fields query) throws ClientError, IOException {
    return Reply.json(200, SearchJson.write(StatsJson.stats(stats(parseStats(query, 0)))));
  }

  Reply exportStats(Fields query) throws ClientError, IOException {
    StatsResult result = stats(parseStats(query, StatsRequest.MAX_GROUPS));
    return csv(CsvTables.stats(result), "nianbao-stats-" + result.group().key() + ".csv");
  }

  Reply exportHits(Fields query) throws ClientError, IOException {
    SearchRequest search = parse(query);
    List<Measure> columns;
    try {
      columns = requests.columns(query.getValuesOrEmpty("cell"));
    } catch (InvalidSearchRequest e) {
      throw SearchParams.badRequest(e);
    }
    List<ReportRow> rows = guarded(() -> statistics.rows(search, columns, EXPORT_LIMIT));
    return csv(CsvTables.reports(rows, columns), "nianbao-reports.csv");
  }

  Reply exportReport(String id, Endpoints endpoints) throws ClientError, IOException {
    var stored = endpoints.find(id);
    return csv(
        CsvTables.report(stored.id(), stored.checked()), "nianbao-report-" + stored.id() + ".csv");
  }

  Reply coveragePage(Fields query) throws ClientError, IOException {
    if (query.getNames().isEmpty()) {
      return Reply.html(200, CoveragePage.render(null));
    }
    return Reply.html(200, CoveragePage.render(coverage(query)));
  }

  Reply apiCoverage(Fields query) throws ClientError, IOException {
    return Reply.json(200, SearchJson.write(StatsJson.coverage(coverage(query))));
  }

  private Coverage coverage(Fields query) throws ClientError, IOException {
    SearchRequests.CoverageQuery q;
    try {
      q =
          requests.parseCoverage(
              single(query, "region"), single(query, "year"), single(query, "sector"));
    } catch (InvalidSearchRequest e) {
      throw SearchParams.badRequest(e);
    }
    Integer year = q.year() != null ? q.year() : coverage.newestYear(q.region(), q.sector());
    if (year == null) {
      throw ClientError.badRequest(
          "year is not given, and the index has no report of "
              + (q.sector() == null ? CoverageFinder.GOVERNMENT : q.sector())
              + " in this region to take the newest year from");
    }
    return coverage.find(q.region(), year, q.sector());
  }

  /**
   * Statistics parameters; {@code groupLimit} overrides the {@code limit} parameter when above 0
   * (pages and CSV show every group).
   */
  private StatsRequest parseStats(Fields query, int groupLimit) throws ClientError {
    try {
      StatsInput input =
          new StatsInput(
              single(query, "group"),
              query.getValuesOrEmpty("measure"),
              single(query, "rank"),
              single(query, "top"),
              groupLimit > 0 ? Integer.toString(groupLimit) : single(query, "limit"));
      return requests.parseStats(SearchParams.input(query), input);
    } catch (InvalidSearchRequest e) {
      throw SearchParams.badRequest(e);
    }
  }

  private SearchRequest parse(Fields query) throws ClientError {
    try {
      return requests.parse(SearchParams.input(query));
    } catch (InvalidSearchRequest e) {
      throw SearchParams.badRequest(e);
    }
  }

  private StatsResult stats(StatsRequest request) throws ClientError, IOException {
    return guarded(() -> statistics.stats(request));
  }

  private interface Work<T> {
    T run() throws IOException;
  }

  /** A query the searcher cannot run (too many words) is the client's to fix. */
  private static <T> T guarded(Work<T> work) throws ClientError, IOException {
    try {
      return work.run();
    } catch (InvalidSearchRequest e) {
      throw SearchParams.badRequest(e);
    }
  }

  private static String single(Fields fields, String name) throws ClientError {
    List<String> values = fields.getValuesOrEmpty(name);
    if (values.size() > 1) {
      throw ClientError.badRequest(name + " is given " + values.size() + " times; give it once");
    }
    return values.isEmpty() ? null : values.get(0);
  }

  private static Reply csv(String body, String fileName) {
    return new Reply(
        200,
        CsvTables.CONTENT_TYPE,
        body,
        Map.of("Content-Disposition", "attachment; filename=\"" + fileName + "\""));
  }
}
