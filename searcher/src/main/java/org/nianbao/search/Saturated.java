package org.nianbao.search;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;

/**
 * A query's score squeezed into [0, 1) as {@code s / (s + pivot)}: order-preserving, so it ranks
 * like the score itself, but never reaches the next {@link MatchGrade}'s bonus of 1.
 */
final class Saturated extends DoubleValuesSource {

  private final double pivot;

  Saturated(double pivot) {
    this.pivot = pivot;
  }

  @Override
  public DoubleValues getValues(LeafReaderContext ctx, DoubleValues scores) {
    return new DoubleValues() {
      @Override
      public double doubleValue() throws IOException {
        double s = Math.max(0, scores.doubleValue());
        return s / (s + pivot);
      }

      @Override
      public boolean advanceExact(int doc) throws IOException {
        return scores.advanceExact(doc);
      }
    };
  }

  @Override
  public boolean needsScores() {
    return true;
  }

  @Override
  public DoubleValuesSource rewrite(IndexSearcher searcher) {
    return this;
  }

  @Override
  public boolean isCacheable(LeafReaderContext ctx) {
    return true;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Saturated other && other.pivot == pivot;
  }

  @Override
  public int hashCode() {
    return Double.hashCode(pivot);
  }

  @Override
  public String toString() {
    return "saturated(score, " + pivot + ")";
  }
}
