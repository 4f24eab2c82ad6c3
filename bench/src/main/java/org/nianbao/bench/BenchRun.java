package org.nianbao.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.nianbao.bench.baseline.AnalyzerLimit;
import org.nianbao.bench.baseline.CorpusTexts;
import org.nianbao.bench.baseline.PlainLucene;
import org.nianbao.bench.corpus.CorpusGenerator;
import org.nianbao.bench.load.BenchQuery;
import org.nianbao.bench.load.ChildJvm;
import org.nianbao.bench.load.HttpSearchTarget;
import org.nianbao.bench.load.IndexProcess;
import org.nianbao.bench.load.LoadDriver;
import org.nianbao.bench.load.LoadResult;
import org.nianbao.bench.load.QueryMix;
import org.nianbao.bench.load.ServerProcess;
import org.nianbao.bench.results.BenchResult;
import org.nianbao.bench.results.ResultTable;

/** One benchmark run, step by step; see {@link RunCommand} for the options. */
public final class BenchRun {

  /** What to run. {@code resultsDir} null keeps no files. */
  public record Settings(
      int reports,
      long seed,
      Path work,
      List<Integer> clients,
      double seconds,
      double warmupSeconds,
      Integer queries,
      long maxRequestsPerClient,
      String indexJvm,
      String serverJvm,
      boolean baselines,
      Path resultsDir,
      String note,
      String command) {}

  /** Sequential runs per query for the per-query medians. */
  private static final int MEDIAN_REPEATS = 5;

  private final Settings settings;
  private final PrintWriter out;
  private final List<BenchQuery> mix;

  public BenchRun(Settings settings, PrintWriter out) {
    this.settings = settings;
    this.out = out;
    this.mix =
        settings.queries() == null
            ? QueryMix.QUERIES
            : QueryMix.QUERIES.subList(0, settings.queries());
  }

  public BenchResult run() throws Exception {
    String loadStart = loadAverage();
    Path corpusDir =
        settings.work().resolve("corpus-" + settings.seed() + "-" + settings.reports());
    long t0 = System.nanoTime();
    CorpusGenerator.Stats stats = ensureCorpus(corpusDir);
    double generateSeconds = (System.nanoTime() - t0) / 1e9;
    BenchResult.Corpus corpus = corpusFacts(corpusDir, stats, generateSeconds);
    say(
        "corpus: %,d reports, %.1f MB in %s (%.1f s)",
        stats.reports(), stats.textBytes() / 1e6, corpusDir, generateSeconds);

    AnalyzerLimit.Result limit = null;
    BenchResult.Plain plain = null;
    if (settings.baselines()) {
      CorpusTexts texts = CorpusTexts.read(corpusDir);
      int threads = Runtime.getRuntime().availableProcessors();
      limit = AnalyzerLimit.measure(texts, threads);
      say(
          "smartcn alone: %.0f docs/s, %.2f MB/s (%d threads)",
          limit.docsPerSec(), limit.mbPerSec(), threads);
      plain = plainLucene(texts, threads);
      texts = null; // the texts leave this JVM's heap before nianbao runs
      System.gc();
    }
    BenchResult.Nianbao nianbao = nianbao(corpusDir, stats);
    BenchResult result =
        new BenchResult(
            new BenchResult.Meta(
                LocalDate.now(java.time.ZoneOffset.UTC).toString(),
                settings.command(),
                settings.note(),
                machine(),
                loadStart,
                loadAverage()),
            corpus,
            limit,
            plain,
            nianbao);
    String table = ResultTable.markdown(result);
    out.println();
    out.println(table);
    if (settings.resultsDir() != null) {
      keep(result, table);
    }
    out.flush();
    return result;
  }

  private CorpusGenerator.Stats ensureCorpus(Path dir) throws IOException {
    Path marker = dir.resolve("corpus.properties");
    String expected =
        "generator="
            + CorpusGenerator.VERSION
            + "\nseed="
            + settings.seed()
            + "\nreports="
            + settings.reports()
            + "\n";
    if (Files.isRegularFile(marker)
        && Files.readString(marker, StandardCharsets.UTF_8).startsWith(expected)) {
      String[] lines = Files.readString(marker, StandardCharsets.UTF_8).split("\n");
      long bytes = Long.parseLong(lines[3].substring("bytes=".length()));
      long chars = Long.parseLong(lines[4].substring("chars=".length()));
      return new CorpusGenerator.Stats(settings.reports(), bytes, chars);
    }
    deleteTree(dir);
    say("generating %,d reports into %s", settings.reports(), dir);
    CorpusGenerator.Stats stats =
        new CorpusGenerator(settings.seed()).writeTo(dir, settings.reports());
    Files.writeString(
        marker,
        expected + "bytes=" + stats.textBytes() + "\nchars=" + stats.textChars() + "\n",
        StandardCharsets.UTF_8);
    return stats;
  }

  private BenchResult.Corpus corpusFacts(Path dir, CorpusGenerator.Stats stats, double seconds)
      throws IOException {
    Map<String, Integer> layouts = new TreeMap<>();
    Map<String, Integer> levels = new TreeMap<>();
    try (Stream<String> lines = Files.lines(dir.resolve("manifest.tsv"), StandardCharsets.UTF_8)) {
      lines
          .skip(1)
          .forEach(
              line -> {
                String[] f = line.split("\t", -1);
                layouts.merge(f[8], 1, Integer::sum);
                levels.merge(f[3], 1, Integer::sum);
              });
    }
    return new BenchResult.Corpus(
        stats.reports(),
        settings.seed(),
        CorpusGenerator.VERSION,
        stats.textBytes(),
        stats.textChars(),
        seconds,
        layouts,
        levels);
  }

  private BenchResult.Plain plainLucene(CorpusTexts texts, int threads) throws Exception {
    List<MemoryPoolMXBean> heapPools =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .toList();
    heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
    Path dir = settings.work().resolve("plain-index");
    deleteTree(dir);
    try (PlainLucene plain = new PlainLucene()) {
      PlainLucene.IndexResult index = plain.index(texts, dir, threads);
      say(
          "plain Lucene index: %.0f docs/s, %.2f MB/s, %.2f index bytes per text byte",
          index.docsPerSec(), index.mbPerSec(), index.indexBytesPerTextByte());
      LoadDriver driver = new LoadDriver(plain.target(), mix);
      Map<String, Long> totals = driver.warmUpPass().totals();
      List<LoadResult> search = load("plain Lucene", driver);
      Map<String, Double> medians = driver.medianPerQuery(MEDIAN_REPEATS);
      double heapPeak =
          heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / 1048576.0;
      System.gc();
      double heapLive =
          ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576.0;
      // Strings of CJK text are UTF-16: two bytes a char, plus the headers.
      double textHeap = texts.chars() * 2 / 1048576.0;
      return new BenchResult.Plain(index, heapPeak, heapLive, textHeap, search, totals, medians);
    }
  }

  private BenchResult.Nianbao nianbao(Path corpusDir, CorpusGenerator.Stats stats)
      throws Exception {
    Path index = settings.work().resolve("nianbao-index");
    deleteTree(index);
    say("nianbao index …");
    IndexProcess.Outcome outcome =
        IndexProcess.run(
            corpusDir.resolve("reports"),
            index,
            ChildJvm.split(settings.indexJvm()),
            settings.work().resolve("logs/index.log"));
    long indexBytes = directorySize(index);
    double docsPerSec = outcome.indexed() / outcome.seconds();
    double mbPerSec = stats.textBytes() / 1e6 / outcome.seconds();
    say(
        "nianbao index: %s; %.0f docs/s, %.2f MB/s, %.2f index bytes per text byte",
        outcome.summaryLine(), docsPerSec, mbPerSec, (double) indexBytes / stats.textBytes());
    if (outcome.duplicate() > 0 || outcome.failed() > 0) {
      say(
          "WARNING: %d duplicate and %d failed of %d generated reports (see %s)",
          outcome.duplicate(),
          outcome.failed(),
          stats.reports(),
          settings.work().resolve("logs/index.log"));
    }
    try (ServerProcess server =
        ServerProcess.start(
            index,
            ChildJvm.split(settings.serverJvm()),
            settings.work().resolve("logs/serve.log"))) {
      double rssStart = server.memory().rssMb();
      say("nianbao serve at %s (pid %d, RSS %.0f MB)", server.uri(), server.pid(), rssStart);
      LoadDriver driver = new LoadDriver(new HttpSearchTarget(server.uri()), mix);
      LoadDriver.FirstPass cold = driver.warmUpPass();
      say(
          "nianbao serve listening after %.1f s; first request %.0f ms, first pass over the mix %.0f ms",
          server.startSeconds(), cold.firstRequestMs(), cold.passMs());
      Map<String, Long> totals = cold.totals();
      List<LoadResult> search = load("nianbao over HTTP", driver);
      Map<String, Double> medians = driver.medianPerQuery(MEDIAN_REPEATS);
      double rssEnd = server.memory().rssMb();
      double anon = server.memory().anonMb();
      double file = server.memory().fileMb();
      double rssPeak = server.memory().peakMb();
      double heap = ChildJvm.heapUsedMb(server.pid());
      double live = ChildJvm.heapLiveMb(server.pid());
      return new BenchResult.Nianbao(
          outcome,
          docsPerSec,
          mbPerSec,
          indexBytes,
          (double) indexBytes / stats.textBytes(),
          settings.serverJvm(),
          rssStart,
          rssEnd,
          rssPeak,
          anon,
          file,
          heap,
          live,
          search,
          totals,
          medians,
          server.startSeconds(),
          cold.firstRequestMs(),
          cold.passMs());
    }
  }

  /** Warm-up at the highest client count, then each client count in turn. */
  private List<LoadResult> load(String what, LoadDriver driver) throws InterruptedException {
    int most = settings.clients().stream().max(Comparator.naturalOrder()).orElse(1);
    if (settings.warmupSeconds() > 0) {
      driver.run(most, settings.warmupSeconds(), settings.maxRequestsPerClient());
    }
    List<LoadResult> results = new ArrayList<>();
    for (int clients : settings.clients()) {
      LoadResult r = driver.run(clients, settings.seconds(), settings.maxRequestsPerClient());
      say(
          "%s, %d clients: %.0f QPS, p50 %.1f ms, p99 %.1f ms, max %.1f ms (%,d requests, %d errors)",
          what, clients, r.qps(), r.p50Ms(), r.p99Ms(), r.maxMs(), r.requests(), r.errors());
      results.add(r);
    }
    return results;
  }

  private void keep(BenchResult result, String table) throws IOException {
    Path dir = settings.resultsDir();
    Files.createDirectories(dir);
    String base = result.meta().date() + "-" + settings.reports();
    Path json = dir.resolve(base + ".json");
    for (int i = 2; Files.exists(json); i++) {
      json = dir.resolve(base + "-" + i + ".json");
    }
    Path md = Path.of(json.toString().replaceFirst("\\.json$", ".md"));
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), result);
    Files.writeString(md, table, StandardCharsets.UTF_8);
    say("kept %s and %s", json, md);
  }

  /** The machine the run is on (cores, RAM, CPU, OS, JDK), "?" where /proc does not say. */
  static BenchResult.Machine machine() {
    double ramGb = -1;
    String cpu = "?";
    try {
      for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
        if (line.startsWith("MemTotal:")) {
          ramGb = Long.parseLong(line.replaceAll("\\D", "")) / 1048576.0;
        }
      }
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
        if (line.startsWith("model name")) {
          cpu = line.substring(line.indexOf(':') + 1).strip();
          break;
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux: leave the unknowns
    }
    return new BenchResult.Machine(
        Runtime.getRuntime().availableProcessors(),
        Math.round(ramGb * 10) / 10.0,
        cpu,
        System.getProperty("os.name") + " " + System.getProperty("os.version"),
        Runtime.version().toString());
  }

  /** The 1, 5 and 15 minute load averages, or "?". */
  static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException | RuntimeException e) {
      return "?";
    }
  }

  private void say(String format, Object... args) {
    out.println("bench: " + String.format(Locale.ROOT, format, args));
    out.flush();
  }

  private static long directorySize(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
