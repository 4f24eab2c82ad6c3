package org.nianbao.bench;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.nianbao.bench.corpus.CorpusGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code nianbao bench generate}: writes a synthetic corpus only (for indexing by hand or
 * profiling).
 */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description =
        "Write N synthetic reports (text files nianbao index reads) and manifest.tsv into a folder.")
final class GenerateCommand implements Callable<Integer> {

  @Option(
      names = "--reports",
      defaultValue = "2000",
      description = "How many reports (default: ${DEFAULT-VALUE}).")
  int reports;

  @Option(
      names = "--seed",
      defaultValue = "11",
      description = "Corpus seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Folder to write into.")
  Path out;

  @Override
  public Integer call() throws Exception {
    long started = System.nanoTime();
    CorpusGenerator.Stats stats = new CorpusGenerator(seed).writeTo(out, reports);
    System.out.printf(
        Locale.ROOT,
        "generated %d reports, %.1f MB of UTF-8 text (%.1f kB each), in %.1f s into %s%n",
        stats.reports(),
        stats.textBytes() / 1e6,
        stats.textBytes() / 1e3 / Math.max(1, stats.reports()),
        (System.nanoTime() - started) / 1e9,
        out);
    return 0;
  }
}
