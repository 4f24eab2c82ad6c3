package org.nianbao.extract;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.source.Block;
import org.nianbao.source.TableBlock;
import org.nianbao.source.TextBlock;

/**
 * Lifts part headings out of tables. Plain text cannot always tell a heading from a short table
 * line between two tables (三、收到和处理政府信息公开申请情况 sits between the 主动公开 and the 申请 tables), so a table
 * read from text may hold one as a row of a single cell; it becomes a line of its own again,
 * splitting the table in two.
 */
final class HeadingsInTables {

  private HeadingsInTables() {}

  static List<Block> lift(List<Block> blocks) {
    List<Block> out = new ArrayList<>(blocks.size());
    for (Block block : blocks) {
      if (!(block instanceof TableBlock table)) {
        out.add(block);
        continue;
      }
      List<List<TableBlock.Cell>> rows = new ArrayList<>();
      for (List<TableBlock.Cell> row : table.rows()) {
        List<String> texts =
            TableBlock.originTexts(row).stream().filter(text -> !text.isBlank()).toList();
        if (texts.size() == 1
            && PartSplitter.isPartHeading(TextCleaner.clean(texts.get(0)).strip())) {
          addTable(out, rows);
          rows = new ArrayList<>();
          out.add(new TextBlock(texts.get(0).strip()));
        } else {
          rows.add(row);
        }
      }
      addTable(out, rows);
    }
    return out;
  }

  private static void addTable(List<Block> out, List<List<TableBlock.Cell>> rows) {
    if (!rows.isEmpty()) {
      out.add(new TableBlock(rows));
    }
  }
}
