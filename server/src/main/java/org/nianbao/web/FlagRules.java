package org.nianbao.web;

import java.util.Map;

/** Short Chinese names and explanations of the consistency rules R1–R7 (report-model.md). */
final class FlagRules {

  private record Rule(String shortName, String explanation) {}

  private static final Map<String, Rule> RULES = Map.of(
      "R1", new Rule("申请数量收支不平", "每一列：本年新收 + 上年结转 应等于 办理结果总计 + 结转下年度继续办理"),
      "R2", new Rule("办理结果总计不符", "每一列：（七）总计 应等于（一）至（六）各项办理结果之和"),
      "R3", new Rule("申请人总计不符", "每一行：总计 应等于 六类申请人之和"),
      "R4", new Rule("复议诉讼总计不符", "复议、诉讼每一组：总计 应等于 结果维持 + 结果纠正 + 其他结果 + 尚未审结"),
      "R5", new Rule("正文与表格不符", "正文中写明的数字应与表格一致"),
      "R6", new Rule("发布日期异常", "发布日期应在报告年度结束之后（法定期限为次年1月31日）"),
      "R7", new Rule("缺少部分或表格", "报告应有六个部分和三张表格"));

  private FlagRules() {}

  static boolean isRule(String id) {
    return RULES.containsKey(id);
  }

  static String shortName(String id) {
    Rule rule = RULES.get(id);
    return rule == null ? "" : rule.shortName();
  }

  static String explanation(String id) {
    Rule rule = RULES.get(id);
    return rule == null ? "" : rule.explanation();
  }
}
