package org.nianbao.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The search quality the project has recorded does not drop: nianbao's mean nDCG@10 over the judged
 * dev queries ({@code eval/dev}) stays within {@link Figures#TOLERANCE} of {@code figures.tsv}, and
 * no query comes back empty while its text matches a relevant report the engine indexed. Runs the
 * real pipeline over the repo's real reports. After a change that should move the figure (the
 * parser indexing more files, new judgments), re-record with {@code nianbao eval --record}.
 */
class RelevanceRegressionTest {

  /** The repository root: tests run in the module folder. */
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  private static final Path DEV = ROOT.resolve("eval/dev");

  private static EvalReport report;

  @BeforeAll
  static void evaluate() throws IOException {
    report =
        Evaluation.run(
            JudgedCollection.load(ROOT, DEV.resolve("corpus.txt")),
            JudgedQuery.load(DEV.resolve("queries.tsv")),
            Qrels.load(DEV.resolve("qrels.tsv")),
            false);
  }

  @Test
  void meanNdcgAtTenDoesNotDropBelowTheRecordedFigure() throws IOException {
    double recorded = Figures.load(DEV.resolve("figures.tsv")).get("nianbao", "ndcg@10");
    double now = report.mean("nianbao").ndcg();
    assertTrue(
        now >= recorded - Figures.TOLERANCE,
        String.format(
            Locale.ROOT,
            "mean nDCG@10 fell from %.4f to %.4f (tolerance %.2f):%n%s",
            recorded,
            now,
            Figures.TOLERANCE,
            report.table(true)));
  }

  @Test
  void noQueryIsEmptyWhileItsTextMatchesARelevantIndexedReport() {
    assertEquals(List.of(), report.zeroResults(), report.table(true));
  }
}
