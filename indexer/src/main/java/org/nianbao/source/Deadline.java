package org.nianbao.source;

import java.time.Duration;

/**
 * The time one file may take to be read and parsed, checked by the steps that loop over a file's
 * lines and blocks. A file that takes longer (a crafted or damaged one) is given up, and the thread
 * is free for the next file. One deadline per thread, set by the pipeline around one file.
 */
public final class Deadline {

  /** Thrown by {@link #check()} once the file's time is up. */
  public static final class Exceeded extends RuntimeException {

    Exceeded(Duration budget) {
      super(
          "too slow: reading and parsing took more than " + budget.toSeconds() + " s",
          null,
          false,
          false);
    }
  }

  private record Budget(long endNanos, Duration duration) {}

  private static final ThreadLocal<Budget> CURRENT = new ThreadLocal<>();

  private Deadline() {}

  /** Runs {@code work} with {@code budget} on this thread. */
  public static <T, E extends Exception> T within(Duration budget, Work<T, E> work) throws E {
    Budget previous = CURRENT.get();
    CURRENT.set(new Budget(System.nanoTime() + budget.toNanos(), budget));
    try {
      return work.run();
    } finally {
      CURRENT.set(previous);
    }
  }

  /**
   * Throws {@link Exceeded} when this thread's file has had its time, or the thread was
   * interrupted.
   */
  public static void check() {
    Budget budget = CURRENT.get();
    if (budget != null
        && (System.nanoTime() - budget.endNanos() > 0 || Thread.currentThread().isInterrupted())) {
      throw new Exceeded(budget.duration());
    }
  }

  /** Work that may throw a checked exception. */
  @FunctionalInterface
  public interface Work<T, E extends Exception> {
    T run() throws E;
  }
}
