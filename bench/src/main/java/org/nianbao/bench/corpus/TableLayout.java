package org.nianbao.bench.corpus;

import java.util.List;

/**
 * The three ways a table reaches us as text, as the seed reports in {@code samples/} show them. A
 * grid is a list of rows of cells; an empty cell stands for a merged one.
 */
public enum TableLayout {

  /**
   * Text saved from DOCX: each cell on its own line after a TAB, a blank line after each row (淄博,
   * 古县, 三门峡).
   */
  DOCX_CELLS {
    @Override
    void render(List<List<String>> grid, StringBuilder out) {
      for (List<String> row : grid) {
        for (String cell : row) {
          out.append('\t').append(cell).append('\n');
        }
        out.append('\n');
      }
      out.append('\n');
    }
  },

  /** Text from PDF: one row per line, cells separated by TABs (聊城, 绥芬河). */
  TAB_ROWS {
    @Override
    void render(List<List<String>> grid, StringBuilder out) {
      for (List<String> row : grid) {
        out.append(String.join("\t", row)).append('\n');
      }
      out.append('\n');
    }
  },

  /**
   * Text from HTML or Markdown: one row per line, cells between bars, a Markdown rule under a first
   * row of several cells.
   */
  BAR_ROWS {
    @Override
    void render(List<List<String>> grid, StringBuilder out) {
      for (int r = 0; r < grid.size(); r++) {
        List<String> row = grid.get(r);
        out.append("| ").append(String.join(" | ", row)).append(" |\n");
        if (r == 0 && row.size() > 1) {
          out.append('|');
          out.append("---|".repeat(row.size()));
          out.append('\n');
        }
      }
      out.append('\n');
    }
  };

  abstract void render(List<List<String>> grid, StringBuilder out);
}
