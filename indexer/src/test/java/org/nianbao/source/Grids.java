package org.nianbao.source;

import java.util.ArrayList;
import java.util.List;

/**
 * Expected table blocks written compactly: cells split by "¦", a covered (merged) position marked
 * "~text".
 */
final class Grids {

  private Grids() {}

  static TableBlock table(String... rows) {
    List<List<TableBlock.Cell>> grid = new ArrayList<>();
    for (String row : rows) {
      List<TableBlock.Cell> cells = new ArrayList<>();
      for (String cell : row.split("¦", -1)) {
        cells.add(
            cell.startsWith("~")
                ? new TableBlock.Cell(cell.substring(1), false)
                : TableBlock.Cell.of(cell));
      }
      grid.add(cells);
    }
    return new TableBlock(grid);
  }

  static TextBlock line(String text) {
    return new TextBlock(text);
  }
}
