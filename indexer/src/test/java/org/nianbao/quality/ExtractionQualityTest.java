package org.nianbao.quality;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nianbao.pipeline.ReportPipeline;

/**
 * Metadata extraction on the labelled real pages and excerpts of corpus/dev: no real report is
 * rejected, at least 97 % of the scored fields equal the labels, and no field gets worse than the
 * figures recorded in corpus/dev/extraction-quality.json (written by {@code nianbao
 * measure-extraction corpus/dev/pages corpus/dev/excerpts --record
 * corpus/dev/extraction-quality.json}).
 */
class ExtractionQualityTest {

  private static final Path DEV = Path.of("..", "corpus", "dev");
  private static ExtractionQuality.Result result;

  @BeforeAll
  static void measure() throws IOException {
    List<LabelledReport> labels =
        ExtractionQuality.labels(List.of(DEV.resolve("pages"), DEV.resolve("excerpts")));
    assertEquals(109, labels.size(), "80 pages and 29 excerpts are labelled");
    result = new ExtractionQuality(ReportPipeline.bundled()).measure(labels);
  }

  @Test
  void noRealReportIsRejected() {
    assertEquals(List.of(), result.rejected());
  }

  @Test
  void atLeast97PercentOfTheScoredFieldsAreRight() {
    assertTrue(
        result.scoredShare() >= 0.97,
        () -> "scored share " + result.scoredShare() + ", misses: " + result.misses());
  }

  @Test
  void noFieldIsWorseThanRecorded() throws IOException {
    String recorded =
        Files.readString(DEV.resolve("extraction-quality.json"), StandardCharsets.UTF_8);
    Map<ExtractionQuality.Field, Integer> right = ExtractionQuality.recordedRight(recorded);
    assertAll(
        right.entrySet().stream()
            .map(
                e ->
                    () ->
                        assertTrue(
                            result.counts().get(e.getKey())[0] >= e.getValue(),
                            e.getKey()
                                + ": "
                                + result.counts().get(e.getKey())[0]
                                + " right, recorded "
                                + e.getValue())));
  }

  @Test
  void theFormatOfEveryLabelledPageIsRight() {
    int[] format = result.counts().get(ExtractionQuality.Field.FORMAT);
    assertEquals(
        format[1],
        format[0],
        () ->
            "format misses: "
                + result.misses().stream()
                    .filter(m -> m.field() == ExtractionQuality.Field.FORMAT)
                    .toList());
  }
}
