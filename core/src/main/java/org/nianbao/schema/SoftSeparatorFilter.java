package org.nianbao.schema;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;

/**
 * Removes soft separators between two Han characters (see {@link TextNormalizer}): a run of spaces,
 * tabs, quotes, book-title marks, 、 and middle dots, and line breaks that do not start a blank
 * line, with a Han character on each side. It does exactly what {@code PatternReplaceCharFilter}
 * did with the regex in {@link #EQUIVALENT_REGEX} and "" (same output, same offset corrections,
 * pinned by {@code SoftSeparatorFilterTest}), in one pass without regex backtracking: the regex was
 * a fifth of the indexer's CPU.
 *
 * <p>Like the regex's lookbehind, the character before a run must be a Han character of the Basic
 * Multilingual Plane; the one after it may be any Han code point.
 */
final class SoftSeparatorFilter extends BaseCharFilter {

  /** The regex this filter implements, replaced by "". */
  static final String EQUIVALENT_REGEX =
      "(?<=\\p{IsHan})(?:[\\p{Zs}\\t\"'“”‘’「」『』《》〈〉、·・]|\\r?\\n(?![\\p{Zs}\\t]*\\r?\\n))+(?=\\p{IsHan})";

  private static final String SOFT_CHARACTERS = "\t\"'“”‘’「」『』《》〈〉、·・";

  private Reader transformed;

  SoftSeparatorFilter(Reader in) {
    super(in);
  }

  @Override
  public int read(char[] buffer, int off, int len) throws IOException {
    if (transformed == null) {
      fill();
    }
    return transformed.read(buffer, off, len);
  }

  @Override
  public int read() throws IOException {
    if (transformed == null) {
      fill();
    }
    return transformed.read();
  }

  @Override
  protected int correct(int currentOff) {
    return Math.max(0, super.correct(currentOff));
  }

  /** Reads all the input (as the regex filter did) and removes the runs. */
  private void fill() throws IOException {
    StringBuilder in = new StringBuilder();
    char[] chunk = new char[4096];
    for (int n = input.read(chunk); n > 0; n = input.read(chunk)) {
      in.append(chunk, 0, n);
    }
    transformed = new StringReader(remove(in, this));
  }

  /** {@code s} without its soft-separator runs (what the filter reads out, without offsets). */
  static String removeAll(CharSequence s) {
    return remove(s, null);
  }

  /** Removes the runs; records the offset corrections in {@code filter} when there is one. */
  private static String remove(CharSequence s, SoftSeparatorFilter filter) {
    int n = s.length();
    StringBuilder out = null;
    int copied = 0;
    int removed = 0;
    int i = 1;
    while (i < n) {
      if (unitLength(s, i) == 0 || !isBmpHan(s.charAt(i - 1))) {
        i++;
        continue;
      }
      int end = i;
      for (int unit = unitLength(s, end); unit > 0; unit = end < n ? unitLength(s, end) : 0) {
        end += unit;
      }
      if (end < n && isHan(Character.codePointAt(s, end))) {
        if (out == null) {
          out = new StringBuilder(n);
        }
        out.append(s, copied, i);
        removed += end - i;
        if (filter != null) {
          filter.addOffCorrectMap(out.length(), removed);
        }
        copied = end;
      }
      // Every position inside the run follows a separator: no match can start there.
      i = end;
    }
    if (out == null) {
      return s.toString();
    }
    return out.append(s, copied, n).toString();
  }

  /**
   * The length of the separator unit at {@code i} (a soft character, or a line break that does not
   * start a blank line), or 0.
   */
  private static int unitLength(CharSequence s, int i) {
    char c = s.charAt(i);
    if (c == '\n') {
      return startsBlankLine(s, i + 1) ? 0 : 1;
    }
    if (c == '\r') {
      return i + 1 < s.length() && s.charAt(i + 1) == '\n' && !startsBlankLine(s, i + 2) ? 2 : 0;
    }
    return isSpaceOrTab(c) || SOFT_CHARACTERS.indexOf(c) >= 0 ? 1 : 0;
  }

  /**
   * Whether spaces and tabs from {@code i} run into a line break (the regex's {@code
   * [\p{Zs}\t]*\r?\n}).
   */
  private static boolean startsBlankLine(CharSequence s, int i) {
    int n = s.length();
    while (i < n && isSpaceOrTab(s.charAt(i))) {
      i++;
    }
    return i < n
        && (s.charAt(i) == '\n' || (s.charAt(i) == '\r' && i + 1 < n && s.charAt(i + 1) == '\n'));
  }

  private static boolean isSpaceOrTab(char c) {
    return c == '\t' || Character.getType(c) == Character.SPACE_SEPARATOR;
  }

  private static boolean isBmpHan(char c) {
    return !Character.isSurrogate(c) && isHan(c);
  }

  private static boolean isHan(int codePoint) {
    return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
  }
}
