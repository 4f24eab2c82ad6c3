package org.nianbao.pipeline;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.check.ConsistencyChecker;
import org.nianbao.document.ReportDocuments;
import org.nianbao.extract.ReportParser;
import org.nianbao.index.FileOutcome;
import org.nianbao.index.IndexSummary;
import org.nianbao.index.ProgressListener;
import org.nianbao.index.ReportIndexer;
import org.nianbao.json.ReportJson;
import org.nianbao.model.Applicant;
import org.nianbao.model.CellRef;
import org.nianbao.model.CheckedReport;
import org.nianbao.model.Flag;
import org.nianbao.model.RequestRow;
import org.nianbao.source.ReportFileReader;

/**
 * The inputs issue 8's fuzzing found, each as a reproducer: no file can stop or poison an index.
 */
class HostileInputsTest {

  private static final ReportPipeline PIPELINE = ReportPipeline.bundled();

  @TempDir Path dir;

  /** A small real-shaped report whose 本年新收 自然人 and fees cells are given. */
  private static String report(String newRequests, String fees) {
    return String.join(
        "\n",
        "淄博市文化和旅游局2023年度政府信息公开工作年度报告",
        "本年度报告中所列数据的统计期限自2023年1月1日起，至2023年12月31日止。",
        "一、总体情况",
        "2023年，淄博市文化和旅游局继续加大政府信息公开工作力度。",
        "二、主动公开政府信息情况",
        "行政事业性收费\t" + fees,
        "三、收到和处理政府信息公开申请情况",
        "一、本年新收政府信息公开申请数量\t" + newRequests + "\t0\t0\t0\t0\t0\t11",
        "");
  }

  private CheckedReport load(String name, String text) throws Exception {
    return PIPELINE
        .load(Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8))
        .checked();
  }

  @Test
  void deeplyNestedHtmlIsOneFilesProblemAndTheRestOfTheFolderIsIndexed() throws IOException {
    Path reports = Files.createDirectories(dir.resolve("reports"));
    for (int i = 0; i < 5; i++) {
      Files.writeString(
          reports.resolve("report" + i + ".txt"),
          report("1" + i, "0").replace("2023", String.valueOf(2015 + i)),
          StandardCharsets.UTF_8);
    }
    Files.writeString(
        reports.resolve("deep.html"),
        "<div>".repeat(6_500) + "x" + "</div>".repeat(6_500),
        StandardCharsets.UTF_8);

    IndexSummary summary;
    try (ReportIndexer indexer = ReportIndexer.open(dir.resolve("index"), PIPELINE)) {
      summary = indexer.index(List.of(reports), ProgressListener.NONE);
    }

    assertAll(
        () ->
            assertEquals(
                5, summary.count(FileOutcome.Status.INDEXED), summary.outcomes().toString()),
        () -> assertEquals(1, summary.failures().size()),
        () ->
            assertTrue(
                summary.failures().get(0).reason().startsWith("not an annual report"),
                summary.failures().toString()),
        () -> assertEquals(5, summary.reportsInIndex()));
  }

  @Test
  void aCellOfAThousandDigitsIsNoNumberIsFlaggedAndTheReportRoundTrips() throws Exception {
    String digits = "9".repeat(1_500);
    CheckedReport checked = load("digits.txt", report(digits, "0"));

    Flag flag =
        checked.flags().stream()
            .filter(
                f ->
                    f.rule().id().equals("R7")
                        && f.cells().contains(CellRef.parse("requests.new.natural_person")))
            .findFirst()
            .orElseThrow(
                () -> new AssertionError("no flag for the unreadable cell: " + checked.flags()));
    String written = ReportJson.write("id", checked);
    String rewritten = ReportJson.write("id", ReportJson.read(written));
    assertAll(
        () ->
            assertNull(
                checked.report().tables().requests().get(RequestRow.NEW, Applicant.NATURAL_PERSON)),
        () ->
            assertEquals(
                11L, checked.report().tables().requests().get(RequestRow.NEW, Applicant.TOTAL)),
        () -> assertTrue(flag.message().contains("requests.new.natural_person"), flag.message()),
        () -> assertEquals(written, rewritten, "what is written can be read back and served again"),
        () -> ReportDocuments.toDocument("id", checked, "digits.txt", "hash"));
  }

  @Test
  void megabytesOfDigitsInACellAreReadInLinearTime() {
    String digits = "1".repeat(2_200_000);
    CheckedReport checked =
        assertTimeoutPreemptively(
            Duration.ofSeconds(25), () -> load("fees.txt", report("5", digits)));
    assertNull(checked.report().tables().active().feesAmount());
  }

  @Test
  void aNumberBeyondLongInTheProseIsNoStatedCount() throws Exception {
    CheckedReport checked =
        load("long.txt", report("5", "0").replace("继续加大", "收到9223372036854775808条申请，继续加大"));

    assertTrue(
        checked.flags().stream().noneMatch(f -> f.rule().id().equals("R5")),
        checked.flags().toString());
  }

  @Test
  void amountsKeepTheirDecimalsExactlyAndAnAmountNoReportHoldsIsFlagged() throws Exception {
    CheckedReport exact = load("exact.txt", report("5", "123456789012.3456"));
    CheckedReport absurd = load("absurd.txt", report("5", "99999999999999999999.99"));

    String json = ReportJson.write("id", exact);
    assertAll(
        () ->
            assertEquals(
                new BigDecimal("123456789012.3456"), exact.report().tables().active().feesAmount()),
        () -> assertTrue(json.contains("\"amount\":123456789012.3456"), json),
        () ->
            assertEquals(
                new BigDecimal("123456789012.3456"),
                ReportJson.read(json).report().tables().active().feesAmount()),
        () -> assertNull(absurd.report().tables().active().feesAmount()),
        () ->
            assertTrue(
                absurd.flags().stream()
                    .anyMatch(f -> f.cells().contains(CellRef.parse("active.fees.amount"))),
                absurd.flags().toString()));
  }

  @Test
  void oneStrayByteIsReadAsOneReplacementCharacterAndGarbageIsStillRejected() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(report("5", "0").getBytes(StandardCharsets.UTF_8));
    bytes.write(0xFF);
    bytes.write("\n".getBytes(StandardCharsets.UTF_8));
    Path stray = Files.write(dir.resolve("stray.txt"), bytes.toByteArray());
    byte[] garbage = new byte[4096];
    new java.util.Random(8).nextBytes(garbage);
    for (int i = 0; i < garbage.length; i++) {
      garbage[i] = (byte) (garbage[i] | 0x80); // high bytes only: no NULs, no ASCII
    }
    Path noise = Files.write(dir.resolve("noise.txt"), garbage);

    LoadedReport loaded = PIPELINE.load(stray);
    assertAll(
        () -> assertEquals(1, loaded.file().replacedBytes()),
        () -> assertEquals("淄博市文化和旅游局", loaded.checked().report().agency()),
        () -> assertThrows(RejectedFileException.class, () -> PIPELINE.load(noise)));
  }

  @Test
  void aFileOverItsTimeIsReportedAsTooSlow() throws IOException {
    ReportPipeline noTime =
        new ReportPipeline(
            new ReportFileReader(),
            ReportParser.bundled(),
            new ConsistencyChecker(),
            Duration.ZERO);
    Path file =
        Files.writeString(dir.resolve("slow.txt"), report("5", "0"), StandardCharsets.UTF_8);

    RejectedFileException e = assertThrows(RejectedFileException.class, () -> noTime.load(file));
    assertTrue(e.reason().startsWith("too slow"), e.reason());
  }
}
