package org.nianbao.stats;

import java.util.List;
import org.nianbao.model.Measure;

/**
 * Statistics over the {@code total} reports a search matched: {@code overall} for all of them,
 * {@code groups} (at most the request's limit, of {@code groupCount}) in the order to show them:
 * years and levels in their own order, the other dimensions by number of reports, most first.
 * {@code top} and {@code bottom}: the reports with the highest and lowest value of {@code rankBy}.
 */
public record StatsResult(
    long total,
    long tookMs,
    GroupBy group,
    List<Measure> measures,
    Group overall,
    int groupCount,
    List<Group> groups,
    Measure rankBy,
    List<RankedReport> top,
    List<RankedReport> bottom) {

  public StatsResult {
    measures = List.copyOf(measures);
    groups = List.copyOf(groups);
    top = List.copyOf(top);
    bottom = List.copyOf(bottom);
  }
}
