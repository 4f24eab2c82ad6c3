package org.nianbao.model;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One cell of the three tables, by the model's keys: its {@link #path()} is where the cell stands in
 * the report's JSON ({@code requests.new.total}, {@code review_litigation.review.upheld}, {@code
 * active.fees.amount}). A consistency flag names the cells it involves with it, the index names a
 * cell's numeric field after it, the report page marks the cell it points at.
 */
public record CellRef(Table table, String row, String column) {

  /**
   * The three tables, by their key in the model's {@code tables} and their short Chinese name, with
   * which a consistency message about a cell begins (申请情况表「自然人」列：…).
   */
  public enum Table {
    ACTIVE("active", "主动公开情况表", Set.of("rules", "normative_docs", "licensing", "penalty", "coercion", "fees"),
        Set.of("issued", "repealed", "in_force", "decisions", "amount")),
    REQUESTS("requests", "申请情况表", keys(RequestRow.values(), RequestRow::key), keys(Applicant.values(), Applicant::key)),
    REVIEW_LITIGATION("review_litigation", "复议诉讼表", keys(ReviewGroup.values(), ReviewGroup::key),
        keys(ReviewOutcome.values(), ReviewOutcome::key));

    private final String key;
    private final String label;
    private final Set<String> rows;
    private final Set<String> columns;

    Table(String key, String label, Set<String> rows, Set<String> columns) {
      this.key = key;
      this.label = label;
      this.rows = rows;
      this.columns = columns;
    }

    public String key() {
      return key;
    }

    /** 主动公开情况表, 申请情况表, 复议诉讼表. */
    public String label() {
      return label;
    }

    static Optional<Table> find(String key) {
      return Stream.of(values()).filter(table -> table.key.equals(key)).findFirst();
    }
  }

  public CellRef {
    if (table == null || !table.rows.contains(row) || !table.columns.contains(column)) {
      throw new IllegalArgumentException("no such table cell: " + table + " / " + row + " / " + column);
    }
  }

  /** A cell of the requests table. */
  public static CellRef of(RequestRow row, Applicant column) {
    return new CellRef(Table.REQUESTS, row.key(), column.key());
  }

  /** A cell of the review and litigation table. */
  public static CellRef of(ReviewGroup group, ReviewOutcome outcome) {
    return new CellRef(Table.REVIEW_LITIGATION, group.key(), outcome.key());
  }

  /** A cell of the 主动公开 table, by its JSON keys: ("rules", "issued"), ("fees", "amount"). */
  public static CellRef active(String row, String column) {
    return new CellRef(Table.ACTIVE, row, column);
  }

  /** The model path: requests.new.total. */
  public String path() {
    return table.key() + "." + row + "." + column;
  }

  /** The cell a model path names; throws for a path that names no cell of the three tables. */
  public static CellRef parse(String path) {
    String[] keys = path == null ? new String[0] : path.split("\\.", -1);
    Optional<Table> table = keys.length == 3 ? Table.find(keys[0]) : Optional.empty();
    if (table.isEmpty()) {
      throw new IllegalArgumentException("not a table cell's path: " + path);
    }
    return new CellRef(table.get(), keys[1], keys[2]);
  }

  @Override
  public String toString() {
    return path();
  }

  private static <E> Set<String> keys(E[] values, Function<E, String> key) {
    return Stream.of(values).map(key).collect(Collectors.toUnmodifiableSet());
  }
}
