package org.nianbao.search;

import java.time.Duration;
import java.util.List;

/**
 * What warming a searcher did ({@link ReportSearcher#warm}): the searches that ran (the query, and
 * its filter if any: {@code 政务新媒体 抖音 year=2023}), how long they took together, and the searches
 * that failed with why (a warming search that fails must not stop the server; the same search would
 * fail for a user, who gets the error).
 */
public record Warming(List<String> searches, Duration took, List<String> failures) {

  public Warming {
    searches = List.copyOf(searches);
    failures = List.copyOf(failures);
  }

  /** The searches bundled in {@code warming-queries.txt}, in order. */
  static List<String> bundledQueries() {
    return BundledLines.of(Warming.class, "warming-queries.txt").stream()
        .map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
        .toList();
  }
}
