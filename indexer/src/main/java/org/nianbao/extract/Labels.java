package org.nianbao.extract;

/**
 * Normalises table labels and headings for matching: no whitespace, one form of brackets and dots.
 */
final class Labels {

  private Labels() {}

  static String normalize(String label) {
    StringBuilder out = new StringBuilder(label.length());
    for (int i = 0; i < label.length(); i++) {
      char c = label.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00A0') {
        continue;
      }
      out.append(
          switch (c) {
            case '(' -> '（';
            case ')' -> '）';
            case '．' -> '.';
            case '"' -> '“';
            default -> c;
          });
    }
    return out.toString();
  }
}
