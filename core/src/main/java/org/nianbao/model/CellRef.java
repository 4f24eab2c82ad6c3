package org.nianbao.model;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One cell of the three tables, by the model's keys: its {@link #path()} is where the cell stands
 * in the report's JSON ({@code requests.new.total}, {@code review_litigation.review.upheld}, {@code
 * active.fees.amount}). A consistency flag names the cells it involves with it, the index names a
 * cell's numeric field after it, the report page marks the cell it points at.
 */
public record CellRef(Table table, String row, String column) implements Measure {

  /**
   * The three tables, by their key in the model's {@code tables} and their short Chinese name, with
   * which a consistency message about a cell begins (申请情况表「自然人」列：…).
   */
  public enum Table {
    ACTIVE(
        "active",
        "主动公开情况表",
        Set.of("rules", "normative_docs", "licensing", "penalty", "coercion", "fees"),
        Set.of("issued", "repealed", "in_force", "decisions", "amount")),
    REQUESTS(
        "requests",
        "申请情况表",
        keys(RequestRow.values(), RequestRow::key),
        keys(Applicant.values(), Applicant::key)),
    REVIEW_LITIGATION(
        "review_litigation",
        "复议诉讼表",
        keys(ReviewGroup.values(), ReviewGroup::key),
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
      throw new IllegalArgumentException(
          "no such table cell: " + table + " / " + row + " / " + column);
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

  /** As a {@link Measure}, a cell is written as its path. */
  @Override
  public String key() {
    return path();
  }

  /**
   * Every cell of the three tables, in template order (the active table, requests, review and
   * litigation).
   */
  public static java.util.List<CellRef> all() {
    return Cells.ALL;
  }

  /**
   * Whether this is a cell the template has (the active table's rows do not all have every column).
   */
  public boolean exists() {
    return Cells.ALL.contains(this);
  }

  /**
   * How a reader names the cell: the row's and the column's labels in the template, 本年新收政府信息公开申请数量
   * · 总计, 行政复议 · 结果纠正, 规章 · 本年制发件数.
   */
  @Override
  public String label() {
    return switch (table) {
      case ACTIVE -> Cells.ACTIVE_LABELS.get(row) + " · " + Cells.ACTIVE_LABELS.get(column);
      case REQUESTS -> {
        RequestRow r =
            java.util.Arrays.stream(RequestRow.values())
                .filter(x -> x.key().equals(row))
                .findFirst()
                .orElseThrow();
        Applicant c =
            java.util.Arrays.stream(Applicant.values())
                .filter(x -> x.key().equals(column))
                .findFirst()
                .orElseThrow();
        yield r.label().replaceFirst("^[一二三四]、", "") + " · " + c.label();
      }
      case REVIEW_LITIGATION -> {
        ReviewGroup g =
            java.util.Arrays.stream(ReviewGroup.values())
                .filter(x -> x.key().equals(row))
                .findFirst()
                .orElseThrow();
        ReviewOutcome o =
            java.util.Arrays.stream(ReviewOutcome.values())
                .filter(x -> x.key().equals(column))
                .findFirst()
                .orElseThrow();
        yield g.label() + " · " + o.label();
      }
    };
  }

  /** The list of cells and the active table's labels, built once. */
  private static final class Cells {
    static final java.util.Map<String, String> ACTIVE_LABELS =
        java.util.Map.ofEntries(
            java.util.Map.entry("rules", "规章"),
            java.util.Map.entry("normative_docs", "行政规范性文件"),
            java.util.Map.entry("licensing", "行政许可"),
            java.util.Map.entry("penalty", "行政处罚"),
            java.util.Map.entry("coercion", "行政强制"),
            java.util.Map.entry("fees", "行政事业性收费"),
            java.util.Map.entry("issued", "本年制发件数"),
            java.util.Map.entry("repealed", "本年废止件数"),
            java.util.Map.entry("in_force", "现行有效件数"),
            java.util.Map.entry("decisions", "本年处理决定数量"),
            java.util.Map.entry("amount", "本年收费金额（万元）"));
    static final java.util.List<CellRef> ALL = build();

    private static java.util.List<CellRef> build() {
      java.util.List<CellRef> cells = new java.util.ArrayList<>();
      for (String row : java.util.List.of("rules", "normative_docs")) {
        for (String column : java.util.List.of("issued", "repealed", "in_force")) {
          cells.add(active(row, column));
        }
      }
      for (String row : java.util.List.of("licensing", "penalty", "coercion")) {
        cells.add(active(row, "decisions"));
      }
      cells.add(active("fees", "amount"));
      for (RequestRow row : RequestRow.values()) {
        for (Applicant column : Applicant.values()) {
          cells.add(of(row, column));
        }
      }
      for (ReviewGroup group : ReviewGroup.values()) {
        for (ReviewOutcome outcome : ReviewOutcome.values()) {
          cells.add(of(group, outcome));
        }
      }
      return java.util.List.copyOf(cells);
    }
  }

  /**
   * The cell a path names, with or without its table: every row key belongs to one table, so {@code
   * review.total} is {@code review_litigation.review.total} and {@code new.total} is {@code
   * requests.new.total}. Throws for a path that names no cell of the template.
   */
  public static CellRef parseShort(String path) {
    String[] keys = path == null ? new String[0] : path.split("\\.", -1);
    if (keys.length == 2) {
      for (Table table : Table.values()) {
        if (table.rows.contains(keys[0])) {
          return checked(new CellRef(table, keys[0], keys[1]), path);
        }
      }
      throw new IllegalArgumentException("not a table cell's path: " + path);
    }
    return checked(parse(path), path);
  }

  private static CellRef checked(CellRef cell, String path) {
    if (!cell.exists()) {
      throw new IllegalArgumentException("not a table cell's path: " + path);
    }
    return cell;
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
