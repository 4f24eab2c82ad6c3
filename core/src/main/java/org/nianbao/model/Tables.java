package org.nianbao.model;

import java.util.List;

/**
 * The three fixed tables; each is null when the report does not contain it. {@code unreadableCells}
 * names the cells that hold something no report can hold (a number of hundreds of digits): such a
 * cell is null and flagged, never a value.
 */
public record Tables(
    ActiveTable active,
    RequestsTable requests,
    ReviewLitigationTable reviewLitigation,
    List<CellRef> unreadableCells) {

  public static final Tables NONE = new Tables(null, null, null);

  public Tables {
    unreadableCells = unreadableCells == null ? List.of() : List.copyOf(unreadableCells);
  }

  public Tables(
      ActiveTable active, RequestsTable requests, ReviewLitigationTable reviewLitigation) {
    this(active, requests, reviewLitigation, List.of());
  }
}
