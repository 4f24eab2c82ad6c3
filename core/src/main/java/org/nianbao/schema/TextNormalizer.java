package org.nianbao.schema;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.analysis.CharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;

/**
 * The text normalisation that index and query share, so that a query matches however the report
 * happens to print the same words:
 *
 * <ul>
 *   <li>full-width forms fold to ASCII (ＩＰｖ６ → IPv6);
 *   <li>traditional characters fold to simplified (三公經費 → 三公经费): some pages are served in
 *       traditional characters;
 *   <li>soft separators between two Chinese characters vanish: spaces and single line breaks (PDF
 *       and DOCX break lines inside words: 中华人民共和\n国), quotes (“放管服”改革), book-title marks, the
 *       enumeration comma 、 (一件事、一次办) and the middle dot. A blank line, and clause punctuation
 *       (，。；：！？ and brackets), still end a run: 抖音 must not match 颤抖，音乐.
 * </ul>
 *
 * Every step is a char filter, so offsets still point into the original text and the highlighter
 * marks what the report really prints.
 */
public final class TextNormalizer {

  private TextNormalizer() {}

  /**
   * Wraps a reader with every normalisation step (not lower-casing: analyzers do that per token).
   */
  public static Reader normalizing(Reader reader) {
    return SoftSeparatorFilter.folding(reader);
  }

  /**
   * The normalised form of {@code text}, lower-cased: what query words and passages are compared
   * as. The same as {@link #mapped}'s text, char by char without the readers (the indexer
   * normalises every sentence of every report), except for half-width katakana, whose voiced marks
   * combine: such text goes through the readers.
   */
  public static String normalize(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    char[] chars = new char[text.length()];
    for (int i = 0; i < chars.length; i++) {
      char c = text.charAt(i);
      if (c >= 0xFF65 && c <= 0xFF9F) {
        return mapped(text).text();
      }
      if (c >= 0xFF01 && c <= 0xFF5E) {
        c = (char) (c - 0xFEE0); // full-width ASCII, as CJKWidthCharFilter folds it
      }
      chars[i] = TraditionalToSimplified.simplified(c);
    }
    String removed = SoftSeparatorFilter.removeAll(java.nio.CharBuffer.wrap(chars));
    StringBuilder lower = new StringBuilder(removed);
    for (int i = 0; i < lower.length(); i++) {
      lower.setCharAt(i, Character.toLowerCase(lower.charAt(i)));
    }
    return lower.toString();
  }

  /**
   * What {@code c} becomes in {@link #normalize}'s text when it is kept there (normalising only
   * folds or removes characters, one at a time): so a character missing from every fold of a text
   * is missing from its normalised form. Not for half-width katakana ({@link #combines}).
   */
  public static char fold(char c) {
    if (c >= 0xFF01 && c <= 0xFF5E) {
      c = (char) (c - 0xFEE0);
    }
    return Character.toLowerCase(TraditionalToSimplified.simplified(c));
  }

  /**
   * Half-width katakana, whose voiced marks combine with the character before: no {@link #fold}.
   */
  public static boolean combines(char c) {
    return c >= 0xFF65 && c <= 0xFF9F;
  }

  /**
   * {@link #normalize} through the char filters themselves: the definition the fast path follows.
   */
  static String normalizeByReaders(String text) {
    return mapped(text).text();
  }

  /**
   * The normalised form of {@code text} with, for each of its characters, where it stands in {@code
   * text}: a match found in the normalised form can then be marked in the text as printed.
   */
  public static Mapped mapped(String text) {
    if (text == null || text.isEmpty()) {
      return new Mapped(text == null ? "" : text, "", new int[0]);
    }
    StringBuilder out = new StringBuilder(text.length());
    char[] buffer = new char[1024];
    try (Reader reader = normalizing(new StringReader(text))) {
      for (int n = reader.read(buffer); n != -1; n = reader.read(buffer)) {
        out.append(buffer, 0, n);
      }
      // Once everything is read, the filters know every offset: map each character back.
      CharFilter filter = (CharFilter) reader;
      int[] starts = new int[out.length()];
      for (int i = 0; i < out.length(); i++) {
        starts[i] = filter.correctOffset(i);
        // Lower-cased a character at a time, as the analyzers' LowerCaseFilter does, so the
        // normalised text keeps its length (String.toLowerCase lengthens İ).
        out.setCharAt(i, Character.toLowerCase(out.charAt(i)));
      }
      return new Mapped(text, out.toString(), starts);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringReader does not fail
    }
  }

  /**
   * A text and its normalised form, each normalised character mapped back to the text. Normalising
   * never lengthens a text (every step folds or removes characters), so the map fits the text.
   */
  public record Mapped(String original, String text, int[] starts) {

    /**
     * Where in the original the normalised characters {@code [from, to)} stand, as [start, end).
     */
    public int[] originalSpan(int from, int to) {
      int start = starts[from];
      int last = starts[to - 1];
      return new int[] {start, last + Character.charCount(original.codePointAt(last))};
    }
  }

  /**
   * One-to-one traditional → simplified character map, from {@code traditional-simplified.txt}
   * beside this class (generated from ICU's Traditional-Simplified transform; loaded on first use,
   * a few milliseconds). Characters whose simplified form is more than one character are not in it,
   * so offsets stay exact.
   */
  static final class TraditionalToSimplified {
    static final String RESOURCE = "traditional-simplified.txt";

    /** The same one-to-one map as a table: every key and value is one UTF-16 char. */
    private static final char[] TABLE = new char[Character.MAX_VALUE + 1];

    static final NormalizeCharMap MAP = build();

    /** What {@link #MAP} maps {@code c} to (itself when it is not a key). */
    static char simplified(char c) {
      char s = TABLE[c];
      return s == 0 ? c : s;
    }

    private static NormalizeCharMap build() {
      NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
      try (InputStream in = TextNormalizer.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(RESOURCE + " is missing from the classpath");
        }
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          if (line.startsWith("#")) {
            continue;
          }
          for (int i = 0; i + 1 < line.length(); i += 2) {
            builder.add(String.valueOf(line.charAt(i)), String.valueOf(line.charAt(i + 1)));
            TABLE[line.charAt(i)] = line.charAt(i + 1);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return builder.build();
    }
  }
}
