package org.nianbao.source;

import java.util.Objects;

/**
 * A file that cannot be turned into report text. The message is a short reason meant for the person
 * who downloaded the file ("empty file", "PDF has no text layer (scanned?)", ...); the {@link Kind}
 * lets callers count outcomes without comparing strings.
 */
public final class UnreadableFileException extends Exception {

  /** Why a file could not be read, coarse enough to count in an indexing summary. */
  public enum Kind {
    EMPTY,
    BINARY,
    TOO_LARGE,
    INVALID_DOCX,
    INVALID_PDF,
    NO_TEXT_LAYER,
    NO_TEXT,
    UNDECODABLE,
    IO_ERROR
  }

  private final Kind kind;

  public UnreadableFileException(Kind kind, String reason) {
    super(Objects.requireNonNull(reason, "reason"));
    this.kind = Objects.requireNonNull(kind, "kind");
  }

  public UnreadableFileException(Kind kind, String reason, Throwable cause) {
    super(Objects.requireNonNull(reason, "reason"), cause);
    this.kind = Objects.requireNonNull(kind, "kind");
  }

  public Kind kind() {
    return kind;
  }

  /** The short human reason, the same as {@link #getMessage()}. */
  public String reason() {
    return getMessage();
  }
}
