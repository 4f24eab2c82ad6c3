package org.nianbao.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code nianbao bench run}: generate (or reuse) a corpus, measure the smartcn limit and the plain
 * Lucene baseline in this JVM, then the real {@code nianbao index} and {@code serve} in child JVMs
 * under HTTP load, and keep the figures in {@code bench/results}.
 */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = "Run the whole benchmark and write bench/results/<date>-<reports>.{json,md}.")
final class RunCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--reports",
      defaultValue = "2000",
      description = "Corpus size (default: ${DEFAULT-VALUE}; issue 11 uses 20000).")
  int reports;

  @Option(
      names = "--seed",
      defaultValue = "11",
      description = "Corpus seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--work",
      defaultValue = "bench/work",
      paramLabel = "DIR",
      description =
          "Where corpora and indexes go; a corpus of the same size, seed and generator is reused (default: ${DEFAULT-VALUE}).")
  Path work;

  @Option(
      names = "--clients",
      split = ",",
      defaultValue = "1,2,8",
      description = "Concurrent clients, in order (default: ${DEFAULT-VALUE}).")
  List<Integer> clients;

  @Option(
      names = "--seconds",
      defaultValue = "30",
      description = "Measured seconds per client count (default: ${DEFAULT-VALUE}).")
  double seconds;

  @Option(
      names = "--warmup-seconds",
      defaultValue = "10",
      description =
          "Load before measuring, after one pass over the mix (default: ${DEFAULT-VALUE}).")
  double warmupSeconds;

  @Option(
      names = "--queries",
      description = "Use only the first N queries of the mix (default: all 42).")
  Integer queries;

  @Option(
      names = "--max-requests",
      defaultValue = "" + Long.MAX_VALUE,
      hidden = true,
      description = "Stop each client after this many requests (the smoke test).")
  long maxRequests;

  @Option(
      names = "--index-jvm",
      defaultValue = "",
      paramLabel = "OPTS",
      description = "Extra JVM options for `nianbao index`, e.g. JFR.")
  String indexJvm;

  @Option(
      names = "--server-jvm",
      defaultValue = "",
      paramLabel = "OPTS",
      description = "Extra JVM options for `nianbao serve`, e.g. -Xmx1g or JFR.")
  String serverJvm;

  @Option(
      names = "--no-baselines",
      description = "Skip the smartcn limit and the plain Lucene baseline.")
  boolean noBaselines;

  @Mixin ResultsOptions figures;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    // originalArgs() starts at this subcommand's name: "run --reports …".
    String command =
        "./nianbao bench "
            + String.join(
                " ",
                spec.commandLine().getParseResult().originalArgs().stream()
                    .map(RunCommand::shellQuoted)
                    .toList());
    BenchRun.Settings settings =
        new BenchRun.Settings(
            reports,
            seed,
            work,
            List.copyOf(clients),
            seconds,
            warmupSeconds,
            queries,
            maxRequests,
            indexJvm,
            serverJvm,
            !noBaselines,
            figures.folder().orElse(null),
            figures.note,
            command);
    new BenchRun(settings, out).run();
    return 0;
  }

  /** The argument as a POSIX shell reads it back: bare when safe, else in single quotes. */
  static String shellQuoted(String arg) {
    return arg.matches("[A-Za-z0-9_./=,:+@%-]+") ? arg : "'" + arg.replace("'", "'\\''") + "'";
  }
}
