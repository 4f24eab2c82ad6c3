package org.nianbao.schema;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.BitSet;
import java.util.function.IntPredicate;
import org.apache.lucene.analysis.CharFilter;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;

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

  /** Whether the text is folded first (full-width forms, traditional characters). */
  private final boolean fold;

  /** Whether the input's enumeration commas are kept for {@link #enumerationCommaAt}. */
  private final boolean recordCommas;

  /**
   * The folding char filters, when the text needed them (half-width katakana, whose voiced marks
   * combine and move offsets): the offsets are corrected through them.
   */
  private CharFilter folded;

  /**
   * Where the input has an enumeration comma (、), by offset into the input; null when it has none
   * or when they are not recorded. Read by {@link ListItemMarkFilter}, which marks the words beside
   * one.
   */
  private BitSet enumerationCommas;

  SoftSeparatorFilter(Reader in) {
    this(in, false, false);
  }

  private SoftSeparatorFilter(Reader in, boolean fold, boolean recordCommas) {
    super(in);
    this.fold = fold;
    this.recordCommas = recordCommas;
  }

  /**
   * The whole of {@link TextNormalizer#normalizing}: {@code CJKWidthCharFilter}, the traditional to
   * simplified {@code MappingCharFilter}, then this. Both folds are one char for one char, with no
   * offset correction, except the half-width katakana's voiced marks: a text without half-width
   * katakana is folded here a char at a time (as {@link TextNormalizer#normalize} does), any other
   * goes through the two filters themselves. The output and offsets are those of the three filters
   * chained, without two layers of per-char reading.
   */
  static SoftSeparatorFilter folding(Reader in) {
    return new SoftSeparatorFilter(in, true, false);
  }

  /**
   * {@link #folding}, keeping where the input's enumeration commas are: only the analyzer that
   * marks list items reads them, so no other text (queries, titles, the boilerplate twin) pays the
   * scan.
   */
  static SoftSeparatorFilter foldingAndRecordingCommas(Reader in) {
    return new SoftSeparatorFilter(in, true, true);
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
    int corrected = Math.max(0, super.correct(currentOff));
    return folded == null ? corrected : folded.correctOffset(corrected);
  }

  /** Reads all the input (as the regex filter did) and removes the runs. */
  private void fill() throws IOException {
    StringBuilder in = new StringBuilder();
    char[] chunk = new char[4096];
    for (int n = input.read(chunk); n > 0; n = input.read(chunk)) {
      in.append(chunk, 0, n);
    }
    if (recordCommas) {
      enumerationCommas = enumerationCommas(in);
    }
    if (fold) {
      in = fold(in);
    }
    transformed = new StringReader(remove(in, this));
  }

  /** The offsets of the 、 in {@code in}, or null when it has none. */
  private static BitSet enumerationCommas(CharSequence in) {
    BitSet commas = null;
    for (int i = 0; i < in.length(); i++) {
      if (in.charAt(i) == '、') {
        if (commas == null) {
          commas = new BitSet(in.length());
        }
        commas.set(i);
      }
    }
    return commas;
  }

  /**
   * Whether the input has an enumeration comma at {@code offset} (an offset into the input, as a
   * token's corrected offsets are). Valid once the input is read.
   */
  boolean enumerationCommaAt(int offset) {
    return enumerationCommas != null && offset >= 0 && enumerationCommas.get(offset);
  }

  /** The text folded as the width and traditional-character filters fold it. */
  private StringBuilder fold(StringBuilder in) throws IOException {
    for (int i = 0; i < in.length(); i++) {
      char c = in.charAt(i);
      if (c >= 0xFF65 && c <= 0xFF9F) {
        folded =
            new MappingCharFilter(
                TextNormalizer.TraditionalToSimplified.MAP,
                new CJKWidthCharFilter(new StringReader(in.toString())));
        StringBuilder out = new StringBuilder(in.length());
        char[] chunk = new char[4096];
        for (int n = folded.read(chunk); n > 0; n = folded.read(chunk)) {
          out.append(chunk, 0, n);
        }
        return out;
      }
    }
    for (int i = 0; i < in.length(); i++) {
      char c = in.charAt(i);
      if (c >= 0xFF01 && c <= 0xFF5E) {
        c = (char) (c - 0xFEE0); // full-width ASCII, as CJKWidthCharFilter folds it
      }
      in.setCharAt(i, TextNormalizer.TraditionalToSimplified.simplified(c));
    }
    return in;
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
    if (!MAY_SEPARATE.get(c)) {
      return 0;
    }
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
    return SPACE_OR_TAB.get(c);
  }

  private static boolean isBmpHan(char c) {
    return BMP_HAN.get(c);
  }

  private static boolean isHan(int codePoint) {
    return codePoint <= Character.MAX_VALUE
        ? BMP_HAN.get(codePoint)
        : Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
  }

  /**
   * The characters of the Basic Multilingual Plane by kind, looked up rather than computed: this
   * filter reads every character of every section twice (both twins), and {@code
   * Character.UnicodeScript.of} is a binary search over the script table.
   */
  private static final BitSet BMP_HAN =
      bmp(
          c ->
              !Character.isSurrogate((char) c)
                  && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);

  private static final BitSet SPACE_OR_TAB =
      bmp(c -> c == '\t' || Character.getType(c) == Character.SPACE_SEPARATOR);

  /** A character that may begin a separator unit: a soft character, a line break. */
  private static final BitSet MAY_SEPARATE =
      bmp(c -> c == '\n' || c == '\r' || SPACE_OR_TAB.get(c) || SOFT_CHARACTERS.indexOf(c) >= 0);

  private static BitSet bmp(IntPredicate kind) {
    BitSet set = new BitSet(Character.MAX_VALUE + 1);
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (kind.test(c)) {
        set.set(c);
      }
    }
    return set;
  }
}
