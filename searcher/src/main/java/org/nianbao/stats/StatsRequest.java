package org.nianbao.stats;

import java.util.List;
import java.util.Objects;
import org.nianbao.model.Measure;
import org.nianbao.search.SearchRequest;

/**
 * Statistics over the reports a search matches: its {@code search} (query and filters; its page,
 * size and sort are not used), the {@code measures} to summarise, how to {@code group} them, and
 * the {@code top} reports with the highest and lowest value of {@code rankBy} (0 for no ranking).
 * {@code groupLimit} caps the groups returned (the count of all is in the result).
 */
public record StatsRequest(
    SearchRequest search,
    GroupBy group,
    List<Measure> measures,
    Measure rankBy,
    int top,
    int groupLimit) {

  public static final int MAX_MEASURES = 20;
  public static final int MAX_TOP = 100;
  public static final int MAX_GROUPS = 10_000;

  public StatsRequest {
    Objects.requireNonNull(search, "search");
    group = group == null ? GroupBy.NONE : group;
    measures = List.copyOf(measures);
    if (measures.isEmpty() || measures.size() > MAX_MEASURES) {
      throw new IllegalArgumentException(
          "between 1 and " + MAX_MEASURES + " measures, got " + measures.size());
    }
    rankBy = rankBy == null ? measures.get(0) : rankBy;
    if (top < 0 || top > MAX_TOP) {
      throw new IllegalArgumentException("top must be between 0 and " + MAX_TOP + ", got " + top);
    }
    if (groupLimit < 1 || groupLimit > MAX_GROUPS) {
      throw new IllegalArgumentException(
          "groupLimit must be between 1 and " + MAX_GROUPS + ", got " + groupLimit);
    }
  }
}
