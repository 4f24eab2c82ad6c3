package org.nianbao.schema;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharFilter;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;

/**
 * The text normalisation that index and query share, so that a query matches however the report
 * happens to print the same words:
 *
 * <ul>
 *   <li>full-width forms fold to ASCII (ＩＰｖ６ → IPv6);
 *   <li>traditional characters fold to simplified (三公經費 → 三公经费): some pages are served in
 *       traditional characters;
 *   <li>soft separators between two Chinese characters vanish: spaces and single line breaks (PDF
 *       and DOCX break lines inside words: 中华人民共和\n国), quotes (“放管服”改革), book-title
 *       marks, the enumeration comma 、 (一件事、一次办) and the middle dot. A blank line, and clause
 *       punctuation (，。；：！？ and brackets), still end a run: 抖音 must not match 颤抖，音乐.
 * </ul>
 *
 * Every step is a char filter, so offsets still point into the original text and the highlighter
 * marks what the report really prints.
 */
public final class TextNormalizer {

  /** Between two Han characters: soft separators, or a line break that does not start a blank line. */
  private static final Pattern SOFT_SEPARATORS = Pattern.compile(
      "(?<=\\p{IsHan})(?:[\\p{Zs}\\t\"'“”‘’「」『』《》〈〉、·・]|\\r?\\n(?![\\p{Zs}\\t]*\\r?\\n))+(?=\\p{IsHan})");

  private TextNormalizer() {}

  /** Wraps a reader with every normalisation step (not lower-casing: analyzers do that per token). */
  public static Reader normalizing(Reader reader) {
    Reader folded = new MappingCharFilter(TraditionalToSimplified.MAP, new CJKWidthCharFilter(reader));
    return new PatternReplaceCharFilter(SOFT_SEPARATORS, "", folded);
  }

  /** The normalised form of {@code text}, lower-cased: what query words and passages are compared as. */
  public static String normalize(String text) {
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

    /** Where in the original the normalised characters {@code [from, to)} stand, as [start, end). */
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
    static final NormalizeCharMap MAP = build();

    private static NormalizeCharMap build() {
      NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
      try (InputStream in = TextNormalizer.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(RESOURCE + " is missing from the classpath");
        }
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          if (line.startsWith("#")) {
            continue;
          }
          for (int i = 0; i + 1 < line.length(); i += 2) {
            builder.add(String.valueOf(line.charAt(i)), String.valueOf(line.charAt(i + 1)));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return builder.build();
    }
  }
}
