package org.nianbao.source;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What {@link ReportFinder} made of the user's PATH arguments.
 *
 * @param files regular files to read, absolute, sorted, each once
 * @param problems arguments or folders that could not be used, each naming its path
 */
public record FoundFiles(List<Path> files, List<Problem> problems) {

  /** A path the finder could not use, and why ("no such file or folder", ...). */
  public record Problem(Path path, String reason) {
    public Problem {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
      return path + ": " + reason;
    }
  }

  public FoundFiles {
    files = List.copyOf(files);
    problems = List.copyOf(problems);
  }
}
