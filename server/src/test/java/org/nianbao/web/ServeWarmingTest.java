package org.nianbao.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.json.ReportJson;

/**
 * A real {@code nianbao serve} runs its warming searches before it says where it listens, and none
 * of them fails on the bundled samples.
 */
class ServeWarmingTest {

  @TempDir Path dir;

  @Test
  void warmsBeforeListeningAndServesTheFirstSearch() throws Exception {
    try (ServeProcess serve =
        ServeProcess.start(
            dir.resolve("index"), SampleIndex.samplesFolder(), List.of("-Xmx512m"))) {
      List<String> output = serve.output();
      int warmed = indexOfLineContaining(output, "nianbao: warmed with 5 searches in ");
      int listening = indexOfLineContaining(output, "nianbao: open http");
      assertTrue(warmed >= 0 && warmed < listening, String.join("\n", output));
      assertTrue(
          output.stream().noneMatch(line -> line.contains("warming search failed")),
          String.join("\n", output));

      HttpResponse<String> response = serve.get("/api/v1/search?q=" + RunningServer.q("保密审查"));
      assertEquals(200, response.statusCode(), response.body());
      JsonNode body = ReportJson.mapper().readTree(response.body());
      assertTrue(body.path("total").asLong() > 0, response.body());
    }
  }

  private static int indexOfLineContaining(List<String> lines, String text) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i;
      }
    }
    return -1;
  }
}
