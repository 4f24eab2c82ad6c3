package org.nianbao.pipeline;

import java.nio.file.Path;

/** A file that yields no report, with the reason a user can act on. */
public final class RejectedFileException extends Exception {

  private final Path path;
  private final String reason;

  public RejectedFileException(Path path, String reason) {
    super(path + ": " + reason);
    this.path = path;
    this.reason = reason;
  }

  public Path path() {
    return path;
  }

  public String reason() {
    return reason;
  }
}
