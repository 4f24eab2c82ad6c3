package org.nianbao.search;

import java.math.BigDecimal;
import java.util.Objects;
import org.nianbao.model.Measure;

/**
 * A filter on a table cell or a rate: {@code requests.new.total >= 100}, {@code rate.disclosure <
 * 0.5}. A report that does not give the value (a missing cell, a rate whose denominator is 0) never
 * passes, whatever the comparison: missing data is not 0.
 */
public record ValueFilter(Measure measure, Comparison comparison, BigDecimal value) {

  public ValueFilter {
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(comparison, "comparison");
    Objects.requireNonNull(value, "value");
  }

  /** As users write it: requests.new.total>=100. */
  @Override
  public String toString() {
    return measure.key() + comparison.symbol() + value.stripTrailingZeros().toPlainString();
  }
}
