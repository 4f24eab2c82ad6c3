package org.nianbao.index;

import java.nio.file.Path;

/**
 * What indexing did with one file. {@code id} is null for a failed file; {@code reason} for failed
 * and duplicate. {@code keyedOnText} says the report's agency, year or place is unknown, so its
 * identity rests on its text. {@code replacedBytes} counts the bad bytes of an otherwise clean text
 * file that were read as U+FFFD.
 */
public record FileOutcome(
    Path path, Status status, String id, String reason, boolean keyedOnText, int replacedBytes) {

  public FileOutcome(Path path, Status status, String id, String reason) {
    this(path, status, id, reason, false, 0);
  }

  public FileOutcome(Path path, Status status, String id, String reason, boolean keyedOnText) {
    this(path, status, id, reason, keyedOnText, 0);
  }

  public enum Status {
    /** A report new to the index. */
    INDEXED,
    /** A report already in the index, replaced because its file or the parser changed. */
    UPDATED,
    /** The same bytes, parsed by the same parser version: left as it was. */
    UNCHANGED,
    /**
     * The same report as an earlier file of this run (same key and nearly the same text): not
     * indexed twice.
     */
    DUPLICATE,
    /** No report could be read from the file; {@code reason} says why. */
    FAILED
  }
}
