package org.nianbao.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * An immutable grid of counts keyed by row and column enums. A cell absent from the grid was not
 * given by the report and reads as null, never 0.
 */
public final class CountTable<R extends Enum<R>, C extends Enum<C>> {

  private final Map<R, Map<C, Long>> rows;

  private CountTable(Map<R, Map<C, Long>> rows) {
    this.rows = rows;
  }

  /** The cell's count, or null when the report does not give it. */
  public Long get(R row, C column) {
    Map<C, Long> cells = rows.get(row);
    return cells == null ? null : cells.get(column);
  }

  public boolean hasRow(R row) {
    return rows.containsKey(row);
  }

  /** The given cells of one row (an empty map when the row is absent). */
  public Map<C, Long> row(R row) {
    return rows.getOrDefault(row, Map.of());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CountTable<?, ?> other && rows.equals(other.rows);
  }

  @Override
  public int hashCode() {
    return rows.hashCode();
  }

  @Override
  public String toString() {
    return rows.toString();
  }

  public static <R extends Enum<R>, C extends Enum<C>> Builder<R, C> builder(
      Class<R> rowType, Class<C> columnType) {
    return new Builder<>(rowType, columnType);
  }

  /** Collects cells; a null value leaves the cell absent. */
  public static final class Builder<R extends Enum<R>, C extends Enum<C>> {
    private final Class<C> columnType;
    private final EnumMap<R, EnumMap<C, Long>> rows;

    private Builder(Class<R> rowType, Class<C> columnType) {
      this.columnType = columnType;
      this.rows = new EnumMap<>(rowType);
    }

    /** Marks the row as present even if none of its cells is given. */
    public Builder<R, C> row(R row) {
      rows.computeIfAbsent(row, r -> new EnumMap<>(columnType));
      return this;
    }

    public Builder<R, C> put(R row, C column, Long value) {
      EnumMap<C, Long> cells = rows.computeIfAbsent(row, r -> new EnumMap<>(columnType));
      if (value != null) {
        cells.put(column, value);
      }
      return this;
    }

    public boolean isEmpty() {
      return rows.isEmpty();
    }

    public CountTable<R, C> build() {
      // EnumMap iterates in template order; LinkedHashMap keeps it (EnumMap cannot copy an empty
      // map).
      Map<R, Map<C, Long>> copy = new java.util.LinkedHashMap<>();
      rows.forEach(
          (row, cells) -> copy.put(row, Collections.unmodifiableMap(new EnumMap<>(cells))));
      return new CountTable<>(Collections.unmodifiableMap(copy));
    }
  }
}
