package org.nianbao.search;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nianbao.schema.ReportFields;

/**
 * What warming a searcher did ({@link #run}): the searches that ran (the query, and its filter if
 * any: {@code 政务新媒体 抖音 year=2023}), how long they took together, and the searches that failed with
 * why (a warming search that fails must not stop the server; the same search would fail for a user,
 * who gets the error).
 */
public record Warming(List<String> searches, Duration took, List<String> failures) {

  public Warming {
    searches = List.copyOf(searches);
    failures = List.copyOf(failures);
  }

  /**
   * Runs the bundled warming searches ({@code warming-queries.txt}) on {@code searcher}, each as a
   * first page, then the first of them filtered by the newest year it found: smartcn loads its
   * dictionaries on its first analysis, and the first search also loads and compiles the code of
   * every step (graded query, facets, drill-sideways counts, passages). A server runs this before
   * it listens, so that no user waits for it. A search that fails is reported, never thrown.
   */
  public static Warming run(ReportSearcher searcher) {
    long started = System.nanoTime();
    List<String> queries = bundledQueries();
    List<String> searches = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    Integer newestYear = null;
    for (String text : queries) {
      Optional<SearchResponse> response =
          search(searcher, SearchRequest.of(text), text, searches, failures);
      if (newestYear == null && response.isPresent()) {
        newestYear = newestYear(response.get());
      }
    }
    if (newestYear != null) {
      String first = queries.get(0);
      search(
          searcher,
          new SearchRequest(
              first, newestYear, null, null, null, null, null, 1, 10, SortOrder.RELEVANCE),
          first + " year=" + newestYear,
          searches,
          failures);
    }
    return new Warming(searches, Duration.ofNanos(System.nanoTime() - started), failures);
  }

  /**
   * Runs one warming search, adding {@code label} to {@code searches}, and to failures with why.
   */
  private static Optional<SearchResponse> search(
      ReportSearcher searcher,
      SearchRequest request,
      String label,
      List<String> searches,
      List<String> failures) {
    searches.add(label);
    try {
      return Optional.of(searcher.search(request));
    } catch (IOException | RuntimeException e) {
      failures.add(label + ": " + e);
      return Optional.empty();
    }
  }

  /** The searches bundled in {@code warming-queries.txt}, in order. */
  static List<String> bundledQueries() {
    return BundledLines.of(Warming.class, "warming-queries.txt").stream()
        .map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
        .toList();
  }

  /** The newest year the response's year facet lists (years come newest first), or null. */
  private static Integer newestYear(SearchResponse response) {
    List<FacetCount> years = response.facets().getOrDefault(ReportFields.FACET_YEAR, List.of());
    return years.isEmpty() ? null : Integer.valueOf(years.get(0).value());
  }
}
