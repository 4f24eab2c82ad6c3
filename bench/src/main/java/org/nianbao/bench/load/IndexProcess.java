package org.nianbao.bench.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the real {@code nianbao index CORPUS --index DIR} in a child JVM, timed, with its peak RSS.
 */
public final class IndexProcess {

  private static final Pattern SUMMARY =
      Pattern.compile(
          "indexed (\\d+), updated (\\d+), unchanged (\\d+), duplicate (\\d+), failed (\\d+); (\\d+) reports in the index");

  /**
   * What {@code nianbao index} printed and what it cost. Seconds are wall time, JVM start included.
   */
  public record Outcome(
      int exitCode,
      double seconds,
      int indexed,
      int duplicate,
      int failed,
      int reportsInIndex,
      double peakRssMb,
      String summaryLine) {}

  private IndexProcess() {}

  public static Outcome run(Path corpus, Path index, List<String> jvmOptions, Path log)
      throws IOException, InterruptedException {
    Files.createDirectories(log.toAbsolutePath().getParent());
    ProcessBuilder builder =
        ChildJvm.command(
            jvmOptions, List.of("index", corpus.toString(), "--index", index.toString()));
    builder.redirectErrorStream(true).redirectOutput(log.toFile());
    long t0 = System.nanoTime();
    Process process = builder.start();
    double peak;
    try (ProcessMemory memory = new ProcessMemory(process.pid())) {
      int exit = process.waitFor();
      double seconds = (System.nanoTime() - t0) / 1e9;
      peak = memory.peakMb();
      String out = Files.readString(log, StandardCharsets.UTF_8);
      Matcher m = SUMMARY.matcher(out);
      if (!m.find()) {
        throw new IOException("nianbao index printed no summary (exit " + exit + "); see " + log);
      }
      return new Outcome(
          exit,
          seconds,
          Integer.parseInt(m.group(1)),
          Integer.parseInt(m.group(4)),
          Integer.parseInt(m.group(5)),
          Integer.parseInt(m.group(6)),
          peak,
          m.group());
    }
  }
}
