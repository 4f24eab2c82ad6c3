package org.nianbao.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ParseBenchCommandTest {

  @Test
  void measuresTheSamplesAndSaysTheRatio() {
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new BenchMain());
    cli.setOut(new PrintWriter(out, true));
    int exit = cli.execute("parse", "../samples", "--seconds", "0.2", "--warmup-seconds", "0");

    assertEquals(0, exit, out.toString());
    long samples = countFiles(Path.of("..", "samples"));
    assertTrue(out.toString().startsWith(samples + " files ("), out.toString());
    assertTrue(out.toString().contains(", " + samples + " parsed as reports"), out.toString());
    Matcher ratio = Pattern.compile("costs (\\d+\\.\\d\\d) × smartcn").matcher(out.toString());
    assertTrue(ratio.find(), out.toString());
    assertTrue(Double.parseDouble(ratio.group(1)) > 0, out.toString());
  }

  @Test
  void aFolderWithoutReportsIsAnError(@TempDir Path empty) {
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new BenchMain());
    cli.setErr(new PrintWriter(err, true));

    assertEquals(2, cli.execute("parse", empty.toString()));
    assertTrue(err.toString().contains("no report files under"), err.toString());
  }

  private static long countFiles(Path folder) {
    try (var files = Files.list(folder)) {
      return files
          .filter(p -> p.getFileName().toString().matches("(?i).*\\.(txt|html?|docx|pdf)"))
          .count();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
