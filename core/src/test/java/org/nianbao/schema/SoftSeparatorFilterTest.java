package org.nianbao.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.Random;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.junit.jupiter.api.Test;

/**
 * {@link SoftSeparatorFilter} does exactly what the regex filter it replaced did: the same output
 * and the same corrected offset for every output offset, on the normaliser's own cases and on
 * 50,000 random strings of Han characters (one outside the BMP), every kind of separator, line
 * breaks, blank lines and clause punctuation.
 */
class SoftSeparatorFilterTest {

  private static final Pattern REGEX = Pattern.compile(SoftSeparatorFilter.EQUIVALENT_REGEX);
  private static final String[] ALPHABET = {
    "中", "国", "抖", "音", "𠀀", " ", "\u3000", "\u00a0", "\t", "\"", "'", "“", "”", "‘", "’", "「",
    "」", "『", "』", "《", "》", "〈", "〉", "、", "·", "・", "\n", "\r", "\r\n", "\n\n", " \n", "，", "。",
    "；", "a", "6", "Ｉ", "(", "\u0000"
  };

  @Test
  void theNormalisersCases() throws IOException {
    for (String text :
        new String[] {
          "中华人民共和\n国",
          "“放管服”改革",
          "一件事、一次办",
          "抖音 号",
          "颤抖，音乐",
          "抖音\n\n号",
          "抖音\r\n号",
          "抖音\n \n号",
          "抖\n音\n\n",
          "a b",
          "中 a",
          "",
          "𠀀 中",
          "中 𠀀",
          "中 \n 国",
          "\n中 国\n"
        }) {
      assertSame(text);
    }
  }

  @Test
  void randomStrings() throws IOException {
    Random random = new Random(6);
    for (int i = 0; i < 50_000; i++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(24);
      for (int j = 0; j < length; j++) {
        text.append(ALPHABET[random.nextInt(ALPHABET.length)]);
      }
      assertSame(text.toString());
    }
  }

  private static void assertSame(String text) throws IOException {
    CharFilter expected = new PatternReplaceCharFilter(REGEX, "", new StringReader(text));
    CharFilter actual = new SoftSeparatorFilter(new StringReader(text));
    String expectedOut = readAll(expected);
    String actualOut = readAll(actual);
    assertEquals(expectedOut, actualOut, () -> "output for " + escaped(text));
    for (int offset = 0; offset <= expectedOut.length() + 1; offset++) {
      int at = offset;
      assertEquals(
          expected.correctOffset(offset),
          actual.correctOffset(offset),
          () -> "offset " + at + " of " + escaped(text));
    }
  }

  private static String readAll(Reader reader) throws IOException {
    StringBuilder out = new StringBuilder();
    char[] buffer = new char[7];
    for (int n = reader.read(buffer); n != -1; n = reader.read(buffer)) {
      out.append(buffer, 0, n);
    }
    return out.toString();
  }

  private static String escaped(String text) {
    return text.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
  }
}
