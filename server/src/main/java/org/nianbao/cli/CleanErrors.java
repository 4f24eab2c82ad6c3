package org.nianbao.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception a command did not handle into one line on stderr and exit code 1: a user sees
 * what went wrong (a disk full, an index locked by another process), not a stack trace. Set
 * NIANBAO_DEBUG=1 for the trace.
 */
final class CleanErrors implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
    String what =
        e instanceof IOException || e instanceof UncheckedIOException ? "I/O error" : "error";
    cmd.getErr().println("nianbao " + cmd.getCommandName() + ": " + what + ": " + e.getMessage());
    if (System.getenv("NIANBAO_DEBUG") != null) {
      e.printStackTrace(cmd.getErr());
    }
    return 1;
  }
}
