package org.nianbao.source;

import java.util.List;
import java.util.Objects;

/**
 * A table as a grid: every row has one {@link Cell} per grid column it covers. A merged cell (HTML
 * rowspan/colspan, DOCX gridSpan/vMerge) fills every grid position it covers: the first with {@code
 * origin} true, the others with its text again and {@code origin} false, so a row label spanning
 * rows reaches each of them while a number spanning columns is counted once.
 */
public record TableBlock(List<List<Cell>> rows) implements Block {

  /** One grid position: the text of the cell covering it, and whether the cell starts here. */
  public record Cell(String text, boolean origin) {

    public Cell {
      Objects.requireNonNull(text, "text");
    }

    public static Cell of(String text) {
      return new Cell(text, true);
    }
  }

  public TableBlock {
    rows = rows.stream().map(List::copyOf).toList();
  }

  /** A table of plain cells, no merges. */
  public static TableBlock ofTexts(List<List<String>> rows) {
    return new TableBlock(rows.stream().map(row -> row.stream().map(Cell::of).toList()).toList());
  }

  /** The row's cells that start at their position, as text. */
  public static List<String> originTexts(List<Cell> row) {
    return row.stream().filter(Cell::origin).map(Cell::text).toList();
  }
}
