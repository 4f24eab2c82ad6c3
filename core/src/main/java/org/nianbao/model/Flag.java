package org.nianbao.model;

import java.util.List;
import java.util.Objects;

/**
 * A violated consistency rule with a message naming the row, column and numbers, and the table
 * cells it involves, so a front end can mark them without knowing the rule.
 */
public record Flag(Rule rule, String message, List<CellRef> cells) {

  public Flag {
    Objects.requireNonNull(rule, "rule");
    cells = cells == null ? List.of() : List.copyOf(cells);
  }

  /** A flag about no particular cell (R5–R7, R10, R11). */
  public Flag(Rule rule, String message) {
    this(rule, message, List.of());
  }
}
