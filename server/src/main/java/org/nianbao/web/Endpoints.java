package org.nianbao.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.jetty.util.Fields;
import org.nianbao.request.SearchRequests;
import org.nianbao.search.InvalidSearchRequest;
import org.nianbao.search.ReportSearcher;
import org.nianbao.search.SearchRequest;
import org.nianbao.search.SearchResponse;
import org.nianbao.search.StoredReport;
import org.nianbao.search.UserQuery;

/** What each route answers: the pages and the JSON API over one searcher. Thread-safe. */
final class Endpoints {

  /** Report ids are short hex hashes; anything else cannot name a report. */
  private static final Pattern REPORT_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  private final ReportSearcher searcher;
  private final SearchRequests requests;

  Endpoints(ReportSearcher searcher, SearchRequests requests) {
    this.searcher = searcher;
    this.requests = requests;
  }

  Reply searchPage(Fields query) throws ClientError, IOException {
    SearchRequest request = parse(query);
    SearchResponse response = search(request);
    List<SearchPage.Relaxation> relaxations =
        response.total() == 0 ? relaxations(request) : List.of();
    return Reply.html(200, SearchPage.render(request, response, relaxations));
  }

  /** For an empty result: how many reports the search finds without each of its filters. */
  private List<SearchPage.Relaxation> relaxations(SearchRequest request)
      throws ClientError, IOException {
    SearchParams state = SearchParams.of(request);
    List<SearchPage.Relaxation> out = new ArrayList<>();
    for (var filter : state.filters().entrySet()) {
      long total = search(filter.getKey().clear(request).withPage(1, 1)).total();
      out.add(
          new SearchPage.Relaxation(
              filter.getKey(), filter.getValue(), total, state.without(filter.getKey()).url()));
    }
    return out;
  }

  Reply reportPage(String id, Fields query) throws ClientError, IOException {
    String q = query.getValue("q");
    UserQuery words;
    try {
      words = UserQuery.parse(q);
    } catch (InvalidSearchRequest e) {
      throw SearchParams.badRequest(e);
    }
    var stored = find(id);
    return Reply.html(200, ReportPage.render(stored, q, words, searcher.sameBody(stored.id())));
  }

  Reply apiSearch(Fields query) throws ClientError, IOException {
    return Reply.json(200, SearchJson.search(search(parse(query))));
  }

  Reply apiReport(String id) throws ClientError, IOException {
    var stored = find(id);
    AgencyYears years = AgencyYears.of(stored, searcher.sameBody(stored.id())).orElse(null);
    return Reply.json(
        200, SearchJson.report(stored.id(), stored.source(), stored.checked(), years));
  }

  Reply health() throws IOException {
    return Reply.json(200, SearchJson.health(searcher.reportCount()));
  }

  private SearchRequest parse(Fields query) throws ClientError {
    try {
      return requests.parse(SearchParams.input(query));
    } catch (InvalidSearchRequest e) {
      throw SearchParams.badRequest(e);
    }
  }

  /** The searcher's answer; a query it cannot run (too many words) is the client's to fix. */
  private SearchResponse search(SearchRequest request) throws ClientError, IOException {
    try {
      return searcher.search(request);
    } catch (InvalidSearchRequest e) {
      throw SearchParams.badRequest(e);
    }
  }

  StoredReport find(String id) throws ClientError, IOException {
    if (!REPORT_ID.matcher(id).matches()) {
      throw ClientError.notFound("no report has id " + id);
    }
    return searcher.report(id).orElseThrow(() -> ClientError.notFound("no report has id " + id));
  }
}
