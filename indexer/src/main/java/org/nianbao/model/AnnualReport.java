package org.nianbao.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One annual report in the canonical model of {@code shared/reference/report-model.md}.
 * Fields the report does not give are null; {@link #parts()} and {@link #tables()} are never null.
 */
public record AnnualReport(
    String title,
    String agency,
    Integer year,
    LocalDate published,
    Region region,
    Level level,
    String sector,
    Parts parts,
    Tables tables) {

  public AnnualReport {
    region = region == null ? Region.NONE : region;
    Objects.requireNonNull(parts, "parts");
    Objects.requireNonNull(tables, "tables");
  }
}
