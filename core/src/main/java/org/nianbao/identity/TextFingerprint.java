package org.nianbao.identity;

import org.nianbao.model.AnnualReport;

/**
 * A 64-bit SimHash (Charikar) of a report's prose: two copies of one report (a re-download, the
 * same text as DOCX and as PDF) differ in a few bits, two different reports in many. Only letters
 * and digits count, as 4-character shingles, so line breaks, page numbers and punctuation that
 * extraction changes do not move it.
 */
public final class TextFingerprint {

  /** Bits two copies of one report may differ in; different reports differ in ~20 or more. */
  public static final int SAME_REPORT_BITS = 6;

  private static final int SHINGLE = 4;

  private TextFingerprint() {}

  public static long of(AnnualReport report) {
    return of(prose(report));
  }

  static long of(String text) {
    char[] letters = lettersAndDigits(text);
    int[] weights = new int[64];
    for (int i = 0; i + SHINGLE <= letters.length; i++) {
      long hash = fnv1a64(letters, i, i + SHINGLE);
      for (int bit = 0; bit < 64; bit++) {
        weights[bit] += (int) ((hash >>> bit) & 1L) * 2 - 1;
      }
    }
    long fingerprint = 0;
    for (int bit = 0; bit < 64; bit++) {
      if (weights[bit] > 0) {
        fingerprint |= 1L << bit;
      }
    }
    return fingerprint;
  }

  public static int distance(long a, long b) {
    return Long.bitCount(a ^ b);
  }

  public static boolean sameReport(long a, long b) {
    return distance(a, b) <= SAME_REPORT_BITS;
  }

  private static String prose(AnnualReport report) {
    return String.join("", report.parts().texts());
  }

  private static char[] lettersAndDigits(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (Character.isLetterOrDigit(c)) {
        out.appendCodePoint(c);
      }
      i += Character.charCount(c);
    }
    char[] chars = new char[out.length()];
    out.getChars(0, chars.length, chars, 0);
    return chars;
  }

  /**
   * FNV-1a over the UTF-8 bytes of {@code chars[from, to)}, as {@code String.getBytes(UTF_8)}
   * encodes them (a surrogate without its pair in the range is '?'), without making the string.
   */
  private static long fnv1a64(char[] chars, int from, int to) {
    long hash = 0xcbf29ce484222325L;
    for (int i = from; i < to; i++) {
      char c = chars[i];
      if (c < 0x80) {
        hash = fnv(hash, c);
      } else if (c < 0x800) {
        hash = fnv(hash, 0xc0 | (c >> 6));
        hash = fnv(hash, 0x80 | (c & 0x3f));
      } else if (Character.isHighSurrogate(c)
          && i + 1 < to
          && Character.isLowSurrogate(chars[i + 1])) {
        int cp = Character.toCodePoint(c, chars[++i]);
        hash = fnv(hash, 0xf0 | (cp >> 18));
        hash = fnv(hash, 0x80 | ((cp >> 12) & 0x3f));
        hash = fnv(hash, 0x80 | ((cp >> 6) & 0x3f));
        hash = fnv(hash, 0x80 | (cp & 0x3f));
      } else if (Character.isSurrogate(c)) {
        hash = fnv(hash, '?');
      } else {
        hash = fnv(hash, 0xe0 | (c >> 12));
        hash = fnv(hash, 0x80 | ((c >> 6) & 0x3f));
        hash = fnv(hash, 0x80 | (c & 0x3f));
      }
    }
    return hash;
  }

  private static long fnv(long hash, int b) {
    return (hash ^ b) * 0x100000001b3L;
  }
}
