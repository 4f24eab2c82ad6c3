package org.nianbao.model;

/** The three fixed tables; each is null when the report does not contain it. */
public record Tables(ActiveTable active, RequestsTable requests, ReviewLitigationTable reviewLitigation) {

  public static final Tables NONE = new Tables(null, null, null);
}
