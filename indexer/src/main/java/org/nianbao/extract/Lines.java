package org.nianbao.extract;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.source.Block;
import org.nianbao.source.TableBlock;
import org.nianbao.source.TextBlock;

/** Blocks seen as lines, for the steps that read line by line (titles, headings, dates). */
final class Lines {

  /** The line a table stands for: a lone TAB, which no heading or title test accepts. */
  static final String TABLE = "\t";

  private Lines() {}

  /** One line per block: a text block's text, or {@link #TABLE} for a table. */
  static List<String> of(List<Block> blocks) {
    List<String> lines = new ArrayList<>(blocks.size());
    for (Block block : blocks) {
      lines.add(block instanceof TextBlock line ? line.text() : TABLE);
    }
    return lines;
  }

  /** Every line of the blocks, tables as one line per row with their cells joined by " | ". */
  static List<String> withTableRows(List<Block> blocks) {
    List<String> lines = new ArrayList<>();
    for (Block block : blocks) {
      switch (block) {
        case TextBlock line -> lines.add(line.text());
        case TableBlock table -> {
          for (List<TableBlock.Cell> row : table.rows()) {
            lines.add(String.join(" | ", TableBlock.originTexts(row)));
          }
        }
      }
    }
    return lines;
  }

  /** A table's text, cells joined, for word tests. */
  static String tableText(TableBlock table) {
    StringBuilder text = new StringBuilder();
    for (List<TableBlock.Cell> row : table.rows()) {
      for (String cell : TableBlock.originTexts(row)) {
        text.append(cell).append(' ');
      }
    }
    return text.toString();
  }

  /** All the blocks' text, tables included, one line per text block or row. */
  static String render(List<Block> blocks) {
    return String.join("\n", withTableRows(blocks));
  }

  /** The text blocks' lines joined by newlines (tables left out). */
  static String prose(List<Block> blocks) {
    StringBuilder text = new StringBuilder();
    for (Block block : blocks) {
      if (block instanceof TextBlock line) {
        text.append(line.text()).append('\n');
      }
    }
    return text.toString();
  }
}
