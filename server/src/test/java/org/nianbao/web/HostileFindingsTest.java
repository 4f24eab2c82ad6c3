package org.nianbao.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nianbao.web.RunningServer.q;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nianbao.json.ReportJson;

/** What the hostile-HTTP run ({@link HostileHttpTest}) found, each kept as a regression test. */
class HostileFindingsTest {

  private static RunningServer web;

  @BeforeAll
  static void start() throws Exception {
    web = RunningServer.start();
  }

  @AfterAll
  static void stop() throws Exception {
    if (web != null) {
      web.close();
    }
  }

  /**
   * Probes #8, #108, #183, #208 (seed 8): Jetty answered 505 to a request line whose version it
   * does not speak.
   */
  @Test
  void aRequestLineWithoutAVersionWeSpeakIsA400NotA5xx() throws Exception {
    for (String line :
        List.of(
            "GET /", "GET /healthz HTTP/9.9", "GET /healthz HTTP/1.1.1", "GET /healthz HTTP/")) {
      String answer = web.raw(line);
      assertTrue(answer.startsWith("HTTP/1.1 400 "), line + " → " + answer);
      assertFalse(answer.contains("Exception"), answer);
    }
    assertTrue(
        web.raw("GET /healthz HTTP/9.9").contains("unsupported HTTP version"),
        "says what is wrong");
  }

  /**
   * Probes #25, #100, #122 … (seed 8): a bad parameter's value came back raw inside the JSON error.
   */
  @Test
  void jsonNeverCarriesRawMarkupYetParsesToTheSameText() throws Exception {
    String payload = "\"><img src=x onerror=alert(1)>'&<script>alert(1)</script>";
    for (String param : List.of("year", "region", "level", "flag", "page", "size", "sort")) {
      HttpResponse<String> response = web.get("/api/v1/search?" + param + "=" + q(payload));
      assertEquals(400, response.statusCode(), param);
      for (String raw : List.of("<", ">", "'", "&")) {
        assertFalse(response.body().contains(raw), param + " → " + response.body());
      }
      String error = ReportJson.mapper().readTree(response.body()).path("error").asText();
      assertTrue(error.contains(payload), "the message still names the value: " + error);
    }
    HttpResponse<String> notFound = web.get("/api/v1/reports/" + q("<script>"));
    assertFalse(notFound.body().contains("<"), notFound.body());

    JsonNode search = ReportJson.mapper().readTree(web.get("/api/v1/search?q=" + q("抖音")).body());
    assertTrue(
        search.path("hits").get(0).path("snippet").asText().contains("<mark>"),
        "snippets still hold <mark> once parsed");
  }

  /** Every parameter of the search API and the report API, whether it is accepted or refused. */
  @Test
  void noParameterOfTheApiCarriesRawMarkup() throws Exception {
    String id =
        ReportJson.mapper()
            .readTree(web.get("/api/v1/search").body())
            .path("hits")
            .get(0)
            .path("id")
            .asText();
    for (String route : List.of("/api/v1/search", "/api/v1/reports/" + id)) {
      for (String parameter :
          List.of(
              "q", "year", "region", "agency", "sector", "level", "flag", "page", "size", "sort",
              "x")) {
        for (String payload : PagesTest.PAYLOADS) {
          HttpResponse<String> response = web.get(route + "?" + parameter + "=" + q(payload));
          assertTrue(
              response.statusCode() == 200 || response.statusCode() == 400,
              route + " " + parameter + " → " + response.statusCode());
          for (String raw : List.of("<", ">", "'")) {
            assertFalse(
                response.body().contains(raw), route + " " + parameter + " → " + response.body());
          }
          ReportJson.mapper().readTree(response.body()); // still JSON
        }
      }
    }
  }

  @Test
  void htmlSafeJsonEscapesOnlyWhatIsMarkup() {
    assertEquals(
        "{\"a\":\"\\u003cb\\u003e \\u0026 \\u0027 \\u2028 政务\"}",
        Router.htmlSafeJson("{\"a\":\"<b> & ' \u2028 政务\"}"));
    assertEquals("{\"total\":3,\"hits\":[]}", Router.htmlSafeJson("{\"total\":3,\"hits\":[]}"));
  }
}
