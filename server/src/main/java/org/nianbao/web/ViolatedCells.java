package org.nianbao.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.model.Applicant;
import org.nianbao.model.CheckedReport;
import org.nianbao.model.Flag;
import org.nianbao.model.RequestRow;
import org.nianbao.model.RequestsTable;
import org.nianbao.model.ReviewGroup;
import org.nianbao.model.ReviewLitigationTable;
import org.nianbao.model.ReviewOutcome;

/**
 * The table cells involved in a violated table rule, each with why, found by recomputing the rule on
 * the table (R1: a column's 新收, 结转, 总计 and 结转下年度; R2: a column's 总计; R3: a row's 总计; R4:
 * a group's 总计). Only rules the checker flagged are recomputed; when a flag's message names the
 * column, row or group, only the named ones are marked. A cell the report does not give counts as 0.
 */
final class ViolatedCells {

  /** A cell of a table, by the model's keys: ("requests", "new", "total"). */
  record Cell(String table, String row, String column) {}

  private final Map<Cell, List<String>> reasons = new HashMap<>();

  private ViolatedCells() {}

  static ViolatedCells of(CheckedReport checked) {
    ViolatedCells cells = new ViolatedCells();
    Map<String, List<String>> messages = new LinkedHashMap<>();
    for (Flag flag : checked.flags()) {
      messages.computeIfAbsent(flag.rule(), r -> new ArrayList<>()).add(flag.message() == null ? "" : flag.message());
    }
    RequestsTable requests = checked.report().tables().requests();
    if (requests != null) {
      if (messages.containsKey("R1")) {
        cells.r1(requests, messages.get("R1"));
      }
      if (messages.containsKey("R2")) {
        cells.r2(requests, messages.get("R2"));
      }
      if (messages.containsKey("R3")) {
        cells.r3(requests, messages.get("R3"));
      }
    }
    ReviewLitigationTable review = checked.report().tables().reviewLitigation();
    if (review != null && messages.containsKey("R4")) {
      cells.r4(review, messages.get("R4"));
    }
    return cells;
  }

  /** Why the cell is marked (several reasons joined), or null when it is not involved in a violation. */
  String reason(String table, String row, String column) {
    List<String> why = reasons.get(new Cell(table, row, column));
    return why == null ? null : String.join("\n", why);
  }

  boolean isEmpty() {
    return reasons.isEmpty();
  }

  private record Violation(String key, String label, List<Cell> cells, String reason) {}

  private void r1(RequestsTable t, List<String> messages) {
    List<Violation> found = new ArrayList<>();
    for (Applicant column : Applicant.values()) {
      Long n = t.get(RequestRow.NEW, column);
      Long c = t.get(RequestRow.CARRIED_OVER, column);
      Long h = t.get(RequestRow.HANDLED_TOTAL, column);
      Long f = t.get(RequestRow.CARRIED_FORWARD, column);
      if (n == null && c == null && h == null && f == null) {
        continue;
      }
      long in = v(n) + v(c);
      long out = v(h) + v(f);
      if (in != out) {
        List<Cell> involved = new ArrayList<>();
        for (RequestRow row : List.of(RequestRow.NEW, RequestRow.CARRIED_OVER, RequestRow.HANDLED_TOTAL, RequestRow.CARRIED_FORWARD)) {
          involved.add(new Cell("requests", row.key(), column.key()));
        }
        found.add(new Violation(column.key(), column.label(), involved, "R1「" + column.label() + "」列：本年新收 " + s(n)
            + " + 上年结转 " + s(c) + " = " + in + "，而办理结果总计 " + s(h) + " + 结转下年度 " + s(f) + " = " + out
            + "，两者应相等"));
      }
    }
    mark(found, messages);
  }

  private void r2(RequestsTable t, List<String> messages) {
    List<Violation> found = new ArrayList<>();
    for (Applicant column : Applicant.values()) {
      Long total = t.get(RequestRow.HANDLED_TOTAL, column);
      long sum = 0;
      boolean any = false;
      for (RequestRow row : RequestRow.values()) {
        if (row.isOutcome() && t.get(row, column) != null) {
          sum += t.get(row, column);
          any = true;
        }
      }
      if ((total != null || any) && v(total) != sum) {
        found.add(new Violation(column.key(), column.label(), List.of(new Cell("requests", RequestRow.HANDLED_TOTAL.key(), column.key())),
            "R2「" + column.label() + "」列：（七）总计为 " + s(total) + "，而（一）至（六）各项之和为 " + sum));
      }
    }
    mark(found, messages);
  }

  private void r3(RequestsTable t, List<String> messages) {
    List<Violation> found = new ArrayList<>();
    for (RequestRow row : RequestRow.values()) {
      Long total = t.get(row, Applicant.TOTAL);
      long sum = 0;
      boolean any = false;
      for (Applicant kind : Applicant.KINDS) {
        if (t.get(row, kind) != null) {
          sum += t.get(row, kind);
          any = true;
        }
      }
      if (any && v(total) != sum) {
        found.add(new Violation(row.key(), row.label(), List.of(new Cell("requests", row.key(), Applicant.TOTAL.key())),
            "R3「" + row.label() + "」行：总计为 " + s(total) + "，而六类申请人之和为 " + sum));
      }
    }
    mark(found, messages);
  }

  private void r4(ReviewLitigationTable t, List<String> messages) {
    List<Violation> found = new ArrayList<>();
    for (ReviewGroup group : ReviewGroup.values()) {
      Long total = t.get(group, ReviewOutcome.TOTAL);
      long sum = 0;
      boolean any = false;
      for (ReviewOutcome outcome : ReviewOutcome.values()) {
        if (outcome != ReviewOutcome.TOTAL && t.get(group, outcome) != null) {
          sum += t.get(group, outcome);
          any = true;
        }
      }
      if ((total != null || any) && v(total) != sum) {
        found.add(new Violation(group.key(), group.label(), List.of(new Cell("review_litigation", group.key(), ReviewOutcome.TOTAL.key())),
            "R4「" + group.label() + "」：总计为 " + s(total) + "，而结果维持、结果纠正、其他结果、尚未审结之和为 " + sum));
      }
    }
    mark(found, messages);
  }

  /** Keeps the violations a message names (by key or label), or all of them when none is named. */
  private void mark(List<Violation> found, List<String> messages) {
    List<Violation> named = found.stream().filter(v -> messages.stream().anyMatch(m -> names(m, v))).toList();
    for (Violation violation : named.isEmpty() ? found : named) {
      for (Cell cell : violation.cells()) {
        reasons.computeIfAbsent(cell, k -> new ArrayList<>()).add(violation.reason());
      }
    }
  }

  private static boolean names(String message, Violation v) {
    if (message.contains(v.key())) {
      return true;
    }
    String label = v.label();
    int space = label.indexOf(' ');
    // 行政诉讼 未经复议直接起诉 is named by its last words; a row by its label up to the first space.
    return message.contains(label) || (space > 0 && message.contains(label.substring(space + 1)));
  }

  private static long v(Long value) {
    return value == null ? 0 : value;
  }

  private static String s(Long value) {
    return value == null ? "—" : value.toString();
  }
}
