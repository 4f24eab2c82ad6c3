package org.nianbao.search;

/**
 * How a request's items (rescore candidates, hits of a page) are split into runs of consecutive
 * items that the slice executor works on at once: at most one run per core, each with at least a
 * minimum of items, since a run costs its own scorers or readers and a task handed to a thread.
 */
final class Runs {

  private Runs() {}

  /** How many runs {@code items} make, at least one. */
  static int count(int items, int minPerRun) {
    int cores = Runtime.getRuntime().availableProcessors();
    return Math.max(1, Math.min(cores, items / minPerRun));
  }

  /** Where run {@code run} of {@code runs} starts; run {@code runs} is the end, {@code items}. */
  static int start(int items, int runs, int run) {
    return (int) ((long) items * run / runs);
  }
}
