package org.nianbao.web;

import java.util.Locale;
import org.nianbao.model.Measure;
import org.nianbao.model.Rate;

/**
 * Numbers as the pages write them: counts with thousands separators, rates as percentages, "—" for
 * none.
 */
final class Figures {

  static final String NONE = "—";

  private Figures() {}

  /**
   * A value of {@code measure}: a rate as a percentage, a count whole, a mean or an amount to two
   * places.
   */
  static String of(Measure measure, Double value) {
    if (value == null || value.isNaN() || value.isInfinite()) {
      return NONE;
    }
    return measure instanceof Rate ? percent(value) : number(value);
  }

  static String percent(double value) {
    return String.format(Locale.ROOT, "%.1f%%", value * 100);
  }

  static String number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return String.format(Locale.ROOT, "%,d", (long) value);
    }
    return String.format(Locale.ROOT, "%,.2f", value);
  }

  static String count(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }

  /** A coordinate for SVG: one decimal, dot as separator whatever the locale. */
  static String coordinate(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
