package org.nianbao.pipeline;

import org.nianbao.identity.ReportIds;
import org.nianbao.model.CheckedReport;
import org.nianbao.source.ReportFile;

/** A file read, parsed and checked: what every command works on. */
public record LoadedReport(ReportFile file, CheckedReport checked) {

  /** The report's stable id (see {@link ReportIds}). */
  public String id() {
    return ReportIds.of(checked.report());
  }
}
