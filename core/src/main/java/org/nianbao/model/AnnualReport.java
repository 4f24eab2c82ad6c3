package org.nianbao.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One annual report in the canonical model of {@code shared/reference/report-model.md}. Fields the
 * report does not give are null; {@link #parts()} and {@link #tables()} are never null. {@link
 * #format()} and {@link #provenance()} are additions to that model: which national format the
 * report follows, and where each metadata field was read.
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
    Tables tables,
    ReportFormat format,
    Provenance provenance) {

  public AnnualReport {
    region = region == null ? Region.NONE : region;
    Objects.requireNonNull(parts, "parts");
    Objects.requireNonNull(tables, "tables");
    provenance = provenance == null ? Provenance.NONE : provenance;
  }

  /** A report with no recorded format or provenance (built by hand, as in tests). */
  public AnnualReport(
      String title,
      String agency,
      Integer year,
      LocalDate published,
      Region region,
      Level level,
      String sector,
      Parts parts,
      Tables tables) {
    this(
        title,
        agency,
        year,
        published,
        region,
        level,
        sector,
        parts,
        tables,
        null,
        Provenance.NONE);
  }
}
