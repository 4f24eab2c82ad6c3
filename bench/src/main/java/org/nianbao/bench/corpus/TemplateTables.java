package org.nianbao.bench.corpus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The three tables of the national template (国办公开办函〔2021〕30号) and of its 2019 predecessor as grids,
 * with the template's row and column labels and the merged cells as empty strings, shaped as in the
 * seed reports.
 */
final class TemplateTables {

  private TemplateTables() {}

  private static final String[] DENIED = {
    "1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
    "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项"
  };
  private static final String[] UNABLE = {"1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确"};
  private static final String[] REJECTED = {
    "1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请", "5.要求行政机关确认或重新出具已获取信息"
  };
  private static final String[] OTHER = {
    "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他"
  };

  static List<List<String>> active(ReportCounts c, boolean template2019) {
    List<List<String>> g = new ArrayList<>();
    g.add(List.of("第二十条第（一）项"));
    if (template2019) {
      g.add(List.of("信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"));
      g.add(row("规章", c.rules[0], c.rules[0], c.rules[2]));
      g.add(row("规范性文件", c.normativeDocs[0], c.normativeDocs[0], c.normativeDocs[2]));
      g.add(List.of("第二十条第（五）项"));
      g.add(List.of("信息内容", "上一年项目数量", "本年增/减", "处理决定数量"));
      g.add(row("行政许可", c.licensing / 10 + 3, 0, c.licensing));
      g.add(List.of("第二十条第（六）项"));
      g.add(List.of("信息内容", "上一年项目数量", "本年增/减", "处理决定数量"));
      g.add(row("行政处罚", c.penalty / 10 + 5, 0, c.penalty));
      g.add(row("行政强制", c.coercion / 10 + 1, 0, c.coercion));
    } else {
      g.add(List.of("信息内容", "本年制发件数", "本年废止件数", "现行有效件数"));
      g.add(row("规章", c.rules[0], c.rules[1], c.rules[2]));
      g.add(row("行政规范性文件", c.normativeDocs[0], c.normativeDocs[1], c.normativeDocs[2]));
      g.add(List.of("第二十条第（五）项"));
      g.add(List.of("信息内容", "本年处理决定数量"));
      g.add(row("行政许可", c.licensing));
      g.add(List.of("第二十条第（六）项"));
      g.add(List.of("信息内容", "本年处理决定数量"));
      g.add(row("行政处罚", c.penalty));
      g.add(row("行政强制", c.coercion));
    }
    g.add(List.of("第二十条第（八）项"));
    g.add(List.of("信息内容", "本年收费金额（单位：万元）"));
    g.add(List.of("行政事业性收费", fee(c.fees)));
    return g;
  }

  static List<List<String>> requests(ReportCounts c, boolean template2019) {
    List<List<String>> g = new ArrayList<>();
    g.add(List.of("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况"));
    g.add(List.of("", "自然人", "法人或其他组织", "总计"));
    g.add(List.of("", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""));
    g.add(row("一、本年新收政府信息公开申请数量", c.newRequests));
    g.add(row("二、上年结转政府信息公开申请数量", c.carriedOver));
    g.add(row(List.of("三、本年度办理结果", "（一）予以公开"), c.outcomes[0]));
    g.add(row(List.of("", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"), c.outcomes[1]));
    int o = 2;
    o = group(g, "（三）不予公开", DENIED, c, o);
    o = group(g, "（四）无法提供", UNABLE, c, o);
    o = group(g, "（五）不予处理", REJECTED, c, o);
    if (template2019) {
      // The 2019 template has one undivided 其他处理 row.
      long[] sum = new long[ReportCounts.COLUMNS];
      for (int r = o; r < o + 3; r++) {
        for (int col = 0; col < sum.length; col++) {
          sum[col] += c.outcomes[r][col];
        }
      }
      g.add(row(List.of("", "（六）其他处理"), sum));
    } else {
      group(g, "（六）其他处理", OTHER, c, o);
    }
    g.add(row(List.of("", "（七）总计"), c.handledTotal));
    g.add(row("四、结转下年度继续办理", c.carriedForward));
    return g;
  }

  static List<List<String>> reviewLitigation(ReportCounts c) {
    List<List<String>> g = new ArrayList<>();
    g.add(List.of("行政复议", "行政诉讼"));
    g.add(List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "复议后起诉"));
    List<String> third = new ArrayList<>(Collections.nCopies(5, ""));
    for (int k = 0; k < 2; k++) {
      third.addAll(List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计"));
    }
    g.add(third);
    List<String> values = new ArrayList<>();
    for (long[] group : c.review) {
      for (long v : group) {
        values.add(Long.toString(v));
      }
    }
    g.add(values);
    return g;
  }

  private static int group(
      List<List<String>> g, String heading, String[] labels, ReportCounts c, int first) {
    for (int i = 0; i < labels.length; i++) {
      g.add(row(List.of("", i == 0 ? heading : "", labels[i]), c.outcomes[first + i]));
    }
    return first + labels.length;
  }

  private static List<String> row(String label, long... values) {
    return row(List.of(label), values);
  }

  private static List<String> row(List<String> labels, long[] values) {
    List<String> row = new ArrayList<>(labels);
    for (long v : values) {
      row.add(Long.toString(v));
    }
    return row;
  }

  static String fee(double amount) {
    return amount == Math.rint(amount)
        ? Long.toString((long) amount)
        : String.format(java.util.Locale.ROOT, "%.1f", amount);
  }
}
