package org.nianbao.search;

import java.util.Optional;
import java.util.stream.Stream;

/**
 * How a {@link ValueFilter} compares a report's value with the number given; {@link #symbol()} is
 * how users write it.
 */
public enum Comparison {
  // Two-character symbols first: reading "requests.new.total>=100" must not stop at ">".
  GE(">="),
  LE("<="),
  NE("!="),
  GT(">"),
  LT("<"),
  EQ("=");

  private final String symbol;

  Comparison(String symbol) {
    this.symbol = symbol;
  }

  /** >=, <=, !=, >, <, =. */
  public String symbol() {
    return symbol;
  }

  /** Whether {@code value} compared with {@code bound} passes. */
  public boolean test(double value, double bound) {
    int c = Double.compare(value, bound);
    return switch (this) {
      case GE -> c >= 0;
      case LE -> c <= 0;
      case NE -> c != 0;
      case GT -> c > 0;
      case LT -> c < 0;
      case EQ -> c == 0;
    };
  }

  public static Optional<Comparison> find(String symbol) {
    return Stream.of(values()).filter(c -> c.symbol.equals(symbol)).findFirst();
  }
}
