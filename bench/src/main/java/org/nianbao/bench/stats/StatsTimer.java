package org.nianbao.bench.stats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Times statistics requests on a running server, one client, one request at a time (the latency a
 * reader waits for, not throughput). The calls are interleaved round by round, so a slow moment of
 * a shared machine spreads over every kind instead of spoiling one. Warm-up rounds run first and
 * are not counted: the first requests load doc values from disk and compile the hot paths.
 */
public final class StatsTimer {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI base;
  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  public StatsTimer(URI base) {
    this.base = base;
  }

  /** How many reports the server's index holds ({@code /healthz}). */
  public long reportsInIndex() throws IOException, InterruptedException {
    return get("/healthz").path("reports").asLong();
  }

  /**
   * {@code warmup} unmeasured rounds, then {@code rounds} measured ones, of every call; {@code
   * progress} hears a line after each round.
   */
  public List<StatsTiming> time(
      List<StatsCall> calls, int warmup, int rounds, Consumer<String> progress)
      throws IOException, InterruptedException {
    if (rounds < 1) {
      throw new IllegalArgumentException("rounds must be at least 1, got " + rounds);
    }
    for (int round = 1; round <= warmup; round++) {
      for (StatsCall call : calls) {
        run(call);
      }
      progress.accept("warm-up round " + round + "/" + warmup);
    }
    Map<StatsCall, List<Double>> millis = new LinkedHashMap<>();
    Map<StatsCall, List<Long>> server = new LinkedHashMap<>();
    Map<StatsCall, JsonNode> answers = new LinkedHashMap<>();
    for (StatsCall call : calls) {
      millis.put(call, new ArrayList<>());
      server.put(call, new ArrayList<>());
    }
    for (int round = 1; round <= rounds; round++) {
      for (StatsCall call : calls) {
        long start = System.nanoTime();
        JsonNode answer = run(call);
        millis.get(call).add((System.nanoTime() - start) / 1e6);
        server.get(call).add(answer.path("took_ms").asLong());
        answers.put(call, answer);
      }
      progress.accept("round " + round + "/" + rounds);
    }
    List<StatsTiming> timings = new ArrayList<>();
    for (StatsCall call : calls) {
      JsonNode answer = answers.get(call);
      timings.add(
          new StatsTiming(
              call,
              answer.path("total").asLong(),
              answer.path("group_count").asLong(),
              millis.get(call),
              server.get(call)));
    }
    return timings;
  }

  /**
   * One request; a status other than 200 or an answer without a total is an error (the mix is
   * wrong, not slow).
   */
  JsonNode run(StatsCall call) throws IOException, InterruptedException {
    JsonNode answer = get(call.path());
    if (!answer.path("total").isNumber()) {
      throw new IOException(
          "no total in the answer to " + call.label() + ": " + abbreviate(answer.toString()));
    }
    return answer;
  }

  private JsonNode get(String pathAndQuery) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve(pathAndQuery))
            .timeout(Duration.ofSeconds(120))
            .GET()
            .build();
    HttpResponse<String> response =
        client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    if (response.statusCode() != 200) {
      throw new IOException(
          "HTTP "
              + response.statusCode()
              + " for "
              + pathAndQuery
              + ": "
              + abbreviate(response.body()));
    }
    return JSON.readTree(response.body());
  }

  private static String abbreviate(String s) {
    return s.length() > 300 ? s.substring(0, 300) + "…" : s;
  }
}
