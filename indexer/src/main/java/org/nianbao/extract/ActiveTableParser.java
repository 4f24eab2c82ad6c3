package org.nianbao.extract;

import java.math.BigDecimal;
import java.util.List;
import org.nianbao.model.ActiveTable;
import org.nianbao.model.CellRef;
import org.nianbao.model.DocumentCounts;

/**
 * The 主动公开 table (第二十条). The 2021 format gives one number for 许可/处罚/强制 (本年处理决定数量) and for 收费
 * (本年收费金额); the 2019 format gives three for 许可/处罚/强制 (上一年项目数量, 本年增/减, 处理决定数量), so the decisions
 * count is the last of three, and two for 收费 (项目数量, 增/减), which state no amount at all. Its 规章 /
 * 规范性文件 columns are 本年新制作 / 本年新公开 / 对外公开总数量: only the first means what the model's {@code issued}
 * does (made this year); the other two are not 废止 and 现行有效, so they stay null.
 */
final class ActiveTableParser {

  private ActiveTableParser() {}

  /** The table, or null when none of its rows is found. */
  static ActiveTable parse(List<TableRow> rows) {
    return parse(rows, new java.util.ArrayList<>());
  }

  /** The same, adding to {@code unreadable} the cells that held no readable number. */
  static ActiveTable parse(List<TableRow> rows, List<CellRef> unreadable) {
    DocumentCounts rules = null;
    DocumentCounts normativeDocs = null;
    Long licensing = null;
    Long penalty = null;
    Long coercion = null;
    BigDecimal fees = null;
    boolean found = false;
    boolean format2019 =
        rows.stream()
            .anyMatch(row -> row.label().contains("本年新制作") || row.label().contains("对外公开总数量"));
    for (TableRow row : rows) {
      if (!row.hasValues()) {
        continue;
      }
      String label = row.label();
      if (label.endsWith("规范性文件") && normativeDocs == null) {
        normativeDocs = documents(row, format2019);
      } else if (label.endsWith("规章") && rules == null) {
        rules = documents(row, format2019);
      } else if (label.endsWith("行政许可") && licensing == null) {
        licensing = decisions(row);
      } else if (label.endsWith("行政处罚") && penalty == null) {
        penalty = decisions(row);
      } else if (label.endsWith("行政强制") && coercion == null) {
        coercion = decisions(row);
      } else if (label.endsWith("行政事业性收费") && fees == null) {
        fees = row.values().size() == 1 ? row.values().get(0) : null;
      } else {
        continue;
      }
      found = true;
      noteUnreadable(row, label, unreadable);
    }
    return found ? new ActiveTable(rules, normativeDocs, licensing, penalty, coercion, fees) : null;
  }

  /** Each unreadable cell of a row of this table. */
  private static void noteUnreadable(TableRow row, String label, List<CellRef> unreadable) {
    String key =
        label.endsWith("规范性文件")
            ? "normative_docs"
            : label.endsWith("规章")
                ? "rules"
                : label.endsWith("行政许可")
                    ? "licensing"
                    : label.endsWith("行政处罚")
                        ? "penalty"
                        : label.endsWith("行政强制") ? "coercion" : "fees";
    List<String> columns =
        switch (key) {
          case "rules", "normative_docs" -> List.of("issued", "repealed", "in_force");
          case "fees" -> List.of("amount");
          default ->
              row.values().size() == 3
                  ? List.of("previous", "change", "decisions")
                  : List.of("decisions");
        };
    for (int i = 0; i < columns.size(); i++) {
      if (row.isUnreadable(i)
          && !columns.get(i).equals("previous")
          && !columns.get(i).equals("change")) {
        unreadable.add(CellRef.active(key, columns.get(i)));
      }
    }
  }

  private static DocumentCounts documents(TableRow row, boolean format2019) {
    return format2019
        ? new DocumentCounts(row.count(0), null, null)
        : new DocumentCounts(row.count(0), row.count(1), row.count(2));
  }

  private static Long decisions(TableRow row) {
    return row.values().size() == 3 ? row.count(2) : row.count(0);
  }
}
