package org.nianbao.stats;

import java.util.List;

/**
 * One group of the matching reports: its {@code key} (2023, 山东省, 山东省/淄博市, county …; "" for all the
 * reports), how many {@code reports} it holds, and each measure's summary in the request's order.
 */
public record Group(String key, long reports, List<MeasureSummary> measures) {

  public Group {
    measures = List.copyOf(measures);
  }
}
