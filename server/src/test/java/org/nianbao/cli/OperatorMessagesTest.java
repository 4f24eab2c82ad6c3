package org.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8's messages: what an operator sees when the index path is a file, a folder holds no
 * report, a PDF is damaged.
 */
class OperatorMessagesTest {

  /** A real PDF report of corpus/dev (the 洪泽区 2024 report); Surefire runs in the module folder. */
  private static final Path PDF =
      Path.of("..", "corpus", "dev", "pdf", "hongze-2024.pdf").toAbsolutePath().normalize();

  @Test
  void helpPrintsEveryOptionWithoutPicocliWarnings() throws Exception {
    // Picocli formats descriptions with String.format and warns on System.err about a lone %.
    PrintStream systemErr = System.err;
    ByteArrayOutputStream warnings = new ByteArrayOutputStream();
    Cli cli;
    try {
      System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
      cli = Cli.run("search", "--help");
    } finally {
      System.setErr(systemErr);
    }

    assertEquals(0, cli.exitCode(), cli.err());
    assertTrue(cli.out().contains("disclosure<50%'"), cli.out());
    assertFalse(cli.out().contains("%%"), cli.out());
    assertEquals("", warnings.toString(StandardCharsets.UTF_8));
  }

  @Test
  void indexIntoAFileSaysTheIndexPathIsAFile(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("idxfile"), "not an index", StandardCharsets.UTF_8);

    Cli cli = Cli.run("index", Samples.GUXIAN.toString(), "--index", file.toString());

    assertEquals(2, cli.exitCode(), "a bad --index is a bad command line: " + cli.err());
    assertTrue(cli.err().contains("--index " + file + " is a file, not a folder"), cli.err());
    assertFalse(cli.err().contains("I/O error"), cli.err());
    assertEquals(
        "not an index", Files.readString(file, StandardCharsets.UTF_8), "the file is left alone");

    Cli below =
        Cli.run("index", Samples.GUXIAN.toString(), "--index", file.resolve("sub").toString());
    assertEquals(2, below.exitCode());
    assertTrue(below.err().contains(file + " is a file, not a folder"), below.err());
  }

  @Test
  void serveFromAFileSaysTheIndexPathIsAFile(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("idxfile"), "not an index", StandardCharsets.UTF_8);

    // --samples names a real folder, so the old code tried to index the samples into the file.
    Cli cli =
        Cli.run(
            "serve",
            "--index",
            file.toString(),
            "--samples",
            Samples.DIR.toString(),
            "--port",
            "0");

    assertEquals(2, cli.exitCode(), cli.out() + cli.err());
    assertTrue(cli.err().contains("--index " + file + " is a file, not a folder"), cli.err());
    assertFalse(cli.err().contains("does not exist"), cli.err());
    assertEquals("", cli.out(), "nothing indexed, nothing served");
  }

  @Test
  void indexingAFolderWithoutReportFilesFailsAndSaysSo(@TempDir Path dir) throws Exception {
    Path empty = Files.createDirectories(dir.resolve("downloads"));
    Files.write(empty.resolve("logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    Files.writeString(empty.resolve(".hidden.txt"), "x", StandardCharsets.UTF_8);

    Cli cli = Cli.run("index", empty.toString(), "--index", dir.resolve("index").toString());

    // 1, as any failed run: the user asked for reports to be indexed and none was; 2 is for a bad
    // command line.
    assertEquals(1, cli.exitCode(), cli.out() + cli.err());
    assertTrue(cli.err().contains("no report file found under " + empty), cli.err());
  }

  @Test
  void aDamagedPdfPrintsNoLibraryNoiseOnTheTerminal(@TempDir Path dir) throws Exception {
    byte[] pdf = Files.readAllBytes(PDF);
    // Cut short: PDFBox warns of missing objects and fonts. Bytes flipped: it logs a font's stack
    // trace.
    Path truncated = Files.write(dir.resolve("truncated.pdf"), Arrays.copyOf(pdf, 60_000));
    byte[] flipped = pdf.clone();
    Random random = new Random(1);
    for (int i = 0; i < 200; i++) {
      flipped[2_000 + random.nextInt(flipped.length - 2_000)] = (byte) random.nextInt(256);
    }
    Path damaged = Files.write(dir.resolve("flipped.pdf"), flipped);

    ByteArrayOutputStream terminal = new ByteArrayOutputStream();
    PrintStream err = System.err;
    PrintStream out = System.out;
    Cli cli;
    try (PrintStream capture = new PrintStream(terminal, true, StandardCharsets.UTF_8)) {
      System.setErr(capture);
      System.setOut(capture);
      cli = Cli.run("parse", truncated.toString(), damaged.toString());
    } finally {
      System.setErr(err);
      System.setOut(out);
    }

    String printed = terminal.toString(StandardCharsets.UTF_8);
    assertEquals(
        "", printed, "nothing but the command's own output; the libraries printed:\n" + printed);
    assertFalse(cli.err().contains("\tat "), cli.err());
    assertTrue(
        cli.out().contains("truncated.pdf") || cli.err().contains("truncated.pdf"),
        "each file is reported: " + cli.out() + cli.err());
  }
}
