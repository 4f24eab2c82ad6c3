package org.nianbao.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nianbao.web.RunningServer.q;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nianbao.json.ReportJson;

/**
 * A word's stem over real HTTP, on the 116 real reports of the samples and corpus/dev: 国资委 is
 * written by two 国资委 reports, and 国资 (its stem, in a few reports only) by a 国资局 report too.
 */
class StemsServerTest {

  private static RunningServer web;

  @BeforeAll
  static void start() throws Exception {
    web = RunningServer.start(true);
  }

  @AfterAll
  static void stop() throws Exception {
    if (web != null) {
      web.close();
    }
  }

  @Test
  void theApiListsTheStemAndTheHitsThatHaveOnlyIt() throws Exception {
    HttpResponse<String> response = web.get("/api/v1/search?q=" + q("国资委"));
    assertEquals(200, response.statusCode(), response.body());
    JsonNode result = ReportJson.mapper().readTree(response.body());
    assertEquals("{\"国资委\":\"国资\"}", result.path("query").path("stems").toString());
    List<String> stemOnlyAgencies = new ArrayList<>();
    for (JsonNode hit : result.path("hits")) {
      if (hit.path("stem_only").isEmpty()) {
        assertTrue(hit.path("snippet").asText().contains("<mark>国资委</mark>"), hit.toString());
        continue;
      }
      assertEquals("[\"国资委\"]", hit.path("stem_only").toString(), hit.toString());
      assertEquals("partial", hit.path("match").asText(), hit.toString());
      assertEquals(0, hit.path("missing").size(), hit.toString());
      assertTrue(hit.path("snippet").asText().contains("<mark>国资</mark>"), hit.toString());
      stemOnlyAgencies.add(hit.path("agency").asText());
    }
    assertTrue(stemOnlyAgencies.contains("沈阳市浑南区国资局"), result.toString());
    // The reports with the word itself come first.
    assertTrue(result.path("hits").get(0).path("stem_only").isEmpty(), result.toString());
  }

  @Test
  void thePageMarksAHitThatHasOnlyTheStem() throws Exception {
    HttpResponse<String> response = web.get("/?q=" + q("国资委"));
    assertEquals(200, response.statusCode());
    String html = response.body();
    assertTrue(html.contains("仅含词干：<s>国资委</s>（国资）"), html);
    assertTrue(html.contains("只含词干的词"), "the notice names them");
  }

  @Test
  void aQuotedWordHasNoStem() throws Exception {
    HttpResponse<String> response = web.get("/api/v1/search?q=" + q("\"国资委\""));
    JsonNode result = ReportJson.mapper().readTree(response.body());
    assertEquals("{}", result.path("query").path("stems").toString());
    for (JsonNode hit : result.path("hits")) {
      assertEquals(0, hit.path("stem_only").size(), hit.toString());
    }
  }
}
