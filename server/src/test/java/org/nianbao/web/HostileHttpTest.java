package org.nianbao.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.json.ReportJson;
import org.nianbao.web.HostileHttp.Problem;
import org.nianbao.web.HostileRequests.Kind;

/**
 * Hostile HTTP against a real {@code nianbao serve} (a child JVM, real Jetty on a real port, over
 * an index it builds from samples/ with the real indexer): every answer is checked by {@link
 * HostileHttp} and {@code /healthz} must still be fine afterwards. The normal build sends 1,000
 * requests; the full run, and the knobs:
 *
 * <pre>
 * mvn -ntp verify -pl server -am -Dtest=HostileHttpTest -Dsurefire.failIfNoSpecifiedTests=false -Dnianbao.hostile.requests=12000
 *   -Dnianbao.hostile.seed=S       another seed (default 8)
 *   -Dnianbao.hostile.only=N       replay probe N alone and print its request and answer
 *   -Dnianbao.hostile.url=URL      aim at a server already running instead of starting one
 *   -Dnianbao.hostile.threads=T    connections at a time (default 4)
 * </pre>
 */
class HostileHttpTest {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @TempDir Path dir;

  @Test
  void hostileRequestsGetNo5xxNoStackTraceAndNoUnescapedPayload() throws Exception {
    int requests = Integer.getInteger("nianbao.hostile.requests", 1_000);
    long seed = Long.getLong("nianbao.hostile.seed", 8);
    int threads = Integer.getInteger("nianbao.hostile.threads", 4);
    String url = System.getProperty("nianbao.hostile.url");
    if (url != null) {
      attack(URI.create(url), seed, requests, threads, null);
      return;
    }
    try (ServeProcess serve =
        ServeProcess.start(
            dir.resolve("index"), SampleIndex.samplesFolder(), List.of("-Xmx512m"))) {
      attack(serve.base(), seed, requests, threads, serve);
    }
  }

  private static void attack(URI base, long seed, int requests, int threads, ServeProcess serve)
      throws Exception {
    List<String> ids = HostileHttp.reportIds(base);
    assertTrue(!ids.isEmpty(), "the index holds reports");
    HostileRequests generator =
        new HostileRequests(seed, base.getHost() + ":" + base.getPort(), ids);
    HostileHttp hostile = new HostileHttp(base, generator);
    Integer only = Integer.getInteger("nianbao.hostile.only");
    if (only != null) {
      System.out.println(hostile.replay(only));
      return;
    }

    HostileHttp.Tally tally = hostile.run(seed, 0, requests, threads);
    System.out.println(tally.summary());

    assertEquals(requests, tally.requests);
    assertEquals(
        EnumSet.allOf(Kind.class),
        EnumSet.copyOf(tally.byKind.keySet()),
        "every kind of hostile request was sent");
    assertEquals(0, tally.fiveXx(), tally.summary());
    for (Problem problem : Problem.values()) {
      assertEquals(0, tally.count(problem), problem.label + "\n" + tally.summary());
    }
    assertTrue(
        tally.statuses.getOrDefault(200, 0) > requests / 20,
        "a fair share of the requests were served: " + tally.statuses);

    HttpResponse<String> health = get(base.resolve("/healthz"));
    assertEquals(200, health.statusCode(), health.body());
    JsonNode body = ReportJson.mapper().readTree(health.body());
    assertEquals("ok", body.path("status").asText());
    if (serve != null) {
      assertEquals(ids.size(), body.path("reports").asInt(), "the index still holds every sample");
      assertTrue(serve.isAlive(), "the server is still running");
      List<String> output = serve.output();
      int listening =
          output.indexOf(
              output.stream()
                  .filter(line -> line.contains("nianbao: open http"))
                  .findFirst()
                  .orElseThrow());
      List<String> logged = output.subList(listening + 1, output.size());
      assertEquals(
          List.of(),
          logged,
          "no request made the server log a line (a failure, a warning, the client's bytes)");
    }
  }

  @Test
  void probesDependOnTheSeedAndTheirNumberAlone() {
    HostileRequests one =
        new HostileRequests(8, "127.0.0.1:1", List.of("66f070915df54bbe", "21faf5060c779863"));
    HostileRequests two =
        new HostileRequests(8, "127.0.0.1:1", List.of("66f070915df54bbe", "21faf5060c779863"));
    Set<Kind> firstCycle = EnumSet.noneOf(Kind.class);
    for (int n = 0; n < 25; n++) {
      firstCycle.add(one.probe(n).kind());
    }
    assertEquals(EnumSet.allOf(Kind.class), firstCycle, "each 25 probes hold every kind");
    for (int n : List.of(0, 7, 24, 999, 11_999)) {
      assertArrayEquals(one.probe(n).bytes(), two.probe(n).bytes(), "probe " + n);
    }
  }

  @Test
  void theCheckerCatchesWhatItLooksFor() {
    HostileRequests.Probe probe =
        new HostileRequests.Probe(
            1,
            Kind.XSS_PARAM,
            "GET /?q=x HTTP/1.1\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1),
            List.of("\"><img src=x onerror=alert(1)>"),
            List.of("javascript:alert(1)"),
            true);
    assertTrue(
        problems(probe, 200, "<p>&quot;&gt;&lt;img src=x onerror=alert(1)&gt;</p>").isEmpty());
    assertEquals(
        Set.of(Problem.UNESCAPED),
        problems(probe, 200, "<input value=\"\"><img src=x onerror=alert(1)>\">"));
    assertEquals(
        Set.of(Problem.UNESCAPED), problems(probe, 200, "<a href=\"javascript:alert(1)\">"));
    assertEquals(
        Set.of(Problem.SERVER_ERROR, Problem.STACK_TRACE),
        problems(
            probe,
            500,
            "java.lang.IllegalStateException\n\tat org.nianbao.web.Router.handle(Router.java:42)"));
    assertEquals(Set.of(Problem.LEAK), problems(probe, 200, "root:x:0:0:root:/root:/bin/bash"));
  }

  private static Set<Problem> problems(HostileRequests.Probe probe, int status, String body) {
    HostileHttp.Answer answer =
        new HostileHttp.Answer(status, "HTTP/1.1 " + status + " X", body, null);
    Set<Problem> out = EnumSet.noneOf(Problem.class);
    HostileHttp.check(probe, answer).forEach(finding -> out.add(finding.problem()));
    return out;
  }

  private static HttpResponse<String> get(URI uri) throws Exception {
    return CLIENT.send(
        HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
