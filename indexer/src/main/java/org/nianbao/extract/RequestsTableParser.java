package org.nianbao.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.nianbao.model.Applicant;
import org.nianbao.model.CellRef;
import org.nianbao.model.CountTable;
import org.nianbao.model.RequestRow;
import org.nianbao.model.RequestsTable;

/**
 * The 收到和处理政府信息公开申请 table. Rows are recognised by their label, not their position: the layouts
 * merge, split and repeat label cells (三、本年度办理结果 spans rows; 聊城's PDF prints a stray "三、" with
 * numbers). Numbers fill the columns left to right from 自然人 to 总计; a row with fewer numbers leaves
 * the trailing cells null (聊城's 结转下年度 row gives six of seven).
 */
final class RequestsTableParser {

  /** Label fragments, most specific first: the first that the label contains names the row. */
  private static final List<LabelRule> RULES =
      List.of(
          new LabelRule(RequestRow.NEW, "本年新收"),
          new LabelRule(RequestRow.CARRIED_FORWARD, "结转下年"),
          new LabelRule(RequestRow.CARRIED_OVER, "上年结转"),
          new LabelRule(RequestRow.PARTIAL, "部分公开"),
          new LabelRule(RequestRow.GRANTED, "予以公开"),
          new LabelRule(RequestRow.DENIED_STATE_SECRET, "国家秘密"),
          new LabelRule(RequestRow.DENIED_LAW, "禁止公开"),
          // 洪泽区's PDFs print 2.其他法律行政止公开: the row is named by 法律行政 as well.
          new LabelRule(RequestRow.DENIED_LAW, "法律行政"),
          new LabelRule(RequestRow.DENIED_SAFETY, "三安全一稳定"),
          new LabelRule(RequestRow.DENIED_THIRD_PARTY, "第三方"),
          new LabelRule(RequestRow.DENIED_INTERNAL, "内部事务"),
          new LabelRule(RequestRow.DENIED_PROCESS, "过程性"),
          new LabelRule(RequestRow.DENIED_ENFORCEMENT, "执法案卷"),
          new LabelRule(RequestRow.DENIED_QUERY, "行政查询"),
          new LabelRule(RequestRow.UNABLE_NOT_HELD, "不掌握"),
          new LabelRule(RequestRow.UNABLE_NEEDS_CREATION, "另行制作"),
          new LabelRule(RequestRow.UNABLE_UNCLEAR, "仍不明确"),
          new LabelRule(RequestRow.REJECTED_COMPLAINT, "信访"),
          new LabelRule(RequestRow.REJECTED_REPEAT, "重复申请"),
          new LabelRule(RequestRow.REJECTED_PUBLICATION, "出版物"),
          new LabelRule(RequestRow.REJECTED_MASS, "大量反复"),
          new LabelRule(RequestRow.REJECTED_RECONFIRM, "重新出具"),
          new LabelRule(RequestRow.OTHER_NO_CORRECTION, "不补正"),
          new LabelRule(RequestRow.OTHER_NO_FEE, "缴纳费用"),
          new LabelRule(RequestRow.HANDLED_TOTAL, "总计"),
          // The older undivided row (六)其他处理 and sub-row 3.其他 both mean other_other.
          new LabelRule(RequestRow.OTHER_OTHER, "其他处理"));

  /** "3.其他" with its numbering: the sub-row of (六) whose label is just 其他. */
  private static final Pattern JUST_OTHER =
      Pattern.compile("^(?:[0-9]+[.、]?|[（][0-9一二三四五六七八九十]+[）])?其他$");

  private RequestsTableParser() {}

  /** The table, or null when no row of it is found. */
  static RequestsTable parse(List<TableRow> rows) {
    return parse(rows, new ArrayList<>());
  }

  /** The same, adding to {@code unreadable} the cells that held no readable number. */
  static RequestsTable parse(List<TableRow> rows, List<CellRef> unreadable) {
    CountTable.Builder<RequestRow, Applicant> table =
        CountTable.builder(RequestRow.class, Applicant.class);
    Set<RequestRow> seen = EnumSet.noneOf(RequestRow.class);
    List<String> context = new ArrayList<>();
    for (TableRow row : rows) {
      if (!row.hasValues()) {
        // A label broken onto its own line, or a header: may complete the next row's label.
        context.add(row.label());
        if (context.size() > 2) {
          context.remove(0);
        }
        continue;
      }
      RequestRow match = match(row.label());
      if (match == null) {
        match = match(String.join("", context) + row.label());
      }
      context.clear();
      if (match == null || !seen.add(match)) {
        continue; // a stray label with numbers, or a repeated row: the first wins
      }
      Applicant[] columns = Applicant.values();
      for (int i = 0; i < columns.length; i++) {
        table.put(match, columns[i], row.count(i));
        if (row.isUnreadable(i)) {
          unreadable.add(CellRef.of(match, columns[i]));
        }
      }
      table.row(match);
    }
    return table.isEmpty() ? null : new RequestsTable(table.build());
  }

  static RequestRow match(String label) {
    if (label.isEmpty()) {
      return null;
    }
    for (LabelRule rule : RULES) {
      if (label.contains(rule.fragment())) {
        return rule.row();
      }
    }
    return JUST_OTHER.matcher(label).find() || label.endsWith("3.其他")
        ? RequestRow.OTHER_OTHER
        : null;
  }

  private record LabelRule(RequestRow row, String fragment) {}
}
