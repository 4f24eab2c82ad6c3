package org.nianbao.index;

/** Told after each file; the CLI draws a progress bar from it. */
@FunctionalInterface
public interface ProgressListener {

  ProgressListener NONE = (done, total, outcome) -> {};

  void fileDone(int done, int total, FileOutcome outcome);
}
