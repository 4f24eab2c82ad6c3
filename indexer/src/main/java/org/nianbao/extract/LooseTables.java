package org.nianbao.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.nianbao.source.Block;
import org.nianbao.source.Deadline;
import org.nianbao.source.PlainTextLayout;
import org.nianbao.source.TableBlock;
import org.nianbao.source.TextBlock;

/**
 * Finds the tables whose cells stand one per line with no separator at all, as text copied from a
 * web page gives them (规章 / 0 / 0 / 0 / 行政规范性文件 / 0 / 0 / 0), and makes table blocks of them: a row
 * is the label lines followed by the number lines. A run becomes a table only when it holds numbers
 * on lines of their own and a label of the template's tables, so prose is never taken.
 */
final class LooseTables {

  private static final Pattern NUMBER_CELL = Pattern.compile("-?[0-9]+(?:\\.[0-9]+)?|[-—–/／]+");

  /** Labels of the template's tables: where a loose table starts. */
  private static final Pattern TEMPLATE_LABEL =
      Pattern.compile(
          "第二十条|信息内容|申请人情况|本列数据|本年新收|上年结转|行政复议|自然人|本年制发|本年新制作|规章|规范性文件|行政许可" + "|行政处罚|结果维持|予以公开");

  private static final int MAX_CELL = 60;
  private static final int MIN_NUMBER_LINES = 2;

  private LooseTables() {}

  static List<Block> regroup(List<Block> blocks) {
    List<Block> out = new ArrayList<>(blocks.size());
    int i = 0;
    while (i < blocks.size()) {
      Deadline.check();
      int end = runEnd(blocks, i);
      if (end > i) {
        out.add(table(blocks.subList(i, end)));
        i = end;
      } else {
        out.add(blocks.get(i));
        i++;
      }
    }
    return out;
  }

  /**
   * The end of a loose table starting at {@code start}, or {@code start} when none starts there.
   */
  private static int runEnd(List<Block> blocks, int start) {
    if (!(blocks.get(start) instanceof TextBlock first)
        || !isCell(first.text())
        || !TEMPLATE_LABEL.matcher(first.text()).find()) {
      return start;
    }
    int numbers = 0;
    int lastNumber = -1;
    for (int i = start; i < blocks.size(); i++) {
      if (!(blocks.get(i) instanceof TextBlock line)
          || !isCell(line.text())
          || PartSplitter.isPartHeading(line.text())) {
        break;
      }
      if (isNumber(line.text())) {
        numbers++;
        lastNumber = i;
      }
    }
    return numbers >= MIN_NUMBER_LINES ? lastNumber + 1 : start;
  }

  private static boolean isCell(String text) {
    return text.length() <= MAX_CELL && !text.contains("。");
  }

  private static boolean isNumber(String text) {
    return NUMBER_CELL.matcher(PlainTextLayout.normalizeNumber(text)).matches();
  }

  private static TableBlock table(List<Block> run) {
    List<List<String>> rows = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    List<String> numbers = new ArrayList<>();
    for (Block block : run) {
      String text = ((TextBlock) block).text();
      if (isNumber(text)) {
        numbers.add(text);
        continue;
      }
      if (!numbers.isEmpty()) {
        addRows(rows, labels, numbers);
        labels.clear();
        numbers.clear();
      }
      labels.add(text);
    }
    addRows(rows, labels, numbers);
    return TableBlock.ofTexts(rows);
  }

  /**
   * Header lines before a row stay rows of their own (so a label broken over lines is completed by
   * the parser from the line before it); the last label line leads the numbers.
   */
  private static void addRows(List<List<String>> rows, List<String> labels, List<String> numbers) {
    for (int i = 0; i < labels.size() - 1; i++) {
      rows.add(List.of(labels.get(i)));
    }
    if (labels.isEmpty() && numbers.isEmpty()) {
      return;
    }
    List<String> cells = new ArrayList<>();
    cells.add(labels.isEmpty() ? "" : labels.get(labels.size() - 1));
    cells.addAll(numbers);
    rows.add(cells);
  }
}
