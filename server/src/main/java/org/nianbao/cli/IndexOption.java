package org.nianbao.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --index DIR}, the index folder, shared by every command that reads or writes an index. */
public final class IndexOption {

  @Option(
      names = "--index",
      paramLabel = "DIR",
      defaultValue = "index",
      description =
          "Index folder (default: ${DEFAULT-VALUE}); `nianbao index` creates it when missing.")
  Path index;

  Path path() {
    return index;
  }
}
