package org.nianbao.search;

import java.util.List;
import java.util.Map;

/**
 * One page of results. {@code facets} maps each dimension (year, region, agency, sector, level,
 * flag) to its values with counts, computed drill-sideways: a dimension's counts ignore that
 * dimension's own filter, so after choosing 2023 the other years still show their counts. The
 * region dimension lists provinces, plus the children of every level of the chosen region path.
 */
public record SearchResponse(long total, long tookMs, List<Hit> hits, Map<String, List<FacetCount>> facets) {

  public SearchResponse {
    hits = List.copyOf(hits);
    facets = Map.copyOf(facets);
  }
}
