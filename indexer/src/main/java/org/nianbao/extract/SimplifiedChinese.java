package org.nianbao.extract;

import com.ibm.icu.text.Transliterator;
import java.util.List;
import org.nianbao.source.Block;
import org.nianbao.source.TableBlock;
import org.nianbao.source.TextBlock;

/**
 * Reports in traditional characters (a page served through a big5 gateway: 內蒙古自治區…年度報告) in
 * simplified characters, so that they parse, resolve and match simplified queries like any other.
 * Text that is already simplified is left alone: converting it anyway could change a place name
 * that a simplified text writes with a traditional-looking character (乾县).
 */
final class SimplifiedChinese {

  /** Share of CJK characters that must change for a text to count as traditional. */
  private static final double TRADITIONAL_SHARE = 0.02;

  private static final int SAMPLE = 1500;
  private static final ThreadLocal<Transliterator> TO_SIMPLIFIED =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Hant-Hans"));

  /** Common characters that only traditional writing uses. */
  private static final String TELLTALES = "報開關國區縣條務機資處會們個這來於為與時對從發經級網統計訊眾號門義書產實際辦點體";

  private static final int MIN_TELLTALES = 3;

  private SimplifiedChinese() {}

  /**
   * The blocks in simplified characters when they are written in traditional ones; else the same
   * list.
   */
  static List<Block> ifTraditional(List<Block> blocks) {
    if (!isTraditional(Lines.render(blocks))) {
      return blocks;
    }
    Transliterator transliterator = TO_SIMPLIFIED.get();
    return blocks.stream().map(block -> convert(block, transliterator)).toList();
  }

  static boolean isTraditional(String fullText) {
    // The opening of a text tells its script. Transliterating it costs more than parsing the whole
    // report, so it is done only when characters that exist only in traditional writing, and that
    // every report uses (報告, 條例, 開, 關, 國, 區, 縣 …), stand in the opening.
    String text = fullText.substring(0, Math.min(fullText.length(), SAMPLE));
    long telltales = text.chars().filter(c -> TELLTALES.indexOf(c) >= 0).count();
    if (telltales < MIN_TELLTALES) {
      return false;
    }
    String converted = TO_SIMPLIFIED.get().transliterate(text);
    int cjk = 0;
    int changed = 0;
    for (int i = 0; i < text.length() && i < converted.length(); i++) {
      char c = text.charAt(i);
      if (TextCleaner.isCjk(c)) {
        cjk++;
        changed += c != converted.charAt(i) ? 1 : 0;
      }
    }
    return cjk > 0
        && converted.length() == text.length()
        && changed >= Math.max(3, cjk * TRADITIONAL_SHARE);
  }

  private static Block convert(Block block, Transliterator transliterator) {
    return switch (block) {
      case TextBlock line -> new TextBlock(transliterator.transliterate(line.text()));
      case TableBlock table ->
          new TableBlock(
              table.rows().stream()
                  .map(
                      row ->
                          row.stream()
                              .map(
                                  cell ->
                                      new TableBlock.Cell(
                                          transliterator.transliterate(cell.text()), cell.origin()))
                              .toList())
                  .toList());
    };
  }
}
