package org.nianbao.extract;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.source.Block;
import org.nianbao.source.Deadline;
import org.nianbao.source.TableBlock;
import org.nianbao.source.TextBlock;

/** Cleans every block's text with {@link TextCleaner} and drops the lines left empty. */
final class BlockCleaner {

  private BlockCleaner() {}

  static List<Block> clean(List<Block> blocks) {
    List<Block> cleaned = new ArrayList<>(blocks.size());
    for (Block block : blocks) {
      Deadline.check();
      switch (block) {
        case TextBlock line -> {
          for (String part : TextCleaner.clean(line.text()).split("\n", -1)) {
            String text = part.strip();
            if (!text.isEmpty()) {
              cleaned.add(new TextBlock(text));
            }
          }
        }
        case TableBlock table -> {
          List<List<TableBlock.Cell>> rows = new ArrayList<>();
          for (List<TableBlock.Cell> row : table.rows()) {
            rows.add(
                row.stream()
                    .map(
                        cell ->
                            new TableBlock.Cell(
                                TextCleaner.clean(cell.text()).replace('\n', ' ').strip(),
                                cell.origin()))
                    .toList());
          }
          cleaned.add(new TableBlock(rows));
        }
      }
    }
    return cleaned;
  }
}
