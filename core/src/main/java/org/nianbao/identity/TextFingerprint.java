package org.nianbao.identity;

import java.nio.charset.StandardCharsets;
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
    String letters = lettersAndDigits(text);
    int[] weights = new int[64];
    for (int i = 0; i + SHINGLE <= letters.length(); i++) {
      long hash = fnv1a64(letters.substring(i, i + SHINGLE));
      for (int bit = 0; bit < 64; bit++) {
        weights[bit] += ((hash >>> bit) & 1L) == 1L ? 1 : -1;
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

  private static String lettersAndDigits(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
    return out.toString();
  }

  private static long fnv1a64(String s) {
    long hash = 0xcbf29ce484222325L;
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      hash ^= b & 0xff;
      hash *= 0x100000001b3L;
    }
    return hash;
  }
}
