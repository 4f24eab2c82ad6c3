package org.nianbao.extract;

import org.nianbao.model.AnnualReport;

/** Text of one report → the canonical model. Thread-safe. */
public final class ReportParser {

  public AnnualReport parse(String text) throws NotAReportException {
    throw new UnsupportedOperationException("parser lands in the next commit");
  }
}
