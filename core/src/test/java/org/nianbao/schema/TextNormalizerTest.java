package org.nianbao.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link TextNormalizer#normalize} (char by char) equals reading the char filters it stands for, on
 * the README's examples and on 50,000 random strings of simplified and traditional characters,
 * full-width forms, half-width katakana with voiced marks, separators, line breaks and Latin.
 */
class TextNormalizerTest {

  private static final String[] ALPHABET = {
    "中", "国", "經", "費", "国", "𠀀", "抖", "音", " ", "\u3000", "\t", "“", "”", "、", "·", "《", "》",
    "\n", "\r\n", "\n\n", "，", "。", "（", "）", "Ｉ", "Ｐ", "ｖ", "６", "ｶ", "ﾞ", "ﾟ", "ﾊ", "a", "B", "6",
    "İ", "\u0000"
  };

  @Test
  void theReadmesExamples() {
    assertEquals("ipv6", TextNormalizer.normalize("ＩＰｖ６"));
    assertEquals("三公经费", TextNormalizer.normalize("三公經費"));
    assertEquals("的三公经费", TextNormalizer.normalize("的“三公”经费"));
    assertEquals("中华人民共和国", TextNormalizer.normalize("中华人民共和\n国"));
    assertEquals("颤抖，音乐", TextNormalizer.normalize("颤抖，音乐").replace(',', '，'));
  }

  @Test
  void sameAsTheCharFilters() {
    Random random = new Random(11);
    for (int i = 0; i < 50_000; i++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(20);
      for (int j = 0; j < length; j++) {
        text.append(ALPHABET[random.nextInt(ALPHABET.length)]);
      }
      String s = text.toString();
      assertEquals(
          TextNormalizer.normalizeByReaders(s),
          TextNormalizer.normalize(s),
          () -> "normalising " + s.replace("\n", "\\n"));
    }
  }

  @Test
  void aCharacterOnItsOwnNormalisesToItsFold() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      char ch = (char) c;
      if (TextNormalizer.combines(ch) || Character.isSurrogate(ch)) {
        continue;
      }
      String normalized = TextNormalizer.normalize(String.valueOf(ch));
      assertEquals(
          String.valueOf(TextNormalizer.fold(ch)), normalized, "U+" + Integer.toHexString(c));
    }
  }
}
