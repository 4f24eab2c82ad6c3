package org.nianbao.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of results. {@code facets} maps each dimension (year, region, agency, sector, level,
 * flag, in that order) to its values with counts, in the order to show them (years newest first,
 * the rest by count), computed drill-sideways: a dimension's counts ignore that dimension's own
 * filter, so after choosing 2023 the other years still show their counts. The region dimension
 * lists provinces, plus the children of every level of the chosen region path. {@code query} says
 * how the query was read (words, variants, partial matches).
 */
public record SearchResponse(
    long total,
    long tookMs,
    List<Hit> hits,
    Map<String, List<FacetCount>> facets,
    Interpretation query) {

  public SearchResponse {
    hits = List.copyOf(hits);
    facets =
        Collections.unmodifiableMap(
            new LinkedHashMap<>(facets)); // the order is the searcher's to decide
    query = query == null ? Interpretation.NONE : query;
  }
}
