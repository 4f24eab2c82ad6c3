package org.nianbao.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Where the command line's own log goes: a file ({@code ~/.nianbao/nianbao.log}, rotated at 5 MB),
 * never the terminal. A bug met on one file is that file's failure with a one-line reason on the
 * terminal; its stack trace is here. Lucene's INFO line about the vector API is left out.
 */
final class LogFile {

  private static final int LIMIT_BYTES = 5 * 1024 * 1024;

  /** Held so the configuration is not garbage-collected with the logger. */
  private static final Logger ROOT = Logger.getLogger("");

  private static final Logger LUCENE = Logger.getLogger("org.apache.lucene");

  private LogFile() {}

  /** Sends java.util.logging to the log file; the path, or empty when no file could be opened. */
  static Optional<Path> configure() {
    for (Handler handler : ROOT.getHandlers()) {
      ROOT.removeHandler(handler);
    }
    LUCENE.setLevel(Level.WARNING);
    Path file = Path.of(System.getProperty("user.home", "."), ".nianbao", "nianbao.log");
    try {
      Files.createDirectories(file.getParent());
      FileHandler handler = new FileHandler(file.toString(), LIMIT_BYTES, 2, true);
      handler.setEncoding(StandardCharsets.UTF_8.name());
      handler.setFormatter(new SimpleFormatter());
      ROOT.addHandler(handler);
      return Optional.of(file);
    } catch (IOException | SecurityException e) {
      // No writable home: the log is lost, the terminal stays clean.
      return Optional.empty();
    }
  }
}
