package org.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.schema.ReportFields;

/**
 * {@code kill -9} during {@code nianbao index}: a real index process (a child JVM) over 540
 * distinct reports, killed with SIGKILL three times, each re-run going on from what the last one
 * left, and a last run to completion. The run commits every {@value #COMMIT_SECONDS} seconds (by a
 * system property; 30 s by default) and at the end, so the kills aim at three moments (each with a
 * seeded delay): before any commit, at the first commit (while its pending_segments file exists
 * when the poll sees it, else right after), and once a commit is in place; the figures say where
 * each landed, which depends on the machine's speed. After each kill the index holds exactly what
 * was committed, opens and is clean; the next run indexes what the kill lost and finds the rest
 * unchanged; at the end the index opens, CheckIndex finds nothing wrong and every report is there
 * exactly once.
 */
class IndexCrashTest {

  private static final long SEED = 9;

  /** The run commits this often (30 s by default): several commits in a run of 540 reports. */
  private static final long COMMIT_SECONDS = 2;

  private static final List<String> BODIES =
      List.of(
          "教育局",
          "民政局",
          "财政局",
          "人力资源和社会保障局",
          "自然资源局",
          "生态环境局",
          "住房和城乡建设局",
          "交通运输局",
          "水利局",
          "农业农村局",
          "商务局",
          "卫生健康委员会",
          "退役军人事务局",
          "应急管理局",
          "审计局",
          "市场监督管理局",
          "统计局",
          "医疗保障局");
  private static final List<Integer> YEARS = List.of(2020, 2021, 2022, 2023, 2024, 2025);

  /**
   * The runs are short and the machine may have two cores: C1 alone halves the JIT's CPU (what a
   * kill does to the index does not depend on which compiler ran the code).
   */
  private static final List<String> JVM =
      List.of(
          "-XX:TieredStopAtLevel=1",
          "-XX:+UseSerialGC",
          "-Dnianbao.index.commitSeconds=" + COMMIT_SECONDS);

  /** The summary line of an index run. */
  private static final Pattern SUMMARY =
      Pattern.compile(
          "indexed (\\d+), updated (\\d+), unchanged (\\d+), duplicate (\\d+), failed (\\d+); (\\d+) reports in the index");

  @TempDir Path dir;

  @Test
  void killedIndexRunsLeaveTheirLastCommitAndTheRerunsCompleteItWithoutDuplicates()
      throws Exception {
    Path reports = Files.createDirectories(dir.resolve("reports"));
    Path index = dir.resolve("index");
    int expected = writeReports(reports);
    Random random = new Random(SEED);
    List<String> figures = new ArrayList<>();
    int committed = 0;

    // 1. Before any commit: a seeded moment in the first seconds after the index is opened.
    Killed first =
        runAndKill(
            reports, index, () -> Files.exists(index.resolve("write.lock")), random.nextInt(3_000));
    committed = checkKilled(index, committed, expected, first, figures);

    // 2. At the first commit: as soon as a new segments file shows, pending or done.
    Set<String> before = segmentsFiles(index);
    Killed second =
        runAndKill(
            reports, index, () -> !before.containsAll(segmentsFiles(index)), random.nextInt(3));
    committed = checkKilled(index, committed, expected, second, figures);

    // 3. Between commits: a seeded moment once a commit is in place (the last run's, or this run's
    // first).
    long delay = committed > 0 ? 1_000 + random.nextInt(3_000) : random.nextInt(250);
    Killed third = runAndKill(reports, index, () -> hasCommit(index), delay);
    committed = checkKilled(index, committed, expected, third, figures);

    Run last = index(reports, index);
    assertEquals(0, last.exitCode(), last.output());
    assertEquals(
        List.of((long) expected - committed, 0L, (long) committed, 0L, 0L, (long) expected),
        last.summary(),
        last.output());
    assertClean(index);
    assertEquals(expected, liveIds(index).size(), "every report exactly once");
    figures.add(
        "the last run indexed "
            + (expected - committed)
            + " and found "
            + committed
            + " unchanged");
    System.out.println(
        "index crash test, " + expected + " reports:\n  " + String.join("\n  ", figures));
  }

  /** A run killed (or finished first) and what it printed. */
  private record Killed(boolean finished, long millis, boolean sawPending, String output) {}

  /**
   * Starts {@code index}, waits until {@code ready} holds (polled every millisecond), waits {@code
   * delayMillis} more and kills the process with SIGKILL, unless it finished first.
   */
  private Killed runAndKill(Path reports, Path index, Check ready, long delayMillis)
      throws Exception {
    Path log = Files.createTempFile(dir, "killed", ".log");
    long started = System.nanoTime();
    Process process =
        CliProcess.command(JVM, List.of("index", reports.toString(), "--index", index.toString()))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    while (process.isAlive() && !ready.holds()) {
      Thread.sleep(1);
    }
    boolean finished = process.waitFor(delayMillis, TimeUnit.MILLISECONDS);
    boolean sawPending = false;
    if (!finished) {
      sawPending = pendingCommit(index);
      process.destroyForcibly(); // SIGKILL on Linux and macOS: no shutdown hook, no commit on close
      process.waitFor();
    }
    return new Killed(
        finished,
        (System.nanoTime() - started) / 1_000_000,
        sawPending,
        Files.readString(log, StandardCharsets.UTF_8));
  }

  @FunctionalInterface
  private interface Check {
    boolean holds() throws IOException;
  }

  /**
   * The killed run's index: clean where there is one, every report in it once; returns how many it
   * holds.
   */
  private int checkKilled(
      Path index, int committedBefore, int expected, Killed killed, List<String> figures)
      throws IOException {
    int committed = committedReports(index);
    assertTrue(
        committed >= committedBefore && committed <= expected,
        "a kill loses nothing committed before: "
            + committed
            + " after "
            + committedBefore
            + "\n"
            + killed.output());
    String moment =
        killed.finished()
            ? "finished before the kill"
            : killed.sawPending()
                ? "killed during a commit (pending_segments on disk)"
                : committed == committedBefore && committed == 0
                    ? "killed before any commit"
                    : committed < expected
                        ? "killed between commits"
                        : "killed after the last commit";
    figures.add(
        String.format(
            Locale.ROOT,
            "%s after %d ms: %d reports committed",
            moment,
            killed.millis(),
            committed));
    return committed;
  }

  private static boolean hasCommit(Path index) throws IOException {
    return listNames(index).stream().anyMatch(name -> name.startsWith("segments_"));
  }

  private static boolean pendingCommit(Path index) throws IOException {
    return listNames(index).stream().anyMatch(name -> name.startsWith("pending_segments_"));
  }

  private static Set<String> segmentsFiles(Path index) throws IOException {
    Set<String> out = new HashSet<>();
    for (String name : listNames(index)) {
      if (name.startsWith("segments_") || name.startsWith("pending_segments_")) {
        out.add(name);
      }
    }
    return out;
  }

  private static List<String> listNames(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (var files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).toList();
    } catch (java.nio.file.NoSuchFileException e) {
      return List.of();
    }
  }

  private record Run(int exitCode, String output) {
    List<Long> summary() {
      Matcher m = SUMMARY.matcher(output);
      assertTrue(m.find(), "a summary line: " + output);
      List<Long> numbers = new ArrayList<>();
      for (int g = 1; g <= 6; g++) {
        numbers.add(Long.parseLong(m.group(g)));
      }
      return numbers;
    }
  }

  private Run index(Path reports, Path index) throws IOException, InterruptedException {
    Path log = Files.createTempFile(dir, "index", ".log");
    Process process =
        CliProcess.command(JVM, List.of("index", reports.toString(), "--index", index.toString()))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("nianbao index did not finish in 5 minutes");
    }
    return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }

  /**
   * How many reports the killed run's last commit holds (0 when it committed nothing): the index,
   * where there is one, must open and be clean, with every report in it once.
   */
  private static int committedReports(Path index) throws IOException {
    if (!Files.isDirectory(index)) {
      return 0;
    }
    try (Directory directory = FSDirectory.open(index)) {
      if (!DirectoryReader.indexExists(directory)) {
        return 0;
      }
    }
    assertClean(index);
    return liveIds(index).size();
  }

  private static void assertClean(Path index) throws IOException {
    try (Directory directory = FSDirectory.open(index);
        CheckIndex check = new CheckIndex(directory)) {
      check.setInfoStream(null);
      CheckIndex.Status status = check.checkIndex();
      assertTrue(status.clean, "CheckIndex finds " + index + " clean");
    }
  }

  /** The ids of the live documents; fails when one appears twice. */
  private static Set<String> liveIds(Path index) throws IOException {
    Set<String> ids = new HashSet<>();
    int documents = 0;
    try (Directory directory = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        LeafReader leafReader = leaf.reader();
        StoredFields stored = leafReader.storedFields();
        Bits live = leafReader.getLiveDocs();
        for (int doc = 0; doc < leafReader.maxDoc(); doc++) {
          if (live == null || live.get(doc)) {
            documents++;
            ids.add(stored.document(doc, Set.of(ReportFields.ID)).get(ReportFields.ID));
          }
        }
      }
      assertEquals(reader.numDocs(), documents);
    }
    assertEquals(documents, ids.size(), "no report twice in " + index);
    return ids;
  }

  /**
   * Copies of the five samples as other bodies of the same place and other years (540 reports): the
   * agency's name and the years around the report's are replaced throughout the text.
   */
  private static int writeReports(Path folder) throws IOException {
    int written = 0;
    List<Path> samples =
        List.of(
            Samples.ZIBO, Samples.LIAOCHENG, Samples.SUIFENHE, Samples.GUXIAN, Samples.SANMENXIA);
    List<String> agencies =
        List.of("淄博市文化和旅游局", "聊城市文化和旅游局", "绥芬河市文体广电和旅游局", "古县文化和旅游局", "三门峡市文化广电和旅游局");
    List<String> places = List.of("淄博市", "聊城市", "绥芬河市", "古县", "三门峡市");
    List<Integer> sampleYears = List.of(2023, 2023, 2023, 2022, 2024);
    for (int s = 0; s < samples.size(); s++) {
      String text = Files.readString(samples.get(s), StandardCharsets.UTF_8);
      assertTrue(text.contains(agencies.get(s)), samples.get(s) + " names " + agencies.get(s));
      for (String body : BODIES) {
        String renamed = text.replace(agencies.get(s), places.get(s) + body);
        for (int year : YEARS) {
          String shifted = shiftYears(renamed, sampleYears.get(s), year);
          Files.writeString(
              folder.resolve(String.format(Locale.ROOT, "%d-%s-%d.txt", s, body, year)),
              shifted,
              StandardCharsets.UTF_8);
          written++;
        }
      }
    }
    return written;
  }

  /** Every year from one before {@code from} to one after it, moved by {@code to − from}. */
  private static String shiftYears(String text, int from, int to) {
    Matcher m = Pattern.compile("(?<!\\d)(20\\d\\d)(?!\\d)").matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      int year = Integer.parseInt(m.group(1));
      m.appendReplacement(
          out, Integer.toString(Math.abs(year - from) <= 1 ? year + to - from : year));
    }
    m.appendTail(out);
    return out.toString();
  }
}
