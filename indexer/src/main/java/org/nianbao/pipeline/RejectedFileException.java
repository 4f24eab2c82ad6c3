package org.nianbao.pipeline;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/** A file that yields no report: why, in words a user can act on, and of which kind. */
public final class RejectedFileException extends Exception {

  /** Why a file yields no report. */
  public enum Kind {
    /**
     * The file could not be read as text, HTML, DOCX or PDF (empty, binary, damaged, too large …).
     */
    UNREADABLE,
    /** The file was read but is not an annual report. */
    NOT_A_REPORT,
    /** Reading and parsing took longer than the file's time. */
    TOO_SLOW,
    /** A bug met on this file; the stack trace is in the log. */
    INTERNAL_ERROR
  }

  private final Path path;
  private final Kind kind;
  private final String reason;

  public RejectedFileException(Path path, Kind kind, String reason, Throwable cause) {
    super(path + ": " + reason, cause);
    this.path = path;
    this.kind = Objects.requireNonNull(kind, "kind");
    this.reason = reason;
  }

  public Path path() {
    return path;
  }

  public Kind kind() {
    return kind;
  }

  public String reason() {
    return reason;
  }

  /** What caused the rejection, when it was an exception (a reader's, or a bug's). */
  public Optional<Throwable> cause() {
    return Optional.ofNullable(getCause());
  }
}
