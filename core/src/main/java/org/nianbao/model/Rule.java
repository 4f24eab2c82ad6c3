package org.nianbao.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The consistency rules of report-model.md (勾稽关系), each with its id ({@code R1}, the value the
 * JSON, the index and the URL carry), a short Chinese name and what it asks of a report. The rules
 * themselves are evaluated by the indexer's {@code ConsistencyChecker}.
 */
public enum Rule {
  R1("申请数量收支不平", "每一列：本年新收 + 上年结转 应等于 办理结果总计 + 结转下年度继续办理"),
  R2("办理结果总计不符", "每一列：（七）总计 应等于（一）至（六）各项办理结果之和"),
  R3("申请人总计不符", "每一行：总计 应等于 六类申请人之和"),
  R4("复议诉讼总计不符", "复议、诉讼每一组：总计 应等于 结果维持 + 结果纠正 + 其他结果 + 尚未审结"),
  R5("正文与表格不符", "正文中写明的数字应与表格一致"),
  R6("发布日期异常", "发布日期应在报告年度结束之后、公布期限之前（政府部门次年1月31日，人民政府3月31日；2019年前均为3月31日）"),
  R7("缺少部分或表格", "报告应有六个部分和三张表格");

  private final String shortName;
  private final String explanation;

  Rule(String shortName, String explanation) {
    this.shortName = shortName;
    this.explanation = explanation;
  }

  /** R1 … R7: the value in the JSON, the index and the URL. */
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

  /** The rule with this id; throws for anything else (a stored value that is not a rule is a bug). */
  public static Rule fromId(String id) {
    return find(id).orElseThrow(() -> new IllegalArgumentException("unknown rule: " + id + " (expected R1 to R7)"));
  }
}
