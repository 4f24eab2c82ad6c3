package org.nianbao.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.Random;
import org.apache.lucene.analysis.CharFilter;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;
import org.junit.jupiter.api.Test;

/**
 * {@link TextNormalizer#normalizing} folds in {@link SoftSeparatorFilter} what the width and
 * traditional-character filters did before it: the same output and the same corrected offset for
 * every output offset as the three filters chained, on random texts with full-width forms,
 * traditional characters, half-width katakana (voiced marks combine) and separators.
 */
class FoldingFilterTest {

  private static final String[] ALPHABET = {
    "中", "國", "經", "費", "抖", "音", "𠀀", " ", "\u3000", "\t", "“", "”", "、", "\n", "\n\n", "，", "Ｉ",
    "Ｐ", "ｖ", "６", "a", "ｶ", "ﾞ", "ﾟ", "ﾊ", "｡", "ｰ", "\uFF9F", "\uFF65"
  };

  private static CharFilter chained(String text) {
    return new SoftSeparatorFilter(
        new MappingCharFilter(
            TextNormalizer.TraditionalToSimplified.MAP,
            new CJKWidthCharFilter(new StringReader(text))));
  }

  private static String describe(CharFilter filter) throws IOException {
    StringBuilder out = new StringBuilder();
    char[] buffer = new char[7];
    for (int n = filter.read(buffer); n > 0; n = filter.read(buffer)) {
      out.append(buffer, 0, n);
    }
    StringBuilder offsets = new StringBuilder(out).append(" |");
    for (int i = 0; i <= out.length(); i++) {
      offsets.append(' ').append(filter.correctOffset(i));
    }
    return offsets.toString();
  }

  @Test
  void sameAsTheThreeFiltersChained() throws IOException {
    Random random = new Random(11);
    for (int round = 0; round < 30_000; round++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(24);
      boolean katakana = random.nextInt(4) == 0;
      for (int i = 0; i < length; i++) {
        String piece = ALPHABET[random.nextInt(ALPHABET.length)];
        if (!katakana && piece.charAt(0) >= 0xFF65 && piece.charAt(0) <= 0xFF9F) {
          piece = "文";
        }
        text.append(piece);
      }
      String t = text.toString();
      assertEquals(
          describe(chained(t)),
          describe((CharFilter) TextNormalizer.normalizing(new StringReader(t))),
          t);
    }
  }
}
