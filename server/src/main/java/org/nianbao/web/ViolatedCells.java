package org.nianbao.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.model.CellRef;
import org.nianbao.model.CheckedReport;
import org.nianbao.model.Flag;

/**
 * The table cells involved in a violated rule, each with why: the cells the consistency checker
 * names in each flag (R1: a column's 新收, 结转, 总计 and 结转下年度; R2: a column's 总计; R3: a row's 总计; R4: a
 * group's 总计). The rules themselves live only in the checker.
 */
final class ViolatedCells {

  private final Map<CellRef, List<String>> reasons = new HashMap<>();

  private ViolatedCells() {}

  static ViolatedCells of(CheckedReport checked) {
    ViolatedCells violated = new ViolatedCells();
    for (Flag flag : checked.flags()) {
      for (CellRef cell : flag.cells()) {
        violated
            .reasons
            .computeIfAbsent(cell, k -> new ArrayList<>())
            .add(flag.rule().id() + inTable(cell, flag.message()));
      }
    }
    return violated;
  }

  /** On a cell the table is known: 申请情况表「自然人」列：… reads 「自然人」列：… */
  private static String inTable(CellRef cell, String message) {
    String table = cell.table().label();
    return message.startsWith(table) ? message.substring(table.length()) : message;
  }

  /**
   * Why the cell is marked (several reasons joined), or null when it is not involved in a
   * violation.
   */
  String reason(CellRef cell) {
    List<String> why = reasons.get(cell);
    return why == null ? null : String.join("\n", why);
  }

  boolean isEmpty() {
    return reasons.isEmpty();
  }
}
