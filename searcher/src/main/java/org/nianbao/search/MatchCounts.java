package org.nianbao.search;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.search.TopDocs;

/**
 * What a search matched: how many reports, the facet counts (drill-sideways), and, when the count
 * picked them, the {@value ReportSearcher#RESCORE_WINDOW} best by the first phase ({@link
 * MatchCounter}).
 */
record MatchCounts(long total, Map<String, List<FacetCount>> facets, Optional<TopDocs> candidates) {

  /** Counts without candidates. */
  MatchCounts(long total, Map<String, List<FacetCount>> facets) {
    this(total, facets, Optional.empty());
  }
}
