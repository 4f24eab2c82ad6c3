package org.nianbao.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.util.Locale;
import org.nianbao.index.FileOutcome;
import org.nianbao.index.ProgressListener;

/** A one-line progress bar redrawn with carriage returns; only drawn when stderr is a terminal. */
final class ProgressBar implements ProgressListener {

  private static final int WIDTH = 30;
  private final PrintWriter err;
  private long lastDraw;

  ProgressBar(PrintWriter err) {
    this.err = err;
  }

  /**
   * A bar on a terminal, nothing when output is redirected (logs and pipes get only the summary).
   */
  static ProgressListener forTerminal(PrintWriter err) {
    return isTerminal() ? new ProgressBar(err) : ProgressListener.NONE;
  }

  @Override
  public void fileDone(int done, int total, FileOutcome outcome) {
    long now = System.nanoTime();
    if (done < total && now - lastDraw < 100_000_000L) {
      return; // redraw at most ten times a second
    }
    lastDraw = now;
    int filled = total == 0 ? WIDTH : done * WIDTH / total;
    err.print(
        String.format(
            Locale.ROOT,
            "\r[%s%s] %d/%d files",
            "#".repeat(filled),
            " ".repeat(WIDTH - filled),
            done,
            total));
    if (done == total) {
      err.println();
    }
    err.flush();
  }

  /**
   * Since JDK 22 System.console() is non-null even when redirected, and Console.isTerminal() tells;
   * the build targets Java 21, so that method is looked up when present.
   */
  static boolean isTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (ReflectiveOperationException notJdk22) {
      return true;
    }
  }
}
