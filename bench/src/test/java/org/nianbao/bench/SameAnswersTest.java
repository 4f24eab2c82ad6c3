package org.nianbao.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.bench.corpus.CorpusGenerator;
import org.nianbao.bench.load.BenchQuery;
import org.nianbao.bench.load.IndexProcess;
import org.nianbao.bench.load.QueryMix;
import org.nianbao.bench.load.ServerProcess;

/**
 * The same answers before and after the speed work (issue 11). On {@value #REPORTS} generated
 * reports (seed 11), the real {@code nianbao index} and {@code serve} (child JVMs, as the benchmark
 * runs them) answer the benchmark's whole query mix over HTTP; for every request the total, the
 * facet counts (in order), the page of hits the mix asks for (id, score, year, grade, missing
 * words, part and snippet) and the whole ranking behind it (every hit's id, score and year, fetched
 * {@value #FULL_PAGE} a page, so deep pages are pinned too) must equal what is recorded in {@code
 * src/test/resources/org/nianbao/bench/answers-300.json}.
 *
 * <p><b>Ties.</b> Hits with the same sort key (score, then year) come back in index order, which
 * depends on thread timing when the index is built. So rankings are compared as runs of equal keys:
 * the keys must match rank by rank, and each run must hold the recorded run's ids, in any order; a
 * page hit may be any id of the recorded run at its rank. Two scores count as equal when they
 * differ by at most {@value #SCORE_TOLERANCE} relative (float noise from summing the same clauses
 * in another order): only such hits may swap places. Everything else is compared exactly.
 *
 * <p>Re-record (only for a change that means to alter answers, saying why in the commit): {@code
 * mvn -pl bench -am verify -Dtest=SameAnswersTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dnianbao.answers.record=true}.
 */
class SameAnswersTest {

  static final int REPORTS = 300;
  static final long SEED = 11;
  static final double SCORE_TOLERANCE = 1e-5;
  private static final Path RECORDED =
      Path.of("src/test/resources/org/nianbao/bench/answers-300.json");
  private static final int FULL_PAGE = 100;

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  @Test
  void theQueryMixAnswersAsRecorded(@TempDir Path work) throws Exception {
    Path corpus = work.resolve("corpus");
    new CorpusGenerator(SEED).writeTo(corpus, REPORTS);
    Path index = work.resolve("index");
    IndexProcess.Outcome indexed =
        IndexProcess.run(corpus.resolve("reports"), index, List.of(), work.resolve("index.log"));
    assertEquals(0, indexed.exitCode(), indexed.summaryLine());

    ObjectNode actual = JSON.createObjectNode();
    actual.put("reports", indexed.reportsInIndex());
    ObjectNode queries = actual.putObject("queries");
    try (ServerProcess server = ServerProcess.start(index, List.of(), work.resolve("serve.log"))) {
      for (BenchQuery q : QueryMix.QUERIES) {
        queries.set(q.label(), answer(server.uri(), q));
      }
    }

    if (Boolean.getBoolean("nianbao.answers.record")) {
      Files.createDirectories(RECORDED.getParent());
      Files.writeString(RECORDED, JSON.writeValueAsString(actual) + "\n", StandardCharsets.UTF_8);
      return;
    }
    JsonNode expected = JSON.readTree(Files.readString(RECORDED, StandardCharsets.UTF_8));
    assertEquals(expected.get("reports").asInt(), indexed.reportsInIndex(), "reports indexed");
    List<String> problems = new ArrayList<>();
    for (BenchQuery q : QueryMix.QUERIES) {
      JsonNode want = expected.get("queries").get(q.label());
      if (want == null) {
        problems.add(q.label() + ": not recorded (re-record)");
        continue;
      }
      compare(q.label(), want, queries.get(q.label()), problems);
    }
    if (!problems.isEmpty()) {
      fail(problems.size() + " differences from " + RECORDED + ":\n" + String.join("\n", problems));
    }
  }

  /** The request as the mix sends it, and the whole ranking behind it. */
  private ObjectNode answer(URI base, BenchQuery q) throws IOException, InterruptedException {
    JsonNode page = get(base, q.apiQueryString());
    ObjectNode out = JSON.createObjectNode();
    out.put("total", page.get("total").asLong());
    out.set("facets", page.get("facets"));
    ArrayNode hits = out.putArray("hits");
    for (JsonNode hit : page.get("hits")) {
      ObjectNode h = hits.addObject();
      h.put("id", hit.get("id").asText());
      h.set("score", hit.get("score"));
      h.set("year", hit.get("year"));
      h.set("match", hit.get("match"));
      h.set("missing", hit.get("missing"));
      h.set("part", hit.get("part"));
      h.set("snippet", hit.get("snippet"));
    }
    ArrayNode ranking = out.putArray("ranking");
    for (JsonNode hit : fullRanking(base, q)) {
      ranking.add(
          hit.get("id").asText()
              + " "
              + hit.get("score").asText()
              + " "
              + hit.get("year").asText());
    }
    return out;
  }

  /**
   * Every hit of the query in order, {@value #FULL_PAGE} a page (a corpus of 300 needs at most 3).
   */
  private List<JsonNode> fullRanking(URI base, BenchQuery q)
      throws IOException, InterruptedException {
    BenchQuery first =
        new BenchQuery(q.kind(), q.q(), q.year(), q.region(), q.level(), q.sector(), q.flag(), 1);
    String query = first.apiQueryString().replace("&size=" + BenchQuery.SIZE, "&size=" + FULL_PAGE);
    List<JsonNode> all = new ArrayList<>();
    for (int page = 1; ; page++) {
      JsonNode answer = get(base, query + "&page=" + page);
      answer.get("hits").forEach(all::add);
      if (answer.get("hits").size() < FULL_PAGE) {
        return all;
      }
    }
  }

  private JsonNode get(URI base, String query) throws IOException, InterruptedException {
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(base.resolve("/api/v1/search?" + query))
                .timeout(Duration.ofSeconds(60))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), query + ": " + response.body());
    return JSON.readTree(response.body());
  }

  private static void compare(String label, JsonNode want, JsonNode got, List<String> problems) {
    if (want.get("total").asLong() != got.get("total").asLong()) {
      problems.add(label + ": total " + got.get("total") + ", recorded " + want.get("total"));
    }
    // In order: the sidebar shows them as listed.
    if (!want.get("facets").toString().equals(got.get("facets").toString())) {
      problems.add(label + ": facets " + facetDiff(want.get("facets"), got.get("facets")));
    }
    JsonNode wantHits = want.get("hits");
    JsonNode gotHits = got.get("hits");
    if (wantHits.size() != gotHits.size()) {
      problems.add(label + ": " + gotHits.size() + " hits, recorded " + wantHits.size());
      return;
    }
    // The whole ranking (every page): the same keys in the same order, the same ids within each run
    // of equal keys.
    List<String[]> wantRanking = ranking(want);
    List<String[]> gotRanking = ranking(got);
    if (wantRanking.size() != gotRanking.size()) {
      problems.add(label + ": " + gotRanking.size() + " ranked, recorded " + wantRanking.size());
      return;
    }
    Map<String, Set<String>> runOf = new HashMap<>();
    int start = 0;
    while (start < wantRanking.size()) {
      int end = start + 1;
      while (end < wantRanking.size() && sameKey(wantRanking.get(start), wantRanking.get(end))) {
        end++;
      }
      Set<String> run = new HashSet<>();
      Set<String> gotRun = new HashSet<>();
      for (int i = start; i < end; i++) {
        run.add(wantRanking.get(i)[0]);
        gotRun.add(gotRanking.get(i)[0]);
        runOf.put(wantRanking.get(i)[0], run);
        if (!sameKey(wantRanking.get(start), gotRanking.get(i))) {
          problems.add(
              label
                  + ": rank "
                  + (i + 1)
                  + " is "
                  + String.join(" ", gotRanking.get(i))
                  + ", recorded "
                  + String.join(" ", wantRanking.get(i)));
        }
      }
      if (!run.equals(gotRun)) {
        problems.add(
            label
                + ": ranks "
                + (start + 1)
                + "–"
                + end
                + " (tied) hold "
                + sorted(gotRun)
                + ", recorded "
                + sorted(run));
      }
      start = end;
    }
    // The page the mix asks for: its hits are the ranking's at those ranks (any of a tied run),
    // shown as recorded.
    Map<String, JsonNode> wantById = new HashMap<>();
    wantHits.forEach(h -> wantById.put(h.get("id").asText(), h));
    for (int i = 0; i < gotHits.size(); i++) {
      JsonNode w = wantHits.get(i);
      JsonNode g = gotHits.get(i);
      String id = g.get("id").asText();
      Set<String> run = runOf.getOrDefault(w.get("id").asText(), Set.of(w.get("id").asText()));
      if (!sameKey(w, g) || !run.contains(id)) {
        problems.add(
            label
                + ": page rank "
                + (i + 1)
                + " is "
                + id
                + " "
                + g.get("score")
                + " "
                + g.get("year")
                + ", recorded "
                + w.get("id").asText()
                + " "
                + w.get("score")
                + " "
                + w.get("year"));
      }
      JsonNode shown = wantById.get(id);
      if (shown != null) {
        for (String field : List.of("match", "missing", "part", "snippet")) {
          if (!Objects.equals(shown.get(field), g.get(field))) {
            problems.add(
                label
                    + ": "
                    + id
                    + " "
                    + field
                    + " "
                    + g.get(field)
                    + ", recorded "
                    + shown.get(field));
          }
        }
      }
    }
    Set<String> seen = new HashSet<>();
    gotHits.forEach(
        h ->
            assertTrue(
                seen.add(h.get("id").asText()), label + ": " + h.get("id") + " twice on one page"));
  }

  /** The sort key of relevance order: score within the tolerance, then year. */
  static boolean sameKey(JsonNode a, JsonNode b) {
    return sameScore(score(a), score(b)) && Objects.equals(a.get("year"), b.get("year"));
  }

  /** The same for two entries of a recorded ranking: id, score, year. */
  static boolean sameKey(String[] a, String[] b) {
    return sameScore(number(a[1]), number(b[1])) && a[2].equals(b[2]);
  }

  private static double number(String s) {
    try {
      return Double.parseDouble(s);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  private static List<String[]> ranking(JsonNode answer) {
    List<String[]> out = new ArrayList<>();
    answer.get("ranking").forEach(entry -> out.add(entry.asText().split(" ")));
    return out;
  }

  private static List<String> sorted(Set<String> ids) {
    return ids.stream().sorted().toList();
  }

  static boolean sameScore(double a, double b) {
    if (Double.isNaN(a) || Double.isNaN(b)) {
      return Double.isNaN(a) && Double.isNaN(b);
    }
    return Math.abs(a - b) <= SCORE_TOLERANCE * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
  }

  private static double score(JsonNode hit) {
    JsonNode s = hit.get("score");
    return s != null && s.isNumber() ? s.asDouble() : Double.NaN;
  }

  private static String facetDiff(JsonNode want, JsonNode got) {
    List<String> diffs = new ArrayList<>();
    Set<String> dims = new HashSet<>();
    want.fieldNames().forEachRemaining(dims::add);
    got.fieldNames().forEachRemaining(dims::add);
    for (String dim : dims) {
      if (!Objects.equals(want.get(dim), got.get(dim))) {
        diffs.add(dim + ": " + got.get(dim) + ", recorded " + want.get(dim));
      }
    }
    return String.join("; ", diffs);
  }
}
