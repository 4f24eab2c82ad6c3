package org.nianbao.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.model.CheckedReport;
import org.nianbao.model.Flag;

/**
 * The table cells involved in a violated rule, each with why: the cells the consistency checker
 * names in each flag (R1: a column's 新收, 结转, 总计 and 结转下年度; R2: a column's 总计; R3: a row's
 * 总计; R4: a group's 总计). The rules themselves live only in the checker.
 */
final class ViolatedCells {

  /** A cell of a table, by the model's keys: ("requests", "new", "total"). */
  record Cell(String table, String row, String column) {

    /** From a model path such as requests.new.total; null for anything else. */
    static Cell of(String path) {
      String[] keys = path.split("\\.");
      return keys.length == 3 ? new Cell(keys[0], keys[1], keys[2]) : null;
    }
  }

  private final Map<Cell, List<String>> reasons = new HashMap<>();

  private ViolatedCells() {}

  static ViolatedCells of(CheckedReport checked) {
    ViolatedCells violated = new ViolatedCells();
    for (Flag flag : checked.flags()) {
      for (String path : flag.cells()) {
        Cell cell = Cell.of(path);
        if (cell != null) {
          violated.reasons.computeIfAbsent(cell, k -> new ArrayList<>()).add(flag.rule() + inTable(flag.message()));
        }
      }
    }
    return violated;
  }

  /** On a cell the table is known: 申请情况表「自然人」列：… reads 「自然人」列：… */
  private static String inTable(String message) {
    return message.replaceFirst("^(?:申请情况表|复议诉讼表)", "");
  }

  /** Why the cell is marked (several reasons joined), or null when it is not involved in a violation. */
  String reason(String table, String row, String column) {
    List<String> why = reasons.get(new Cell(table, row, column));
    return why == null ? null : String.join("\n", why);
  }

  boolean isEmpty() {
    return reasons.isEmpty();
  }
}
