package org.nianbao.check;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nianbao.model.ActiveTable;
import org.nianbao.model.AnnualReport;
import org.nianbao.model.Applicant;
import org.nianbao.model.CountTable;
import org.nianbao.model.DocumentCounts;
import org.nianbao.model.Flag;
import org.nianbao.model.Part;
import org.nianbao.model.Parts;
import org.nianbao.model.RequestRow;
import org.nianbao.model.RequestsTable;
import org.nianbao.model.ReviewGroup;
import org.nianbao.model.ReviewLitigationTable;
import org.nianbao.model.ReviewOutcome;
import org.nianbao.model.Tables;

/**
 * Each rule R1–R7 on small reports built from the model: failing, passing, and never on a null
 * cell.
 */
class ConsistencyCheckerTest {

  private static final ConsistencyChecker CHECKER = new ConsistencyChecker();
  private static final ActiveTable ACTIVE =
      new ActiveTable(
          new DocumentCounts(0L, 0L, 0L), new DocumentCounts(0L, 0L, 0L), 0L, 0L, 0L, null);

  /**
   * A balanced requests table: 5 new + 1 carried over = 5 handled (3 granted, 2 not held) + 1
   * carried forward; all 自然人.
   */
  private static CountTable.Builder<RequestRow, Applicant> balanced() {
    CountTable.Builder<RequestRow, Applicant> b =
        CountTable.builder(RequestRow.class, Applicant.class);
    for (RequestRow row : RequestRow.values()) {
      for (Applicant column : Applicant.values()) {
        b.put(row, column, 0L);
      }
    }
    putPerson(b, RequestRow.NEW, 5);
    putPerson(b, RequestRow.CARRIED_OVER, 1);
    putPerson(b, RequestRow.GRANTED, 3);
    putPerson(b, RequestRow.UNABLE_NOT_HELD, 2);
    putPerson(b, RequestRow.HANDLED_TOTAL, 5);
    putPerson(b, RequestRow.CARRIED_FORWARD, 1);
    return b;
  }

  private static void putPerson(
      CountTable.Builder<RequestRow, Applicant> b, RequestRow row, long n) {
    b.put(row, Applicant.NATURAL_PERSON, n).put(row, Applicant.TOTAL, n);
  }

  private static ReviewLitigationTable review(long... cells) {
    CountTable.Builder<ReviewGroup, ReviewOutcome> b =
        CountTable.builder(ReviewGroup.class, ReviewOutcome.class);
    int i = 0;
    for (ReviewGroup group : ReviewGroup.values()) {
      b.row(group);
      for (ReviewOutcome outcome : ReviewOutcome.values()) {
        b.put(group, outcome, i < cells.length && cells[i] >= 0 ? cells[i] : null);
        i++;
      }
    }
    return new ReviewLitigationTable(b.build());
  }

  private static final ReviewLitigationTable ZERO_REVIEW =
      review(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

  private static Parts allParts(String overview) {
    Map<Part, String> main = new EnumMap<>(Part.class);
    for (Part part : Part.values()) {
      main.put(part, "");
    }
    main.put(Part.OVERVIEW, overview);
    return new Parts(null, main, List.of());
  }

  private static AnnualReport report(
      CountTable.Builder<RequestRow, Applicant> requests,
      ReviewLitigationTable review,
      String overview,
      LocalDate published) {
    return new AnnualReport(
        "XX局2023年政府信息公开工作年度报告",
        "XX局",
        2023,
        published,
        null,
        null,
        null,
        allParts(overview),
        new Tables(ACTIVE, requests == null ? null : new RequestsTable(requests.build()), review));
  }

  private static AnnualReport report(CountTable.Builder<RequestRow, Applicant> requests) {
    return report(requests, ZERO_REVIEW, "", LocalDate.of(2024, 1, 20));
  }

  private static List<Flag> flags(AnnualReport report, String rule) {
    return CHECKER.check(report).stream().filter(f -> f.rule().id().equals(rule)).toList();
  }

  @Test
  void aBalancedCompleteReportHasNoFlags() {
    assertEquals(
        List.of(),
        CHECKER.check(
            report(balanced(), ZERO_REVIEW, "2023年，我局共收到政府信息公开申请5件。", LocalDate.of(2024, 1, 20))));
  }

  @Test
  void r1FlowDoesNotBalance() {
    CountTable.Builder<RequestRow, Applicant> b = balanced();
    putPerson(b, RequestRow.CARRIED_FORWARD, 0); // 5 + 1 ≠ 5 + 0
    List<Flag> r1 = flags(report(b), "R1");
    assertEquals(2, r1.size(), r1::toString);
    String message = r1.get(0).message();
    assertAll(
        () -> assertTrue(message.contains("自然人"), message),
        () ->
            assertTrue(
                message.contains("本年新收 5") && message.contains("上年结转 1") && message.contains("= 6"),
                message),
        () ->
            assertTrue(
                message.contains("总计 5") && message.contains("结转下年度 0") && message.contains("= 5"),
                message),
        () -> assertTrue(r1.get(1).message().contains("「总计」列"), r1.get(1).message()));
  }

  @Test
  void r2OutcomesDoNotAddUp() {
    CountTable.Builder<RequestRow, Applicant> b = balanced();
    putPerson(b, RequestRow.GRANTED, 1);
    putPerson(b, RequestRow.CARRIED_FORWARD, 1);
    List<Flag> r2 = flags(report(b), "R2");
    assertEquals(2, r2.size(), r2::toString);
    String message = r2.get(0).message();
    assertAll(
        () -> assertTrue(message.contains("自然人"), message),
        () -> assertTrue(message.contains("（七）总计为 5"), message),
        () -> assertTrue(message.contains("之和为 3"), message),
        () -> assertTrue(message.contains("予以公开 1") && message.contains("不掌握相关政府信息 2"), message),
        () -> assertEquals(List.of(), flags(report(b), "R1"), "R1 still balances"));
  }

  @Test
  void r3ApplicantsDoNotAddUp() {
    CountTable.Builder<RequestRow, Applicant> b = balanced();
    b.put(RequestRow.NEW, Applicant.TOTAL, 6L);
    List<Flag> r3 = flags(report(b), "R3");
    assertEquals(1, r3.size(), r3::toString);
    String message = r3.get(0).message();
    assertAll(
        () -> assertTrue(message.contains("本年新收政府信息公开申请数量"), message),
        () -> assertTrue(message.contains("总计为 6") && message.contains("之和为 5"), message),
        () -> assertTrue(message.contains("5+0+0+0+0+0"), message));
  }

  @Test
  void r4ReviewTotals() {
    assertAll(
        () ->
            assertEquals(
                List.of(),
                flags(
                    report(
                        balanced(), review(1, 1, 0, 1, 3, 0, 0, 0, 0, 0, 0, 0, 0, 2, 2), "", null),
                    "R4")),
        () -> {
          List<Flag> r4 =
              flags(
                  report(balanced(), review(0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0), "", null),
                  "R4");
          assertEquals(1, r4.size(), r4::toString);
          assertTrue(
              r4.get(0).message().contains("未经复议直接起诉")
                  && r4.get(0).message().contains("总计为 0")
                  && r4.get(0).message().contains("结果维持 1")
                  && r4.get(0).message().contains("= 1"),
              r4.get(0).message());
        });
  }

  @Test
  void aNullCellNeverTriggersR1ToR4() {
    CountTable.Builder<RequestRow, Applicant> b =
        CountTable.builder(RequestRow.class, Applicant.class);
    // Only some cells given, and each rule has one of its terms missing.
    b.put(RequestRow.NEW, Applicant.NATURAL_PERSON, 5L); // carried_over missing → R1 not judged
    b.put(RequestRow.HANDLED_TOTAL, Applicant.NATURAL_PERSON, 0L);
    b.put(RequestRow.CARRIED_FORWARD, Applicant.NATURAL_PERSON, 0L);
    b.put(RequestRow.NEW, Applicant.TOTAL, 9L); // commercial … other_org missing → R3 not judged
    b.row(RequestRow.GRANTED); // outcome rows present but empty → R2 not judged
    ReviewLitigationTable review = review(1, 0, 0, 0, -1, 0, 0, 0, -1, 5, -1, -1, -1, -1, -1);
    AnnualReport r = report(b, review, "", null);
    List<Flag> flags =
        CHECKER.check(r).stream()
            .filter(f -> List.of("R1", "R2", "R3", "R4").contains(f.rule().id()))
            .toList();
    assertEquals(List.of(), flags);
  }

  @Test
  void r5StatedCountAgainstTheTable() {
    assertAll(
        () ->
            assertEquals(
                List.of(),
                flags(report(balanced(), ZERO_REVIEW, "2023年，我局共受理政府信息公开申请件5件。", null), "R5")),
        // new + carried over (5 + 1) is also taken as agreeing
        () ->
            assertEquals(
                List.of(),
                flags(report(balanced(), ZERO_REVIEW, "2023年，我局共受理政府信息公开申请6件。", null), "R5")),
        () -> {
          List<Flag> r5 =
              flags(report(balanced(), ZERO_REVIEW, "2023年，我局收到1条政府信息公开申请，均已答复。", null), "R5");
          assertEquals(1, r5.size(), r5::toString);
          assertTrue(
              r5.get(0).message().contains(" 1 件") && r5.get(0).message().endsWith("为 5"),
              r5.get(0).message());
        },
        () ->
            assertEquals(
                1,
                flags(report(balanced(), ZERO_REVIEW, "2023年我局未收到政府信息公开申请。", null), "R5").size()),
        () ->
            assertEquals(
                List.of(), flags(report(balanced(), ZERO_REVIEW, "受理办理政务热线公单66件。", null), "R5")),
        () ->
            assertEquals(
                List.of(),
                flags(report(null, ZERO_REVIEW, "我局收到1条政府信息公开申请。", null), "R5"),
                "no table, nothing to compare"));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      nullValues = "none",
      textBlock =
          """
      2023-01-11, early
      2023-12-31, early
      2024-01-01, none
      2024-01-12, none
      2024-01-31, none
      2024-02-01, late
      2024-06-30, late
      """)
  void r6PublicationDate(LocalDate published, String expected) {
    List<Flag> r6 = flags(report(balanced(), ZERO_REVIEW, "", published), "R6");
    if (expected == null) {
      assertEquals(List.of(), r6, published.toString());
    } else {
      assertEquals(1, r6.size(), r6::toString);
      String message = r6.get(0).message();
      assertAll(
          () -> assertTrue(message.contains(published.toString()), message),
          () ->
              assertTrue(
                  expected.equals("early")
                      ? message.contains("2023-12-31") && message.contains("早于")
                      : message.contains("2024-01-31") && message.contains("晚于"),
                  message));
    }
  }

  @Test
  void r6NoDateIsFine() {
    assertEquals(List.of(), flags(report(balanced(), ZERO_REVIEW, "", null), "R6"));
  }

  @Test
  void r7NamesEveryMissingPartAndTable() {
    Map<Part, String> main = new EnumMap<>(Part.class);
    main.put(Part.OVERVIEW, "总体。");
    main.put(Part.REQUESTS, "申请。");
    AnnualReport partial =
        new AnnualReport(
            "t",
            "a",
            2023,
            null,
            null,
            null,
            null,
            new Parts(null, main, List.of()),
            new Tables(null, new RequestsTable(balanced().build()), null));
    List<Flag> r7 = flags(partial, "R7");
    assertEquals(1, r7.size(), r7::toString);
    String message = r7.get(0).message();
    assertAll(
        () -> assertTrue(message.contains(Part.ACTIVE.heading()), message),
        () -> assertTrue(message.contains(Part.REVIEW_LITIGATION.heading()), message),
        () -> assertTrue(message.contains(Part.PROBLEMS.heading()), message),
        () -> assertTrue(message.contains(Part.OTHER.heading()), message),
        () ->
            assertTrue(
                !message.contains(Part.OVERVIEW.heading())
                    && !message.contains(Part.REQUESTS.heading()),
                message),
        () -> assertTrue(message.contains("主动公开情况表"), message),
        () -> assertTrue(message.contains("行政复议、行政诉讼情况表"), message),
        () -> assertTrue(!message.contains("收到和处理政府信息公开申请情况表"), message),
        () -> assertEquals(List.of(), flags(report(balanced()), "R7"), "complete report"));
  }

  /**
   * A report of {@code agency} at {@code level} on {@code year}, published on {@code published}.
   */
  private static AnnualReport dated(
      String agency, org.nianbao.model.Level level, int year, LocalDate published) {
    return new AnnualReport(
        agency + year + "年政府信息公开工作年度报告",
        agency,
        year,
        published,
        null,
        level,
        null,
        allParts(""),
        new Tables(ACTIVE, new RequestsTable(balanced().build()), ZERO_REVIEW));
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{0} {1} on {2}, published {3}: late {4}")
  @org.junit.jupiter.params.provider.CsvSource(
      delimiter = '|',
      textBlock =
          """
      某县人民政府     | COUNTY   | 2023 | 2024-03-15 | false
      某县人民政府     | COUNTY   | 2023 | 2024-04-02 | true
      某县教育局       | COUNTY   | 2023 | 2024-01-31 | false
      某县教育局       | COUNTY   | 2023 | 2024-02-15 | true
      某市人民政府办公室 | CITY   | 2023 | 2024-02-15 | true
      某镇人民政府     | TOWNSHIP | 2023 | 2024-03-15 | false
      某县教育局       | COUNTY   | 2015 | 2016-03-20 | false
      某县教育局       | COUNTY   | 2015 | 2016-04-01 | true
      """)
  void r6DeadlineDependsOnTheBodyAndTheRulesOfItsYear(
      String agency, org.nianbao.model.Level level, int year, LocalDate published, boolean late) {
    List<Flag> r6 =
        CHECKER.check(dated(agency, level, year, published)).stream()
            .filter(f -> f.rule() == org.nianbao.model.Rule.R6)
            .toList();
    assertEquals(late ? 1 : 0, r6.size(), r6::toString);
  }

  @Test
  void r6DeadlinesAreConfigurablePerLevel() {
    Deadlines strictTownships =
        Deadlines.national()
            .withLevel(
                org.nianbao.model.Level.TOWNSHIP,
                java.time.MonthDay.of(2, 28),
                java.time.MonthDay.of(2, 28));
    AnnualReport township =
        dated("某镇人民政府", org.nianbao.model.Level.TOWNSHIP, 2023, LocalDate.of(2024, 3, 15));

    List<Flag> r6 =
        new ConsistencyChecker(strictTownships)
            .check(township).stream().filter(f -> f.rule() == org.nianbao.model.Rule.R6).toList();

    assertEquals(1, r6.size(), r6::toString);
    assertTrue(r6.get(0).message().contains("2024-02-28"), r6.get(0).message());
  }
}
