package org.nianbao.extract;

import java.math.BigDecimal;
import java.util.List;

/**
 * One table row as the reader sees it: the label (the text cells before the first number, joined)
 * and the values from the first number to the last, with null for an empty or dashed cell between
 * them. A row without numbers is a header or a label broken onto its own line.
 */
record TableRow(String label, List<BigDecimal> values) {

  boolean hasValues() {
    return !values.isEmpty();
  }

  /** The value at {@code index} as a whole count, or null when absent or not a whole number. */
  Long count(int index) {
    if (index >= values.size() || values.get(index) == null) {
      return null;
    }
    BigDecimal value = values.get(index);
    try {
      return value.longValueExact();
    } catch (ArithmeticException notWhole) {
      return null;
    }
  }
}
