package org.nianbao.index;

import java.nio.file.Path;

/** What indexing did with one file. {@code id} is null for a failed file; {@code reason} for failed and duplicate. */
public record FileOutcome(Path path, Status status, String id, String reason) {

  public enum Status {
    /** A report new to the index. */
    INDEXED,
    /** A report already in the index, replaced because its file or the parser changed. */
    UPDATED,
    /** The same bytes, parsed by the same parser version: left as it was. */
    UNCHANGED,
    /** The same report (agency, year, region) as an earlier file of this run: not indexed twice. */
    DUPLICATE,
    /** No report could be read from the file; {@code reason} says why. */
    FAILED
  }
}
