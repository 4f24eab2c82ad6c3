package org.nianbao.model;

import java.util.List;

/**
 * A violated consistency rule (R1–R7) with a message naming the row, column and numbers, and the
 * table cells it involves as model paths ({@code requests.new.total}), so a front end can mark them
 * without knowing the rule.
 */
public record Flag(String rule, String message, List<String> cells) {

  public Flag {
    cells = cells == null ? List.of() : List.copyOf(cells);
  }

  /** A flag about no particular cell (R5–R7). */
  public Flag(String rule, String message) {
    this(rule, message, List.of());
  }
}
