package org.nianbao.extract;

/** The text was read but is not an annual report (no report title, no part headings). */
public final class NotAReportException extends Exception {

  public NotAReportException(String reason) {
    super(reason);
  }
}
