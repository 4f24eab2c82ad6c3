package org.nianbao.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * Routes a request to its endpoint and turns every outcome into a complete reply: client errors
 * into 400/404/405 (JSON under /api and /healthz, a friendly page elsewhere), anything unexpected
 * into a logged 500 without details. Blocking, which suits Lucene.
 */
final class Router extends Handler.Abstract {

  private static final System.Logger LOG = System.getLogger(Router.class.getName());
  static final String ALLOWED = "GET, HEAD";
  private static final String REPORTS = "/reports/";
  private static final String API_REPORTS = "/api/v1/reports/";

  /** The pages run no script and load nothing from elsewhere; say so to the browser. */
  private static final String PAGE_POLICY =
      "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

  private static final String EXPORT_REPORTS = "/export/reports/";
  private static final String CSV = ".csv";

  private final Endpoints endpoints;
  private final StatsEndpoints stats;
  private final String stylesheet;

  Router(Endpoints endpoints, StatsEndpoints stats, String stylesheet) {
    this.endpoints = endpoints;
    this.stats = stats;
    this.stylesheet = stylesheet;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    String path = Request.getPathInContext(request);
    boolean api = isApi(path);
    Reply reply;
    try {
      reply = route(request, path);
    } catch (ClientError e) {
      reply = error(api, e.status(), e.getMessage()).withHeaders(e.headers());
    } catch (Throwable t) {
      if (t instanceof VirtualMachineError && !(t instanceof StackOverflowError)) {
        throw (VirtualMachineError) t;
      }
      LOG.log(
          System.Logger.Level.ERROR,
          "request failed: " + request.getMethod() + " " + request.getHttpURI(),
          t);
      reply = error(api, 500, "internal server error");
    }
    send(response, reply, callback);
    return true;
  }

  static boolean isApi(String path) {
    return path.startsWith("/api/") || path.equals("/healthz");
  }

  private Reply route(Request request, String path) throws Exception {
    Route route = Route.of(path);
    if (route == null) {
      throw ClientError.notFound("no page at " + path);
    }
    String method = request.getMethod();
    if (!method.equals("GET") && !method.equals("HEAD")) {
      throw ClientError.methodNotAllowed(method, ALLOWED);
    }
    Fields query = queryParameters(request);
    return switch (route) {
      case SEARCH_PAGE -> endpoints.searchPage(query);
      case REPORT_PAGE -> endpoints.reportPage(path.substring(REPORTS.length()), query);
      case API_SEARCH -> endpoints.apiSearch(query);
      case API_REPORT -> endpoints.apiReport(path.substring(API_REPORTS.length()));
      case HEALTH -> endpoints.health();
      case STATS_PAGE -> stats.statsPage(query);
      case API_STATS -> stats.apiStats(query);
      case COVERAGE_PAGE -> stats.coveragePage(query);
      case API_COVERAGE -> stats.apiCoverage(query);
      case EXPORT_HITS -> stats.exportHits(query);
      case EXPORT_STATS -> stats.exportStats(query);
      case EXPORT_REPORT ->
          stats.exportReport(
              path.substring(EXPORT_REPORTS.length(), path.length() - CSV.length()), endpoints);
      case STYLESHEET ->
          new Reply(200, Reply.CSS, stylesheet, Map.of("Cache-Control", "public, max-age=3600"));
    };
  }

  private enum Route {
    SEARCH_PAGE,
    REPORT_PAGE,
    API_SEARCH,
    API_REPORT,
    HEALTH,
    STYLESHEET,
    STATS_PAGE,
    API_STATS,
    COVERAGE_PAGE,
    API_COVERAGE,
    EXPORT_HITS,
    EXPORT_STATS,
    EXPORT_REPORT;

    private static final Map<String, Route> FIXED =
        Map.of(
            "/stats",
            STATS_PAGE,
            "/api/v1/stats",
            API_STATS,
            "/coverage",
            COVERAGE_PAGE,
            "/api/v1/coverage",
            API_COVERAGE,
            "/export/reports.csv",
            EXPORT_HITS,
            "/export/stats.csv",
            EXPORT_STATS);

    static Route of(String path) {
      if (path.equals("/")) {
        return SEARCH_PAGE;
      }
      if (path.startsWith(REPORTS) && isSegment(path.substring(REPORTS.length()))) {
        return REPORT_PAGE;
      }
      if (path.equals("/api/v1/search")) {
        return API_SEARCH;
      }
      if (path.startsWith(API_REPORTS) && isSegment(path.substring(API_REPORTS.length()))) {
        return API_REPORT;
      }
      if (path.equals("/healthz")) {
        return HEALTH;
      }
      if (path.equals(Layout.STYLESHEET)) {
        return STYLESHEET;
      }
      if (path.startsWith(EXPORT_REPORTS)
          && path.endsWith(CSV)
          && isSegment(path.substring(EXPORT_REPORTS.length(), path.length() - CSV.length()))) {
        return EXPORT_REPORT;
      }
      return FIXED.get(path);
    }

    private static boolean isSegment(String rest) {
      return !rest.isEmpty() && rest.indexOf('/') < 0;
    }
  }

  private static Fields queryParameters(Request request) throws ClientError {
    try {
      return Request.extractQueryParameters(request, StandardCharsets.UTF_8);
    } catch (RuntimeException e) {
      throw ClientError.badRequest("the query string is not valid URL encoding of UTF-8 text");
    }
  }

  static Reply error(boolean api, int status, String message) {
    return api
        ? Reply.json(status, SearchJson.error(message))
        : Reply.html(status, ErrorPage.render(status, message));
  }

  static void send(Response response, Reply reply, Callback callback) {
    String text =
        reply.contentType().equals(Reply.JSON) ? htmlSafeJson(reply.body()) : reply.body();
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    response.setStatus(reply.status());
    HttpFields.Mutable headers = response.getHeaders();
    headers.put(HttpHeader.CONTENT_TYPE, reply.contentType());
    headers.put("X-Content-Type-Options", "nosniff");
    if (reply.contentType().equals(Reply.HTML)) {
      headers.put("Content-Security-Policy", PAGE_POLICY);
    }
    if (!reply.headers().containsKey("Cache-Control")) {
      headers.put(HttpHeader.CACHE_CONTROL, "no-cache");
    }
    reply.headers().forEach(headers::put);
    headers.put(HttpHeader.CONTENT_LENGTH, body.length);
    response.write(true, ByteBuffer.wrap(body), callback);
  }

  /**
   * JSON with {@code < > & '} and the JavaScript line breaks U+2028/U+2029 as JSON's unicode
   * escapes. They occur in JSON only inside strings, where the escape stands for the same
   * character, so every parser reads the same document; but a request's text echoed in an error
   * ({@code "got <script>…"}) or a snippet's {@code <mark>} never reaches a browser as markup,
   * whatever it sniffs or whoever embeds the JSON in a page (Go's encoding/json escapes the same
   * way).
   */
  static String htmlSafeJson(String json) {
    StringBuilder out = new StringBuilder(json.length() + 64);
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      switch (c) {
        case '<', '>', '&', '\'', '\u2028', '\u2029' ->
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
