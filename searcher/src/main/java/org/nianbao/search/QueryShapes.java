package org.nianbao.search;

import org.apache.lucene.search.Query;
import org.nianbao.schema.BigramSimilarity;

/**
 * The engine's Lucene query for a user query in two shapes, for measuring what graded matching
 * costs: {@link #graded} is what {@link ReportSearcher} runs; {@link #strict} is the shape before
 * it (every typed word an exact phrase that must match, nothing else). Thread-safe.
 */
public final class QueryShapes {

  private final ReportQueryBuilder builder;

  /** The shapes as a searcher opened with {@code places} builds them. */
  public QueryShapes(PlaceNames places) {
    this.builder = new ReportQueryBuilder(places);
  }

  public Query graded(String userQuery) {
    return builder.build(UserQuery.parse(userQuery)).scoring();
  }

  /**
   * The similarity the engine's searcher scores with; a bare IndexSearcher timing these shapes
   * should use it too.
   */
  public static org.apache.lucene.search.similarities.Similarity similarity() {
    return new BigramSimilarity();
  }

  public Query strict(String userQuery) {
    return builder.strict(builder.analyze(UserQuery.parse(userQuery)));
  }
}
