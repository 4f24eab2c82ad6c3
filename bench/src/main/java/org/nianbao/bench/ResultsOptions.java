package org.nianbao.bench;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * Where a benchmark command keeps its figures, and what it says with them: the commands' shared
 * options.
 */
final class ResultsOptions {

  @Option(
      names = "--results",
      defaultValue = "bench/results",
      paramLabel = "DIR",
      description = "Where the figures go (default: ${DEFAULT-VALUE}); 'none' keeps nothing.")
  String results;

  @Option(
      names = "--note",
      defaultValue = "",
      description = "Said with the figures, e.g. \"noisy: other builds running\".")
  String note;

  /** The folder for the figures, empty with {@code --results none}. */
  Optional<Path> folder() {
    return results.equals("none") ? Optional.empty() : Optional.of(Path.of(results));
  }
}
