package org.nianbao.model;

/** 收到和处理政府信息公开申请 table: {@link RequestRow} × {@link Applicant}. */
public record RequestsTable(CountTable<RequestRow, Applicant> cells) {

  public Long get(RequestRow row, Applicant column) {
    return cells.get(row, column);
  }
}
