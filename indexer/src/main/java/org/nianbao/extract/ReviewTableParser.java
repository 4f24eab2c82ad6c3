package org.nianbao.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.nianbao.model.CellRef;
import org.nianbao.model.CountTable;
import org.nianbao.model.ReviewGroup;
import org.nianbao.model.ReviewLitigationTable;
import org.nianbao.model.ReviewOutcome;

/**
 * The 行政复议、行政诉讼 table: a header of labels over one row of fifteen numbers, in the template's order
 * (复议, 直接起诉, 复议后起诉; each 维持, 纠正, 其他, 尚未审结, 总计). Numbers are taken from the rows that have them, in
 * order, so a data row wrapped over two lines still reads right.
 */
final class ReviewTableParser {

  private static final int CELLS = ReviewGroup.values().length * ReviewOutcome.values().length;

  /**
   * The header's last cell, which text copied from a page sets on the line before the numbers (… /
   * 尚未审结 / 总计 / 0 / 0 …): the numbers are still the unlabelled data row.
   */
  private static final java.util.regex.Pattern LAST_HEADER_CELL =
      java.util.regex.Pattern.compile("总计|尚未审结|其他结果");

  private ReviewTableParser() {}

  /**
   * The table, or null when it has no numbers. Within the review part every unlabelled number
   * belongs to it; elsewhere ({@code requireHeader}) only numbers after a 行政复议 header do.
   */
  static ReviewLitigationTable parse(List<TableRow> rows, boolean requireHeader) {
    return parse(rows, requireHeader, new ArrayList<>());
  }

  /** The same, adding to {@code unreadable} the cells that held no readable number. */
  static ReviewLitigationTable parse(
      List<TableRow> rows, boolean requireHeader, List<CellRef> unreadable) {
    boolean headerSeen = !requireHeader;
    List<BigDecimal> numbers = new ArrayList<>();
    java.util.Set<Integer> unreadableAt = new java.util.HashSet<>();
    for (TableRow row : rows) {
      if (row.label().contains("行政复议") || row.label().contains("行政诉讼")) {
        headerSeen = true;
      }
      if (headerSeen
          && row.hasValues()
          && (row.label().isEmpty() || LAST_HEADER_CELL.matcher(row.label()).matches())) {
        for (int i = 0; i < row.values().size(); i++) {
          if (row.isUnreadable(i)) {
            unreadableAt.add(numbers.size() + i);
          }
        }
        numbers.addAll(row.values());
      }
      if (numbers.size() >= CELLS) {
        break;
      }
    }
    if (numbers.isEmpty()) {
      return null;
    }
    CountTable.Builder<ReviewGroup, ReviewOutcome> table =
        CountTable.builder(ReviewGroup.class, ReviewOutcome.class);
    int i = 0;
    for (ReviewGroup group : ReviewGroup.values()) {
      table.row(group);
      for (ReviewOutcome outcome : ReviewOutcome.values()) {
        BigDecimal value = i < numbers.size() ? numbers.get(i) : null;
        table.put(group, outcome, value == null ? null : value.longValue());
        if (unreadableAt.contains(i)) {
          unreadable.add(CellRef.of(group, outcome));
        }
        i++;
      }
    }
    return new ReviewLitigationTable(table.build());
  }
}
