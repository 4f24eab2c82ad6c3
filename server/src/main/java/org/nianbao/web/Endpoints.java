package org.nianbao.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.jetty.util.Fields;
import org.nianbao.region.Gazetteer;
import org.nianbao.search.ReportSearcher;
import org.nianbao.search.SearchResponse;
import org.nianbao.search.StoredReport;

/** What each route answers: the pages and the JSON API over one searcher. Thread-safe. */
final class Endpoints {

  /** Report ids are short hex hashes; anything else cannot name a report. */
  private static final Pattern REPORT_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  private final ReportSearcher searcher;
  private final Gazetteer gazetteer;

  Endpoints(ReportSearcher searcher, Gazetteer gazetteer) {
    this.searcher = searcher;
    this.gazetteer = gazetteer;
  }

  Reply searchPage(Fields query) throws ClientError, IOException {
    SearchParams state = SearchParams.parse(query, gazetteer);
    SearchResponse response = searcher.search(state.toRequest());
    List<SearchPage.Relaxation> relaxations = response.total() == 0 ? relaxations(state) : List.of();
    return Reply.html(200, SearchPage.render(state, response, relaxations));
  }

  /** For an empty result: how many reports the search finds without each of its filters. */
  private List<SearchPage.Relaxation> relaxations(SearchParams state) throws IOException {
    List<SearchPage.Relaxation> out = new ArrayList<>();
    for (var filter : state.filters().entrySet()) {
      SearchParams without = state.without(filter.getKey());
      SearchParams probe = new SearchParams(without.query(), without.filters(), 1, 1, without.sort());
      long total = searcher.search(probe.toRequest()).total();
      out.add(new SearchPage.Relaxation(filter.getKey(), filter.getValue(), total, without.url()));
    }
    return out;
  }

  Reply reportPage(String id, Fields query) throws ClientError, IOException {
    String q = query.getValue("q");
    if (q != null && q.strip().length() > org.nianbao.search.SearchRequest.MAX_QUERY_LENGTH) {
      throw ClientError.badRequest("q is longer than " + org.nianbao.search.SearchRequest.MAX_QUERY_LENGTH + " characters");
    }
    var stored = find(id);
    return Reply.html(200, ReportPage.render(stored.id(), stored.source(), stored.checked(), q));
  }

  Reply apiSearch(Fields query) throws ClientError, IOException {
    SearchParams state = SearchParams.parse(query, gazetteer);
    return Reply.json(200, SearchJson.search(searcher.search(state.toRequest())));
  }

  Reply apiReport(String id) throws ClientError, IOException {
    var stored = find(id);
    return Reply.json(200, SearchJson.report(stored.id(), stored.source(), stored.checked()));
  }

  Reply health() throws IOException {
    return Reply.json(200, SearchJson.health(searcher.reportCount()));
  }

  private StoredReport find(String id) throws ClientError, IOException {
    if (!REPORT_ID.matcher(id).matches()) {
      throw ClientError.notFound("no report has id " + id);
    }
    return searcher.report(id).orElseThrow(() -> ClientError.notFound("no report has id " + id));
  }
}
