package org.nianbao.model;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The rates evaluators derive from the tables (公开率, 不予公开率, 复议纠错率, 诉讼纠错率), each a quotient of sums
 * of cells. A report's rate exists only when it gives every cell of the formula and the denominator
 * is above 0: a missing cell is missing data, never 0, and 0 / 0 is no rate. A group's rate is
 * given two ways (see the stats package): pooled (the sum of the numerators over the sum of the
 * denominators, the way national statistics compute 公开率) and as the mean and median of its reports'
 * rates (each body counts once).
 */
public enum Rate implements Measure {
  /** 公开率: (予以公开 + 部分公开) / 办理结果总计, all applicants. */
  DISCLOSURE(
      "disclosure",
      "公开率",
      List.of(total(RequestRow.GRANTED), total(RequestRow.PARTIAL)),
      List.of(total(RequestRow.HANDLED_TOTAL)),
      "（予以公开 + 部分公开）÷ 办理结果总计"),
  /** 不予公开率: the eight 不予公开 rows / 办理结果总计. */
  DENIAL(
      "denial",
      "不予公开率",
      Stream.of(RequestRow.values())
          .filter(r -> r.key().startsWith("denied_"))
          .map(Rate::total)
          .toList(),
      List.of(total(RequestRow.HANDLED_TOTAL)),
      "不予公开（8项之和）÷ 办理结果总计"),
  /** 复议纠错率: 行政复议 结果纠正 / 行政复议 总计. */
  REVIEW_CORRECTED(
      "review_corrected",
      "复议纠错率",
      List.of(CellRef.of(ReviewGroup.REVIEW, ReviewOutcome.CORRECTED)),
      List.of(CellRef.of(ReviewGroup.REVIEW, ReviewOutcome.TOTAL)),
      "行政复议 结果纠正 ÷ 行政复议 总计"),
  /** 诉讼纠错率: 结果纠正 / 总计 over both litigation groups (直接起诉 and 复议后起诉). */
  LITIGATION_CORRECTED(
      "litigation_corrected",
      "诉讼纠错率",
      List.of(
          CellRef.of(ReviewGroup.LITIGATION_DIRECT, ReviewOutcome.CORRECTED),
          CellRef.of(ReviewGroup.LITIGATION_AFTER_REVIEW, ReviewOutcome.CORRECTED)),
      List.of(
          CellRef.of(ReviewGroup.LITIGATION_DIRECT, ReviewOutcome.TOTAL),
          CellRef.of(ReviewGroup.LITIGATION_AFTER_REVIEW, ReviewOutcome.TOTAL)),
      "行政诉讼 结果纠正 ÷ 行政诉讼 总计（未经复议直接起诉 + 复议后起诉）");

  /** Every rate's key starts with it: rate.disclosure. */
  public static final String PREFIX = "rate.";

  private final String name;
  private final String label;
  private final List<CellRef> numerator;
  private final List<CellRef> denominator;
  private final String formula;

  Rate(
      String name,
      String label,
      List<CellRef> numerator,
      List<CellRef> denominator,
      String formula) {
    this.name = name;
    this.label = label;
    this.numerator = numerator;
    this.denominator = denominator;
    this.formula = formula;
  }

  @Override
  public String key() {
    return PREFIX + name;
  }

  /** 公开率. */
  @Override
  public String label() {
    return label;
  }

  /** The formula in the template's words: （予以公开 + 部分公开）÷ 办理结果总计. */
  public String formula() {
    return formula;
  }

  /** The cells summed above the line. */
  public List<CellRef> numerator() {
    return numerator;
  }

  /** The cells summed below the line. */
  public List<CellRef> denominator() {
    return denominator;
  }

  /** The rate with this key (rate.disclosure). */
  public static Optional<Rate> find(String key) {
    return Stream.of(values()).filter(rate -> rate.key().equals(key)).findFirst();
  }

  /** rate.disclosure, rate.denial, … */
  public static List<String> keys() {
    return Stream.of(values()).map(Rate::key).toList();
  }

  private static CellRef total(RequestRow row) {
    return CellRef.of(row, Applicant.TOTAL);
  }
}
