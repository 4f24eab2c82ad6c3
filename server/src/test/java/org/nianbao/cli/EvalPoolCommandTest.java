package org.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nianbao eval --pool}: what to judge for new queries, and its usage errors. */
class EvalPoolCommandTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @Test
  void poolsNewQueriesWithoutJudgments(@TempDir Path dev) throws Exception {
    Files.writeString(dev.resolve("corpus.txt"), "samples/000_fff72aa6ee55ba2a.txt\n");
    Files.writeString(
        dev.resolve("queries.tsv"), "id\tquery\tyear\tregion\tneed\nn1\t快手\t\t\tKuaishou\n");
    Files.writeString(
        dev.resolve("patterns.tsv"), "n1\t快手\n", StandardCharsets.UTF_8); // no qrels.tsv yet

    Cli cli = Cli.run("eval", "--root", ROOT.toString(), "--dev", dev.toString(), "--pool", "5");

    assertEquals(ExitCodes.OK, cli.exitCode(), cli.err());
    assertEquals(
        "n1\tsamples/000_fff72aa6ee55ba2a.txt\t"
            + "nianbao:1 smartcn-bm25:1 smartcn-and:1 bigram-or:1 manual",
        cli.out().lines().toList().get(2));
    assertEquals(3, cli.out().lines().count(), cli.out());
  }

  @Test
  void aDepthOutsideAPageIsAUsageError(@TempDir Path dev) {
    Cli cli = Cli.run("eval", "--dev", dev.toString(), "--pool", "0");

    assertEquals(ExitCodes.USAGE, cli.exitCode());
    assertTrue(cli.err().contains("--pool takes a depth from 1 to 100"), cli.err());
  }

  @Test
  void aFolderWithoutQueriesIsAUsageError(@TempDir Path dev) {
    Cli cli = Cli.run("eval", "--root", dev.toString(), "--dev", ".", "--pool", "20");

    assertEquals(ExitCodes.USAGE, cli.exitCode());
    assertTrue(cli.err().contains("no corpus.txt in"), cli.err());
  }
}
