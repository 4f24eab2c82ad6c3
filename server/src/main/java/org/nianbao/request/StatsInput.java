package org.nianbao.request;

import java.util.List;

/**
 * What statistics a user asked for, as typed: {@code group} (year, province, city, county, agency,
 * sector, level or none), the {@code measures} (cells and rates, each as typed), the measure to
 * {@code rank} reports by and how many to show at the {@code top} and bottom, and the {@code limit}
 * of groups. Null or blank where not given.
 */
public record StatsInput(
    String group, List<String> measures, String rank, String top, String limit) {

  public StatsInput {
    measures =
        measures == null
            ? List.of()
            : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(measures));
  }
}
