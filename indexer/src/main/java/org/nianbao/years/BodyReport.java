package org.nianbao.years;

import java.util.Objects;
import org.nianbao.model.AnnualReport;

/** One report of a body, with the id it has in the index. */
public record BodyReport(String id, AnnualReport report) {

  public BodyReport {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(report, "report");
  }
}
