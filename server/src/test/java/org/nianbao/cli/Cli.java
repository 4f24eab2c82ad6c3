package org.nianbao.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the nianbao command line in-process, as a user would, capturing output and exit code. */
record Cli(int exitCode, String out, String err) {

  static Cli run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.commandLine()
            .setOut(new PrintWriter(out, true))
            .setErr(new PrintWriter(err, true))
            .execute(args);
    return new Cli(code, out.toString(), err.toString());
  }
}
