package org.nianbao.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.cli.ServeCommand;
import picocli.CommandLine;

/** {@code nianbao serve} without an index: a clear message and exit code 1, no stack trace. */
class ServeCommandTest {

  @Test
  void aMissingIndexIsAClearErrorWithExitCode1(@TempDir Path dir) {
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new ServeCommand());
    cli.setErr(new PrintWriter(err, true));
    cli.setOut(new PrintWriter(new StringWriter(), true));
    int code = cli.execute("--index", dir.resolve("nowhere").toString(), "--port", "0");
    assertEquals(1, code);
    assertTrue(err.toString().contains("no index at"), err.toString());
    assertTrue(!err.toString().contains("Exception"), err.toString());
  }
}
