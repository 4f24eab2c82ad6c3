package org.nianbao.years;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nianbao.extract.ReportParser;
import org.nianbao.identity.BodyKey;
import org.nianbao.model.AnnualReport;
import org.nianbao.model.Applicant;
import org.nianbao.model.CountTable;
import org.nianbao.model.Parts;
import org.nianbao.model.RequestRow;
import org.nianbao.model.RequestsTable;
import org.nianbao.model.Tables;
import org.nianbao.pipeline.ReportPipeline;

/** An agency across years, on the real 洪泽区 reports of 2023 and 2024 and on a copied text. */
class CrossYearCheckerTest {

  private static final Path PDFS = Path.of("..", "corpus", "dev", "pdf");
  private static AnnualReport hongze2023;
  private static AnnualReport hongze2024;

  @BeforeAll
  static void load() throws Exception {
    ReportPipeline pipeline = ReportPipeline.bundled();
    hongze2023 = pipeline.load(PDFS.resolve("hongze-2023.pdf")).checked().report();
    hongze2024 = pipeline.load(PDFS.resolve("hongze-2024.pdf")).checked().report();
  }

  @Test
  void theTwoHongzeReportsAreOneBodysTwoYears() {
    assertEquals(BodyKey.of(hongze2023), BodyKey.of(hongze2024));
    assertTrue(BodyKey.of(hongze2023).isPresent());
    assertEquals(List.of(2023, 2024), List.of(hongze2023.year(), hongze2024.year()));
  }

  @Test
  void theCarriedOverAndInForceChecksHoldBetweenThem() {
    // 2023 carries 0 forward in every column, 2024 carries 0 over; 2023's 5 normative documents in
    // force + 3 made − 0 repealed = 2024's 8. Their prose is their own.
    assertEquals(List.of(), new CrossYearChecker().check(hongze2024, hongze2023));
  }

  @Test
  void aCarriedOverThatIsNotLastYearsCarriedForwardIsFoundWithItsNumbers() {
    AnnualReport changed = withCarriedOver(hongze2024, Applicant.NATURAL_PERSON, 2L);

    List<CrossYearFinding> findings = new CrossYearChecker().check(changed, hongze2023);

    assertEquals(1, findings.size(), findings.toString());
    CrossYearFinding finding = findings.get(0);
    assertAll(
        () -> assertEquals(CrossYearFinding.Kind.CARRIED_OVER, finding.kind()),
        () -> assertEquals(List.of("requests.carried_over.natural_person"), finding.cells()),
        () -> assertEquals("申请情况表「自然人」列：本年上年结转 2，但 2023 年报告的结转下年度为 0", finding.message()));
  }

  @Test
  void aReportCopiedFromLastYearIsFoundWithTheShareOfRepeatedSentences() throws Exception {
    String body =
        String.join(
            "\n",
            "一、总体情况",
            "2022年，我局坚持以习近平新时代中国特色社会主义思想为指导，全面推进政务公开工作。",
            "我局严格落实信息发布审核制度，确保发布信息准确规范。",
            "通过门户网站和政务新媒体主动公开各类政府信息，及时回应社会关切。",
            "加强政府信息公开平台建设，完善政府信息公开专栏。",
            "组织开展政务公开业务培训，提升工作人员业务能力。",
            "二、主动公开政府信息情况");
    String lastText =
        "某县水利局2022年政府信息公开工作年度报告\n"
            + body
            + "\n三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量\t3\t0\t0\t0\t0\t0\t3\n";
    // The next year: four of the five sentences again with only the year moved on, one new one.
    String thisText =
        "某县水利局2023年政府信息公开工作年度报告\n"
            + body.replace("2022年", "2023年")
                .replace("组织开展政务公开业务培训，提升工作人员业务能力。", "新建成水利工程信息公开数据库，公开工程项目四十二个。")
            + "\n三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量\t3\t0\t0\t0\t0\t0\t3\n";
    AnnualReport last = ReportParser.bundled().parse(lastText);
    AnnualReport now = ReportParser.bundled().parse(thisText);

    TextReuse reuse = TextReuse.between(now, last);
    List<CrossYearFinding> findings = new CrossYearChecker().check(now, last);

    assertAll(
        () -> assertEquals(5, reuse.sentences()),
        () -> assertEquals(4, reuse.reused().size()),
        () -> assertEquals(0.8, reuse.share(), 1e-9),
        () -> assertEquals(1, findings.size(), findings.toString()),
        () -> assertEquals(CrossYearFinding.Kind.REUSED_TEXT, findings.get(0).kind()),
        () ->
            assertEquals(
                "与 2022 年报告相同的句子占 80%（4/5 句）；表格中 2 个非零数字与上年相同", findings.get(0).message()));
  }

  @Test
  void aCopyPrintedWithOtherLineBreaksIsStillACopy() {
    // As a PDF gives it: the printed lines wrap inside sentences, elsewhere each year.
    String lastYear = "2022年，我局严格落实信息发布审核制度，确保\n发布信息准确规范。通过门户网站主动公开各类政府\n信息，及时回应社会关切。";
    String thisYear = "2023年，我局严格落实信息发布\n审核制度，确保发布信息准确规范。通过门户网站主动公开\n各类政府信息，及时回应社会关切。";

    List<TextReuse.Span> spans = TextReuse.spans(thisYear);

    assertAll(
        () -> assertEquals(2, spans.size()),
        () -> assertEquals("2023年，我局严格落实信息发布\n审核制度，确保发布信息准确规范。", spans.get(0).sentence()),
        () ->
            assertEquals(
                spans.get(1).sentence(),
                thisYear.substring(spans.get(1).start(), spans.get(1).end())),
        () ->
            assertEquals(
                List.of(spans.get(0).sentence(), spans.get(1).sentence()),
                TextReuse.between(
                        withOverview(hongze2024, thisYear), withOverview(hongze2023, lastYear))
                    .reused()));
  }

  private static AnnualReport withOverview(AnnualReport report, String overview) {
    Parts parts =
        new Parts(null, java.util.Map.of(org.nianbao.model.Part.OVERVIEW, overview), List.of());
    return new AnnualReport(
        report.title(),
        report.agency(),
        report.year(),
        report.published(),
        report.region(),
        report.level(),
        report.sector(),
        parts,
        report.tables(),
        report.format(),
        report.provenance());
  }

  private static AnnualReport withCarriedOver(AnnualReport report, Applicant column, long value) {
    CountTable.Builder<RequestRow, Applicant> cells =
        CountTable.builder(RequestRow.class, Applicant.class);
    RequestsTable requests = report.tables().requests();
    for (RequestRow row : RequestRow.values()) {
      for (Applicant applicant : Applicant.values()) {
        Long cell =
            row == RequestRow.CARRIED_OVER && applicant == column
                ? Long.valueOf(value)
                : requests.get(row, applicant);
        cells.put(row, applicant, cell);
      }
      if (requests.cells().hasRow(row)) {
        cells.row(row);
      }
    }
    Tables tables =
        new Tables(
            report.tables().active(),
            new RequestsTable(cells.build()),
            report.tables().reviewLitigation(),
            report.tables().unreadableCells());
    return new AnnualReport(
        report.title(),
        report.agency(),
        report.year(),
        report.published(),
        report.region(),
        report.level(),
        report.sector(),
        report.parts(),
        tables,
        report.format(),
        report.provenance());
  }
}
