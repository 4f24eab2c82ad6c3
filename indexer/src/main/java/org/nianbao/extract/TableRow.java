package org.nianbao.extract;

import java.math.BigDecimal;
import java.util.List;

/**
 * One table row as the reader sees it: the label (the text cells before the first number, joined)
 * and the values from the first number to the last, with null for an empty or dashed cell between
 * them. A row without numbers is a header or a label broken onto its own line. {@code unreadable}
 * holds the indexes of values that were numbers too long for any report (null in {@code values}).
 */
record TableRow(String label, List<BigDecimal> values, java.util.Set<Integer> unreadable) {

  TableRow {
    unreadable = java.util.Set.copyOf(unreadable);
  }

  TableRow(String label, List<BigDecimal> values) {
    this(label, values, java.util.Set.of());
  }

  /** Whether the cell at {@code index} held a number no report can hold (read as null). */
  boolean isUnreadable(int index) {
    return unreadable.contains(index);
  }

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
