package org.nianbao.source;

import java.util.List;

/** Renders blocks as plain text, for display, debugging and tests. */
public final class Blocks {

  private Blocks() {}

  /** One line per text block; one line per table row, its starting cells joined by TABs. */
  public static String render(List<Block> blocks) {
    StringBuilder text = new StringBuilder();
    for (Block block : blocks) {
      switch (block) {
        case TextBlock line -> text.append(line.text()).append('\n');
        case TableBlock table -> {
          for (List<TableBlock.Cell> row : table.rows()) {
            text.append(String.join("\t", TableBlock.originTexts(row))).append('\n');
          }
        }
      }
    }
    return text.toString();
  }
}
