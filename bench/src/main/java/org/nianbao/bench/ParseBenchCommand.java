package org.nianbao.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.nianbao.bench.baseline.AnalyzerLimit;
import org.nianbao.pipeline.FileLoad;
import org.nianbao.pipeline.ReportPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code nianbao bench parse FOLDER...}: how fast one thread reads, parses and checks real report
 * files, against smartcn analysing the prose the parser found in them, in the same process: the
 * ratio says what parsing costs beside the analysis every indexer pays, and stays comparable
 * between runs on a busy machine where the absolute figures do not.
 */
@Command(
    name = "parse",
    mixinStandardHelpOptions = true,
    description =
        "Parsing speed (read, parse, check; one thread) on report files, and smartcn's speed on the same reports' prose.")
final class ParseBenchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "FOLDER",
      description = "Folders of report files (.txt, .html, .htm, .docx, .pdf).")
  List<Path> folders;

  @Option(
      names = "--seconds",
      defaultValue = "15",
      description = "Measured seconds for each side (default: ${DEFAULT-VALUE}).")
  double seconds;

  @Option(
      names = "--warmup-seconds",
      defaultValue = "5",
      description = "Warm-up before measuring (default: ${DEFAULT-VALUE}).")
  double warmupSeconds;

  @Override
  public Integer call() throws Exception {
    List<Path> files = files(folders);
    if (files.isEmpty()) {
      spec.commandLine().getErr().println("nianbao bench parse: no report files under " + folders);
      return 2;
    }
    long fileBytes = 0;
    for (Path file : files) {
      fileBytes += Files.size(file);
    }
    ReportPipeline pipeline = ReportPipeline.bundled();
    List<String> prose = new ArrayList<>();
    for (Path file : files) {
      if (pipeline.tryLoad(file, Optional.empty()) instanceof FileLoad.Loaded loaded) {
        prose.add(String.join("\n", loaded.report().checked().report().parts().texts()));
      }
    }
    repeat(warmupSeconds, () -> files.forEach(f -> pipeline.tryLoad(f, Optional.empty())));
    Rounds parse = repeat(seconds, () -> files.forEach(f -> pipeline.tryLoad(f, Optional.empty())));
    try (Analyzer smartcn = new SmartChineseAnalyzer()) {
      repeat(warmupSeconds, () -> prose.forEach(text -> AnalyzerLimit.tokens(smartcn, text)));
      Rounds analyse =
          repeat(seconds, () -> prose.forEach(text -> AnalyzerLimit.tokens(smartcn, text)));
      double parseFilesPerSec = files.size() * parse.perSecond();
      double analyseReportsPerSec = prose.size() * analyse.perSecond();
      spec.commandLine()
          .getOut()
          .printf(
              Locale.ROOT,
              "%d files (%.2f MB), %d parsed as reports%n"
                  + "parse (read, parse, check), one thread: %.1f files/s, %.2f MB/s of files%n"
                  + "smartcn on the reports' prose, one thread: %.1f reports/s%n"
                  + "parsing a report costs %.2f × smartcn analysing its prose%n",
              files.size(),
              fileBytes / 1e6,
              prose.size(),
              parseFilesPerSec,
              fileBytes * parse.perSecond() / 1e6,
              analyseReportsPerSec,
              analyseReportsPerSec / parseFilesPerSec);
    }
    return 0;
  }

  /** How many times a pass ran in how long. */
  private record Rounds(int count, double seconds) {
    double perSecond() {
      return count / seconds;
    }
  }

  /** Runs {@code pass} again and again for at least {@code seconds} (and at least once). */
  private static Rounds repeat(double seconds, Runnable pass) {
    long start = System.nanoTime();
    long end = start + (long) (seconds * 1e9);
    int count = 0;
    do {
      pass.run();
      count++;
    } while (System.nanoTime() < end);
    return new Rounds(count, (System.nanoTime() - start) / 1e9);
  }

  private static List<Path> files(List<Path> folders) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path folder : folders) {
      try (Stream<Path> walk = Files.walk(folder)) {
        walk.filter(Files::isRegularFile)
            .filter(p -> p.getFileName().toString().matches("(?i).*\\.(txt|html?|docx|pdf)"))
            .sorted()
            .forEach(files::add);
      }
    }
    return files;
  }
}
