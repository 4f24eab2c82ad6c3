package org.nianbao.index;

import java.util.List;
import org.nianbao.source.FoundFiles;

/** Every file's outcome, in the order the files were found, and the paths that did not exist. */
public record IndexSummary(
    List<FileOutcome> outcomes, List<FoundFiles.Problem> problems, int reportsInIndex) {

  public IndexSummary {
    outcomes = List.copyOf(outcomes);
    problems = List.copyOf(problems);
  }

  public long count(FileOutcome.Status status) {
    return outcomes.stream().filter(outcome -> outcome.status() == status).count();
  }

  /** The reports whose agency, year or place is unknown: identified by their text. */
  public List<FileOutcome> keyedOnText() {
    return outcomes.stream().filter(FileOutcome::keyedOnText).toList();
  }

  /** The files read with a few undecodable bytes replaced (U+FFFD). */
  public List<FileOutcome> withReplacedBytes() {
    return outcomes.stream().filter(outcome -> outcome.replacedBytes() > 0).toList();
  }

  public List<FileOutcome> failures() {
    return outcomes.stream()
        .filter(outcome -> outcome.status() == FileOutcome.Status.FAILED)
        .toList();
  }

  /** True when every file yielded a report (or was a duplicate) and every path existed. */
  public boolean allSucceeded() {
    return failures().isEmpty() && problems.isEmpty();
  }
}
