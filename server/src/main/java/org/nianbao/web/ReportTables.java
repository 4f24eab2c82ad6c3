package org.nianbao.web;

import static org.nianbao.web.Html.escape;

import java.math.BigDecimal;
import org.nianbao.model.ActiveTable;
import org.nianbao.model.Applicant;
import org.nianbao.model.DocumentCounts;
import org.nianbao.model.RequestRow;
import org.nianbao.model.RequestsTable;
import org.nianbao.model.ReviewGroup;
import org.nianbao.model.ReviewLitigationTable;
import org.nianbao.model.ReviewOutcome;

/**
 * The three tables of the national template as HTML tables with the template's row and column
 * labels. A cell the report does not give shows "—" (distinct from 0); a cell involved in a
 * violated rule has class {@code violated} and the reason in its title.
 */
final class ReportTables {

  private static final String NOT_GIVEN = "<td class=\"num na\" title=\"报告未给出此项\">—</td>";

  private ReportTables() {}

  static String active(ActiveTable t) {
    StringBuilder out = new StringBuilder("<div class=\"table-wrap\"><table class=\"report-table active-table\">");
    out.append("<caption>主动公开政府信息情况</caption>");
    out.append("<thead><tr><th colspan=\"4\" class=\"section\">第二十条第（一）项</th></tr>")
        .append("<tr><th>信息内容</th><th>本年制发件数</th><th>本年废止件数</th><th>现行有效件数</th></tr></thead><tbody>");
    documentRow(out, "规章", t.rules());
    documentRow(out, "行政规范性文件", t.normativeDocs());
    out.append("<tr><th colspan=\"4\" class=\"section\">第二十条第（五）项</th></tr>")
        .append("<tr><th>信息内容</th><th colspan=\"3\">本年处理决定数量</th></tr>");
    singleRow(out, "行政许可", number(t.licensingDecisions()));
    out.append("<tr><th colspan=\"4\" class=\"section\">第二十条第（六）项</th></tr>")
        .append("<tr><th>信息内容</th><th colspan=\"3\">本年处理决定数量</th></tr>");
    singleRow(out, "行政处罚", number(t.penaltyDecisions()));
    singleRow(out, "行政强制", number(t.coercionDecisions()));
    out.append("<tr><th colspan=\"4\" class=\"section\">第二十条第（八）项</th></tr>")
        .append("<tr><th>信息内容</th><th colspan=\"3\">本年收费金额（单位：万元）</th></tr>");
    singleRow(out, "行政事业性收费", amount(t.feesAmount()));
    return out.append("</tbody></table></div>").toString();
  }

  private static void documentRow(StringBuilder out, String label, DocumentCounts counts) {
    out.append("<tr><th scope=\"row\">").append(label).append("</th>");
    out.append(number(counts == null ? null : counts.issued()));
    out.append(number(counts == null ? null : counts.repealed()));
    out.append(number(counts == null ? null : counts.inForce()));
    out.append("</tr>");
  }

  private static void singleRow(StringBuilder out, String label, String cell) {
    out.append("<tr><th scope=\"row\">").append(label).append("</th>")
        .append(cell.replaceFirst("<td", "<td colspan=\"3\"")).append("</tr>");
  }

  static String requests(RequestsTable t, ViolatedCells violated) {
    StringBuilder out = new StringBuilder("<div class=\"table-wrap\"><table class=\"report-table requests-table\">");
    out.append("<caption>收到和处理政府信息公开申请情况</caption><thead>");
    out.append("<tr><th colspan=\"3\" rowspan=\"3\" class=\"corner\">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</th>")
        .append("<th colspan=\"7\">申请人情况</th></tr>");
    out.append("<tr><th rowspan=\"2\">").append(Applicant.NATURAL_PERSON.label()).append("</th>")
        .append("<th colspan=\"5\">法人或其他组织</th><th rowspan=\"2\">").append(Applicant.TOTAL.label()).append("</th></tr>");
    out.append("<tr>");
    for (Applicant a : Applicant.KINDS.subList(1, Applicant.KINDS.size())) {
      out.append("<th>").append(a.label()).append("</th>");
    }
    out.append("</tr></thead><tbody>");
    int outcomeRows = (int) java.util.Arrays.stream(RequestRow.values())
        .filter(r -> r.isOutcome() || r == RequestRow.HANDLED_TOTAL).count();
    String previousGroup = null;
    for (RequestRow row : RequestRow.values()) {
      out.append("<tr data-row=\"").append(row.key()).append("\">");
      boolean inOutcomes = row.isOutcome() || row == RequestRow.HANDLED_TOTAL;
      if (!inOutcomes) {
        out.append("<th colspan=\"3\" scope=\"row\" class=\"row-label\">").append(escape(row.label())).append("</th>");
      } else {
        if (row == RequestRow.GRANTED) {
          out.append("<th rowspan=\"").append(outcomeRows).append("\" class=\"row-group\">三、本年度办理结果</th>");
        }
        String label = row.label();
        int space = label.indexOf(' ');
        if (space < 0) {
          out.append("<th colspan=\"2\" scope=\"row\" class=\"row-label\">").append(escape(label)).append("</th>");
          previousGroup = null;
        } else {
          String group = label.substring(0, space);
          if (!group.equals(previousGroup)) {
            out.append("<th rowspan=\"").append(groupSize(group)).append("\" class=\"row-group\">").append(escape(group)).append("</th>");
            previousGroup = group;
          }
          out.append("<th scope=\"row\" class=\"row-label\">").append(escape(label.substring(space + 1))).append("</th>");
        }
      }
      for (Applicant column : Applicant.values()) {
        out.append(cell(t.get(row, column), violated.reason("requests", row.key(), column.key()),
            column == Applicant.TOTAL ? "total" : null));
      }
      out.append("</tr>");
    }
    return out.append("</tbody></table></div>").toString();
  }

  private static int groupSize(String group) {
    int n = 0;
    for (RequestRow row : RequestRow.values()) {
      if (row.label().startsWith(group + " ")) {
        n++;
      }
    }
    return n;
  }

  static String reviewLitigation(ReviewLitigationTable t, ViolatedCells violated) {
    StringBuilder out = new StringBuilder("<div class=\"table-wrap\"><table class=\"report-table review-table\">");
    out.append("<caption>政府信息公开行政复议、行政诉讼情况</caption><thead>");
    int outcomes = ReviewOutcome.values().length;
    out.append("<tr><th colspan=\"").append(outcomes).append("\" rowspan=\"2\">").append(ReviewGroup.REVIEW.label()).append("</th>")
        .append("<th colspan=\"").append(outcomes * 2).append("\">行政诉讼</th></tr><tr>");
    for (ReviewGroup group : new ReviewGroup[] {ReviewGroup.LITIGATION_DIRECT, ReviewGroup.LITIGATION_AFTER_REVIEW}) {
      String label = group.label();
      out.append("<th colspan=\"").append(outcomes).append("\">").append(escape(label.substring(label.indexOf(' ') + 1))).append("</th>");
    }
    out.append("</tr><tr>");
    for (int g = 0; g < ReviewGroup.values().length; g++) {
      for (ReviewOutcome outcome : ReviewOutcome.values()) {
        out.append("<th>").append(outcome.label()).append("</th>");
      }
    }
    out.append("</tr></thead><tbody><tr>");
    for (ReviewGroup group : ReviewGroup.values()) {
      for (ReviewOutcome outcome : ReviewOutcome.values()) {
        out.append(cell(t.get(group, outcome), violated.reason("review_litigation", group.key(), outcome.key()),
            outcome == ReviewOutcome.TOTAL ? "total" : null));
      }
    }
    return out.append("</tr></tbody></table></div>").toString();
  }

  private static String cell(Long value, String violation, String extraClass) {
    if (value == null && violation == null) {
      return extraClass == null ? NOT_GIVEN : NOT_GIVEN.replace("num na", "num na " + extraClass);
    }
    StringBuilder out = new StringBuilder("<td class=\"num");
    if (value == null) {
      out.append(" na");
    }
    if (extraClass != null) {
      out.append(' ').append(extraClass);
    }
    if (violation != null) {
      out.append(" violated\" title=\"").append(escape(violation));
    }
    out.append("\">").append(value == null ? "—" : value.toString());
    if (violation != null) {
      out.append("<span class=\"vmark\" aria-label=\"勾稽关系不符\">!</span>");
    }
    return out.append("</td>").toString();
  }

  private static String number(Long value) {
    return value == null ? NOT_GIVEN : "<td class=\"num\">" + value + "</td>";
  }

  private static String amount(BigDecimal value) {
    return value == null ? NOT_GIVEN : "<td class=\"num\">" + escape(value.toPlainString()) + "</td>";
  }
}
