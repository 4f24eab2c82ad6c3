package org.nianbao.schema;

/**
 * Chinese numerals as written in headings and dates (三, 十二, 二十一, 〇, 二〇二四): the parser reads part
 * numbers and dates with it, the searcher a year typed in a query.
 */
public final class Numerals {

  private static final String DIGITS = "〇一二三四五六七八九";

  private Numerals() {}

  /**
   * The value of an Arabic or Chinese numeral up to 99, or of a digit-by-digit 二〇二四; -1 if none.
   */
  public static int value(String numeral) {
    if (numeral == null || numeral.isEmpty()) {
      return -1;
    }
    if (numeral.chars().allMatch(Character::isDigit)) {
      return Integer.parseInt(numeral);
    }
    if (numeral
        .chars()
        .allMatch(ch -> DIGITS.indexOf(ch) >= 0 || ch == '零' || ch == 'O' || ch == '○')) {
      int value = 0;
      for (char c : numeral.toCharArray()) {
        value = value * 10 + digit(c);
      }
      return value;
    }
    int ten = numeral.indexOf('十');
    if (ten < 0) {
      return -1;
    }
    int tens = ten == 0 ? 1 : digit(numeral.charAt(0));
    int units = ten == numeral.length() - 1 ? 0 : digit(numeral.charAt(ten + 1));
    return tens < 0 || units < 0 ? -1 : tens * 10 + units;
  }

  private static int digit(char c) {
    if (c == '零' || c == 'O' || c == '○') {
      return 0;
    }
    return DIGITS.indexOf(c);
  }
}
