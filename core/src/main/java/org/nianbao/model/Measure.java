package org.nianbao.model;

/**
 * A number a report gives or implies, the unit of statistics, filters and sorts: a table cell
 * ({@link CellRef}, {@code requests.new.total}) or a rate derived from cells ({@link Rate}, {@code
 * rate.disclosure}). {@link #key()} is how URLs, the command line, JSON and CSV headers write it.
 */
public sealed interface Measure permits CellRef, Rate {

  /** requests.new.total, rate.disclosure. */
  String key();

  /** How a reader names it: 本年新收政府信息公开申请数量 · 总计, 公开率. */
  String label();

  /**
   * The measure a key names (a cell's path, with or without its table: {@code review.total}; a
   * rate's key, or its name as evaluators write it: 公开率); throws IllegalArgumentException for
   * anything else.
   */
  static Measure parse(String key) {
    String value = key == null ? "" : key.strip();
    for (Rate rate : Rate.values()) {
      if (rate.label().equals(value)) {
        return rate;
      }
    }
    if (value.startsWith(Rate.PREFIX)) {
      return Rate.find(value)
          .orElseThrow(
              () ->
                  new IllegalArgumentException(
                      "not a rate: "
                          + value
                          + " (rates are "
                          + String.join(", ", Rate.keys())
                          + ")"));
    }
    return CellRef.parseShort(value);
  }
}
