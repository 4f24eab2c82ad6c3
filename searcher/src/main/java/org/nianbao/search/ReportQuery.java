package org.nianbao.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;

/**
 * A user query turned into Lucene queries. {@code scoring} decides what matches and how it ranks
 * (see {@link ReportQueryBuilder}); {@code matching} matches exactly the same reports without
 * scoring them (positions only where a unit is a phrase), for the total and the facet counts;
 * {@code highlight} holds every string a snippet should mark; {@code unitQueries} match each unit
 * on its own, to tell a partial hit which words it lacks, and {@code unitsInContent} each in the
 * title or the report's own text, to tell which it has only in the template; {@code stems} the
 * stems of the units that have one ({@link QueryAnalysis#stemOf}), where a report lacking the unit
 * may have it, to tell which it has only as its stem; {@code firstPhase} matches the same reports
 * as {@code scoring}, ranked by the units' BM25 alone: cheap enough to pick the candidates that
 * {@code scoring} then ranks when very many match; {@code graded} is the graded part of {@code
 * scoring}, which ranks those candidates given their first-phase score (none for a query without
 * words).
 *
 * @param minimumShouldMatch how many units a report must match (0 for an empty query)
 * @param relaxed whether this is the one-unit fallback after the query found nothing
 */
record ReportQuery(
    Query scoring,
    Optional<GradedQuery> graded,
    Query firstPhase,
    Query matching,
    Query highlight,
    AnalyzedQuery analyzed,
    Map<String, Query> unitQueries,
    Map<String, Query> unitsInContent,
    Map<String, StemQuery> stems,
    int minimumShouldMatch,
    boolean relaxed) {

  ReportQuery {
    unitQueries = inOrder(unitQueries);
    unitsInContent = inOrder(unitsInContent);
    stems = inOrder(stems);
  }

  /** An unmodifiable copy that keeps the units' query order. */
  private static <Q extends Query> Map<String, Q> inOrder(Map<String, Q> units) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(units));
  }

  /** True when no word is asked for: reports are listed, not ranked by words. */
  boolean isEmpty() {
    return analyzed.isEmpty();
  }

  /** True when every report matches: no word asked for, none excluded. */
  boolean matchesEverything() {
    return analyzed.isEmpty() && analyzed.excluded().isEmpty();
  }

  /**
   * This query without the reports {@code first} matches: the reports that follow {@code first}'s
   * when a few full matches are topped up with partial ones. Ranks and highlights as this query.
   */
  ReportQuery after(ReportQuery first) {
    return new ReportQuery(
        without(scoring, first),
        graded,
        without(firstPhase, first),
        matching,
        highlight,
        analyzed,
        unitQueries,
        unitsInContent,
        stems,
        minimumShouldMatch,
        relaxed);
  }

  private static Query without(Query query, ReportQuery other) {
    return new BooleanQuery.Builder()
        .add(query, BooleanClause.Occur.MUST)
        .add(other.matching(), BooleanClause.Occur.MUST_NOT)
        .build();
  }

  /** Whether a one-unit fallback could find more than this query. */
  boolean canRelax() {
    return !relaxed && minimumShouldMatch > 1;
  }
}
