package org.nianbao.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.MultiFacets;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;

/**
 * Counts what a search matches: the total and the facet counts, each dimension counted without its
 * own filter (drill-sideways), and, in the same pass, the rescore window's candidates when asked.
 */
final class MatchCounter {

  private final FacetsConfig config;

  MatchCounter(FacetsConfig config) {
    this.config = config;
  }

  /**
   * The total and the facet counts, over what the query matches without scoring it: ranking needs
   * only the page, counting needs every match. Unfiltered, a query that matches every report has
   * the index's own counts, computed once per refresh. Filters on cells and rates are part of what
   * matches, so they never take that shortcut.
   *
   * <p>With {@code candidates}, the same pass also ranks the matches by the first phase (which
   * matches exactly what {@code matching} does) and keeps the rescore window's best: for an
   * everywhere-word, matching its phrases over every report was otherwise done twice, once to count
   * and once to rank.
   *
   * <p>A dimension with a filter of its own is counted drill-sideways, without that filter, so its
   * other values stay visible: one more pass per filtered dimension, none for a listing with one
   * filter (no word, no cell filter), whose dimension without it counts every report. Lucene's
   * {@code DrillSideways} does it in one pass, but over whole segments only, grouped by Lucene five
   * to a slice: the 20,000-report bench index (8 segments, 4 of them large) made one slice of nine
   * tenths of the reports, so its count ran on one core while the other idled. These passes run on
   * the searcher's slices, of equal size, and each one leads with its filters' postings.
   */
  MatchCounts count(
      FacetedSearcher searcher, ReportQuery query, SearchRequest request, boolean candidates)
      throws IOException {
    DrillDownQuery filtered =
        ReportFilters.drillDown(
            config, candidates ? query.firstPhase() : query.matching(), request);
    int reports = searcher.getIndexReader().numDocs();
    if (searcher.facetState() == null) {
      return new MatchCounts(searcher.count(filtered), FacetOutput.empty());
    }
    Set<String> filteredDims = ReportFilters.dims(request);
    // Without its facet filters, the request matches every report: a listing with no cell filter.
    boolean everyReportUnfiltered = query.matchesEverything() && request.where().isEmpty();
    if (filteredDims.isEmpty() && everyReportUnfiltered) {
      return new MatchCounts(reports, searcher.allFacets());
    }
    FacetsCollector matches;
    Optional<TopDocs> best = Optional.empty();
    if (candidates) {
      Object[] both =
          searcher.search(
              filtered,
              new MultiCollectorManager(
                  new FacetsCollectorManager(),
                  new TopScoreDocCollectorManager(
                      ReportSearcher.RESCORE_WINDOW, ReportSearcher.RESCORE_WINDOW)));
      matches = (FacetsCollector) both[0];
      best = Optional.of((TopDocs) both[1]);
    } else {
      matches = searcher.search(filtered, new FacetsCollectorManager());
    }
    long total = matched(matches);
    if (filteredDims.isEmpty() && total == reports) {
      return new MatchCounts(total, searcher.allFacets(), best);
    }
    Facets facets = new SortedSetDocValuesFacetCounts(searcher.facetState(), matches);
    if (!filteredDims.isEmpty()) {
      Map<String, Facets> sideways = new HashMap<>();
      for (String dim : filteredDims) {
        // Without its only filter, a listing counts every report: the index's own counts.
        sideways.put(
            dim,
            filteredDims.size() == 1 && everyReportUnfiltered
                ? searcher.allCounts()
                : withoutFilter(searcher, query, request, dim));
      }
      facets = new MultiFacets(sideways, facets);
    }
    return new MatchCounts(
        total, FacetOutput.read(facets, searcher.facetDims(), request.regionPath()), best);
  }

  /** The facet counts of what the request matches without {@code dim}'s filter: one more pass. */
  private Facets withoutFilter(
      FacetedSearcher searcher, ReportQuery query, SearchRequest request, String dim)
      throws IOException {
    FacetsCollector withoutDim =
        searcher.search(
            ReportFilters.drillDown(config, query.matching(), request, dim),
            new FacetsCollectorManager());
    return matched(withoutDim) == searcher.getIndexReader().numDocs()
        ? searcher.allCounts()
        : new SortedSetDocValuesFacetCounts(searcher.facetState(), withoutDim);
  }

  /** How many reports a pass collected. */
  private static long matched(FacetsCollector collected) {
    return collected.getMatchingDocs().stream().mapToLong(m -> m.totalHits()).sum();
  }
}
