package org.nianbao.extract;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.model.ReviewGroup;
import org.nianbao.model.ReviewLitigationTable;
import org.nianbao.model.ReviewOutcome;

/** The 行政复议、行政诉讼 table: fifteen numbers under a header, in template order. */
class ReviewTableParserTest {

  private static final String HEADER =
      String.join(
          "\n",
          "行政复议\t\t\t\t\t行政诉讼",
          "结果 维持\t结果 纠正\t其他 结果\t尚未 审结\t总 计\t未经复议直接起诉\t\t\t\t\t复议后起诉",
          "\t\t\t\t\t结果 维持\t结果 纠正\t其他 结果\t尚未 审结\t总 计\t结果 维持\t结果 纠正\t其他 结果\t尚未 审结\t总 计",
          "");

  private static List<Long> cells(ReviewLitigationTable t) {
    List<Long> out = new ArrayList<>();
    for (ReviewGroup group : ReviewGroup.values()) {
      for (ReviewOutcome outcome : ReviewOutcome.values()) {
        out.add(t.get(group, outcome));
      }
    }
    return out;
  }

  @Test
  void fifteenNumbersInOneTabRow() {
    ReviewLitigationTable t =
        ReviewTableParser.parse(
            TableRows.read(HEADER + "1\t0\t0\t1\t2\t0\t1\t0\t0\t1\t0\t0\t0\t0\t0\n"), false);
    assertAll(
        () ->
            assertEquals(
                List.of(1L, 0L, 0L, 1L, 2L, 0L, 1L, 0L, 0L, 1L, 0L, 0L, 0L, 0L, 0L), cells(t)),
        () -> assertEquals(2L, t.get(ReviewGroup.REVIEW, ReviewOutcome.TOTAL)),
        () -> assertEquals(1L, t.get(ReviewGroup.LITIGATION_DIRECT, ReviewOutcome.CORRECTED)));
  }

  @Test
  void fifteenDocxCellsAndARowWrappedOverTwoLines() {
    StringBuilder docx = new StringBuilder("\t行政复议\n\t行政诉讼\n\n");
    for (int i = 0; i < 15; i++) {
      docx.append('\t').append(i % 5 == 4 ? "1" : i == 0 ? "1" : "0").append('\n');
    }
    ReviewLitigationTable t = ReviewTableParser.parse(TableRows.read(docx.toString()), false);
    assertEquals(List.of(1L, 0L, 0L, 0L, 1L, 0L, 0L, 0L, 0L, 1L, 0L, 0L, 0L, 0L, 1L), cells(t));

    ReviewLitigationTable wrapped =
        ReviewTableParser.parse(TableRows.read(HEADER + "0 0 0 0 0 0 0 0\n0 0 0 0 0 0 3\n"), false);
    assertEquals(3L, wrapped.get(ReviewGroup.LITIGATION_AFTER_REVIEW, ReviewOutcome.TOTAL));
  }

  @Test
  void outsideItsPartOnlyNumbersAfterTheHeaderCount() {
    String text =
        "规章\t0\t0\t0\n\t5\t5\t5\n" + HEADER + "0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\n";
    ReviewLitigationTable t = ReviewTableParser.parse(TableRows.read(text), true);
    assertEquals(List.of(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L), cells(t));
  }

  @Test
  void fewerNumbersLeaveTheLastCellsNull() {
    ReviewLitigationTable t =
        ReviewTableParser.parse(TableRows.read(HEADER + "0\t0\t0\t0\t0\n"), false);
    assertAll(
        () -> assertEquals(0L, t.get(ReviewGroup.REVIEW, ReviewOutcome.TOTAL)),
        () -> assertNull(t.get(ReviewGroup.LITIGATION_DIRECT, ReviewOutcome.UPHELD)),
        () -> assertNull(t.get(ReviewGroup.LITIGATION_AFTER_REVIEW, ReviewOutcome.TOTAL)));
  }

  @Test
  void noNumbersNoTable() {
    assertNull(ReviewTableParser.parse(TableRows.read(HEADER), false));
  }
}
