package org.nianbao.model;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The consistency rules of report-model.md (勾稽关系), each with its id ({@code R1}, the value the
 * JSON, the index and the URL carry), a short Chinese name and what it asks of a report. R1–R7
 * judge one report and are evaluated by the indexer's {@code ConsistencyChecker}; R8–R11 ({@link
 * #checkedWhenIndexed()}) need the index (the same body's report of the year before, or a date to
 * hold against the deadline) and are evaluated by the indexer's {@code CrossYearPass} after each
 * indexing run, so {@code parse} and {@code check} never report them.
 */
public enum Rule {
  R1("申请数量收支不平", "每一列：本年新收 + 上年结转 应等于 办理结果总计 + 结转下年度继续办理"),
  R2("办理结果总计不符", "每一列：（七）总计 应等于（一）至（六）各项办理结果之和"),
  R3("申请人总计不符", "每一行：总计 应等于 六类申请人之和"),
  R4("复议诉讼总计不符", "复议、诉讼每一组：总计 应等于 结果维持 + 结果纠正 + 其他结果 + 尚未审结"),
  R5("正文与表格不符", "正文中写明的数字应与表格一致"),
  R6("发布日期异常", "发布日期应在报告年度结束之后、公布期限之前（政府部门次年1月31日，人民政府3月31日；2019年前均为3月31日）"),
  R7("缺少部分或表格", "报告应有六个部分和三张表格"),
  R8("上年结转与上年报告不符", "每一列：本年「上年结转」应等于同一机关上一年度报告的「结转下年度继续办理」"),
  R9("现行有效件数不衔接（提示）", "提示，不一定是错误：规章、行政规范性文件的现行有效件数一般应等于上年报告的现行有效件数 + 本年制发 − 本年废止；" + "各机关对修订的计法不同"),
  R10("与上年报告大量重复", "本报告自己写的句子（模板套话除外，年份不计）有一半以上与同一机关上一年度报告相同"),
  R11("未印发布日期", "报告应印有落款日期或发布时间，才能核对是否按期公布");

  /** The rules the index evaluates, since they need more than the report itself. */
  private static final Set<Rule> WHEN_INDEXED = EnumSet.of(R8, R9, R10, R11);

  private final String shortName;
  private final String explanation;

  Rule(String shortName, String explanation) {
    this.shortName = shortName;
    this.explanation = explanation;
  }

  /** R1 … R11: the value in the JSON, the index and the URL. */
  public String id() {
    return name();
  }

  /** A few Chinese words naming what is wrong, for chips and lists: 申请数量收支不平. */
  public String shortName() {
    return shortName;
  }

  /** How a reader names it: the id and the short name, R1 申请数量收支不平. */
  public String label() {
    return id() + " " + shortName;
  }

  /** What the rule asks of a report, for a tooltip. */
  public String explanation() {
    return explanation;
  }

  /**
   * R8–R11: evaluated when the report is in an index ({@code CrossYearPass}), not by the per-report
   * checker: R8–R10 against the same body's report of the year before, R11 on every indexed report.
   */
  public boolean checkedWhenIndexed() {
    return WHEN_INDEXED.contains(this);
  }

  /** R9 only: a hint worth checking, not a rule a correct report must satisfy. */
  public boolean isWarning() {
    return this == R9;
  }

  /** The rule with this id, as written by {@link #id()} (r1 is read as R1, as a user types it). */
  public static Optional<Rule> find(String id) {
    if (id == null) {
      return Optional.empty();
    }
    String wanted = id.strip().toUpperCase(Locale.ROOT);
    for (Rule rule : values()) {
      if (rule.id().equals(wanted)) {
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }

  /**
   * The rule with this id; throws for anything else (a stored value that is not a rule is a bug).
   */
  public static Rule fromId(String id) {
    return find(id)
        .orElseThrow(
            () -> new IllegalArgumentException("unknown rule: " + id + " (expected R1 to R11)"));
  }
}
