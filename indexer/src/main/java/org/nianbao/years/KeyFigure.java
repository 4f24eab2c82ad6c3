package org.nianbao.years;

import java.util.function.Function;
import org.nianbao.model.ActiveTable;
import org.nianbao.model.AnnualReport;
import org.nianbao.model.Applicant;
import org.nianbao.model.DocumentCounts;
import org.nianbao.model.RequestRow;
import org.nianbao.model.RequestsTable;
import org.nianbao.model.ReviewGroup;
import org.nianbao.model.ReviewLitigationTable;
import org.nianbao.model.ReviewOutcome;

/**
 * The figures a body is followed by across its years (the report page's year-over-year table, the
 * report API's {@code body.years[].figures}): requests received, handled, granted, denied, reviews,
 * lawsuits, and the 主动公开 counts. Each is read from the report's tables (the requests' total
 * column), null when the report does not give it; a figure summed from several cells (denied: the
 * eight 不予公开 rows; litigation: both groups) adds the cells given and is null only when none is.
 */
public enum KeyFigure {
  NEW_REQUESTS("new_requests", "本年新收申请", r -> requests(r, RequestRow.NEW)),
  HANDLED("handled", "办理结果总计", r -> requests(r, RequestRow.HANDLED_TOTAL)),
  GRANTED("granted", "予以公开", r -> requests(r, RequestRow.GRANTED)),
  PARTIAL("partial", "部分公开", r -> requests(r, RequestRow.PARTIAL)),
  DENIED(
      "denied",
      "不予公开",
      r ->
          requests(
              r,
              RequestRow.DENIED_STATE_SECRET,
              RequestRow.DENIED_LAW,
              RequestRow.DENIED_SAFETY,
              RequestRow.DENIED_THIRD_PARTY,
              RequestRow.DENIED_INTERNAL,
              RequestRow.DENIED_PROCESS,
              RequestRow.DENIED_ENFORCEMENT,
              RequestRow.DENIED_QUERY)),
  REVIEWS("reviews", "行政复议", r -> review(r, ReviewGroup.REVIEW)),
  LITIGATION(
      "litigation",
      "行政诉讼",
      r -> review(r, ReviewGroup.LITIGATION_DIRECT, ReviewGroup.LITIGATION_AFTER_REVIEW)),
  RULES_ISSUED(
      "rules_issued", "规章 本年制发", r -> documents(r, ActiveTable::rules, DocumentCounts::issued)),
  RULES_REPEALED(
      "rules_repealed", "规章 本年废止", r -> documents(r, ActiveTable::rules, DocumentCounts::repealed)),
  RULES_IN_FORCE(
      "rules_in_force", "规章 现行有效", r -> documents(r, ActiveTable::rules, DocumentCounts::inForce)),
  NORMATIVE_ISSUED(
      "normative_docs_issued",
      "规范性文件 本年制发",
      r -> documents(r, ActiveTable::normativeDocs, DocumentCounts::issued)),
  NORMATIVE_REPEALED(
      "normative_docs_repealed",
      "规范性文件 本年废止",
      r -> documents(r, ActiveTable::normativeDocs, DocumentCounts::repealed)),
  NORMATIVE_IN_FORCE(
      "normative_docs_in_force",
      "规范性文件 现行有效",
      r -> documents(r, ActiveTable::normativeDocs, DocumentCounts::inForce)),
  LICENSING("licensing", "行政许可决定", r -> active(r, ActiveTable::licensingDecisions)),
  PENALTY("penalty", "行政处罚决定", r -> active(r, ActiveTable::penaltyDecisions)),
  COERCION("coercion", "行政强制决定", r -> active(r, ActiveTable::coercionDecisions));

  private final String key;
  private final String label;
  private final Function<AnnualReport, Long> read;

  KeyFigure(String key, String label, Function<AnnualReport, Long> read) {
    this.key = key;
    this.label = label;
    this.read = read;
  }

  /** The JSON key: new_requests, handled … */
  public String key() {
    return key;
  }

  /** The row label on the report page: 本年新收申请 … */
  public String label() {
    return label;
  }

  /** The figure in {@code report}, or null when the report does not give it. */
  public Long of(AnnualReport report) {
    return read.apply(report);
  }

  /** The total column of the requests table, summed over {@code rows}. */
  private static Long requests(AnnualReport report, RequestRow... rows) {
    RequestsTable table = report.tables().requests();
    Long sum = null;
    for (RequestRow row : table == null ? new RequestRow[0] : rows) {
      sum = plus(sum, table.get(row, Applicant.TOTAL));
    }
    return sum;
  }

  /** The total column of the review and litigation table, summed over {@code groups}. */
  private static Long review(AnnualReport report, ReviewGroup... groups) {
    ReviewLitigationTable table = report.tables().reviewLitigation();
    Long sum = null;
    for (ReviewGroup group : table == null ? new ReviewGroup[0] : groups) {
      sum = plus(sum, table.get(group, ReviewOutcome.TOTAL));
    }
    return sum;
  }

  private static Long documents(
      AnnualReport report,
      Function<ActiveTable, DocumentCounts> row,
      Function<DocumentCounts, Long> column) {
    ActiveTable table = report.tables().active();
    DocumentCounts counts = table == null ? null : row.apply(table);
    return counts == null ? null : column.apply(counts);
  }

  private static Long active(AnnualReport report, Function<ActiveTable, Long> cell) {
    ActiveTable table = report.tables().active();
    return table == null ? null : cell.apply(table);
  }

  private static Long plus(Long sum, Long cell) {
    // Not a conditional expression: with a long operand it would unbox a null sum.
    if (cell == null) {
      return sum;
    }
    return sum == null ? cell : Long.valueOf(sum + cell);
  }
}
