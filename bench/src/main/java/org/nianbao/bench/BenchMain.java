package org.nianbao.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code nianbao bench}: the benchmark of issue 11 (see the README's "Benchmark" section). */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description =
        "Benchmark nianbao against the smartcn limit and a plain Lucene index, on a generated corpus.",
    subcommands = {
      RunCommand.class,
      GenerateCommand.class,
      ProfileCommand.class,
      StatsBenchCommand.class,
      ParseBenchCommand.class
    })
public final class BenchMain {

  public static void main(String[] args) {
    System.exit(new CommandLine(new BenchMain()).execute(args));
  }
}
