package org.nianbao.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.jetty.server.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.bench.corpus.CorpusGenerator;
import org.nianbao.bench.stats.StatsCall;
import org.nianbao.bench.stats.StatsMix;
import org.nianbao.bench.stats.StatsTimer;
import org.nianbao.bench.stats.StatsTiming;
import org.nianbao.index.ProgressListener;
import org.nianbao.index.ReportIndexer;
import org.nianbao.pipeline.ReportPipeline;
import org.nianbao.places.GazetteerPlaces;
import org.nianbao.search.ReportSearcher;
import org.nianbao.web.SearchServer;
import org.nianbao.web.ServerConfig;
import picocli.CommandLine;

/**
 * {@code bench stats} at toy size, in this JVM (fast: no child processes): 120 generated reports
 * indexed, the real web server on port 0, every request of the mix answered, the filters narrowing
 * what the unfiltered request counts, and the command writing its Markdown with the exact command.
 */
class StatsBenchCommandTest {

  private static final int REPORTS = 120;

  @TempDir static Path work;
  private static ReportSearcher searcher;
  private static Server server;
  private static URI base;
  private static int indexed;

  @BeforeAll
  static void start() throws Exception {
    Path corpus = work.resolve("corpus");
    new CorpusGenerator(11).writeTo(corpus, REPORTS);
    Path index = work.resolve("index");
    try (ReportIndexer indexer = ReportIndexer.open(index, ReportPipeline.bundled())) {
      indexed =
          indexer.index(List.of(corpus.resolve("reports")), ProgressListener.NONE).reportsInIndex();
    }
    searcher = ReportSearcher.open(index, GazetteerPlaces.bundled());
    server = SearchServer.create(ServerConfig.of("127.0.0.1", 0), searcher);
    server.start();
    base = server.getURI();
  }

  @AfterAll
  static void stop() throws Exception {
    try {
      if (server != null) {
        server.stop();
      }
    } finally {
      if (searcher != null) {
        searcher.close();
      }
    }
  }

  @Test
  void everyRequestOfTheMixIsAnsweredAndFiltersNarrowIt() throws Exception {
    assertEquals(
        StatsMix.CALLS.size(),
        new HashSet<>(StatsMix.CALLS.stream().map(StatsCall::label).toList()).size(),
        "labels unique");
    StatsTimer timer = new StatsTimer(base);
    assertEquals(indexed, timer.reportsInIndex());
    Map<String, StatsTiming> timings =
        timer.time(StatsMix.CALLS, 1, 2, line -> {}).stream()
            .collect(Collectors.toMap(t -> t.call().label(), Function.identity()));
    assertEquals(StatsMix.CALLS.size(), timings.size());
    for (StatsTiming t : timings.values()) {
      assertEquals(2, t.millis().size(), t.call().label());
      assertTrue(t.millis().stream().allMatch(ms -> ms > 0), t.call().label());
      assertTrue(t.reports() <= indexed, t.call().label() + ": " + t.reports());
    }
    long all = timings.get("defaults").reports();
    assertEquals(indexed, all, "no filter: every report");
    assertEquals(all, timings.get("province × 2 cells + 2 rates").reports());
    for (String filtered :
        List.of(
            "city × disclosure rate, 山东省",
            "county × new requests, 2023",
            "sector × reviews, county level",
            "where new ≥ 100, year × rate",
            "flag R1, year × handled")) {
      assertTrue(
          timings.get(filtered).reports() < all,
          filtered + " keeps fewer than all: " + timings.get(filtered).reports());
    }
    assertTrue(
        timings.get("level × four rates").groups() >= 3,
        "several levels among " + REPORTS + " reports");
    assertTrue(
        timings.get("agency × new requests (every body)").groups() > 100,
        "every body a group, beyond the 100 listed");
  }

  @Test
  void theCommandKeepsItsFiguresWithTheExactCommand(@TempDir Path results) throws Exception {
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new BenchMain());
    cli.setOut(new PrintWriter(out, true));
    int exit =
        cli.execute(
            "stats",
            "--url",
            base.toString(),
            "--rounds",
            "1",
            "--warmup",
            "0",
            "--results",
            results.toString());
    assertEquals(0, exit, out.toString());
    Path md = results.resolve(LocalDate.now(ZoneOffset.UTC) + "-" + indexed + "-stats.md");
    assertTrue(Files.isRegularFile(md), out.toString());
    String text = Files.readString(md, StandardCharsets.UTF_8);
    assertTrue(
        text.contains(
            "./nianbao bench stats --url " + base + " --rounds 1 --warmup 0 --results " + results),
        text);
    for (StatsCall call : StatsMix.CALLS) {
      assertTrue(text.contains("| " + call.label() + " | `"), "a row for " + call.label());
    }
    assertEquals(
        2,
        new CommandLine(new BenchMain())
            .setErr(new PrintWriter(new StringWriter()))
            .execute("stats", "--rounds", "1"),
        "--index or --url is required");
  }

  @Test
  void percentilesAreNearestRank() {
    double[] hundred = new double[100];
    for (int i = 0; i < 100; i++) {
      hundred[i] = 100 - i;
    }
    StatsTiming timing =
        new StatsTiming(
            StatsMix.CALLS.get(0),
            0,
            0,
            java.util.Arrays.stream(hundred).boxed().toList(),
            List.of(3L, 1L, 2L));
    assertEquals(50, timing.p50());
    assertEquals(99, timing.p99());
    assertEquals(100, timing.max());
    assertEquals(2, timing.serverP50());
  }
}
