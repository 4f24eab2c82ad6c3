package org.nianbao.search;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.document.DoubleField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.nianbao.model.CellRef;
import org.nianbao.model.Measure;
import org.nianbao.model.Rate;
import org.nianbao.schema.ReportFields;

/**
 * The Lucene side of {@link ValueFilter} and {@link ValueSort}. A cell filter is a range over the
 * cell's points (a count is whole, so {@code > 2.5} is {@code >= 3}); a rate filter checks each
 * candidate's rate from doc values, after the other clauses have narrowed the candidates. A sort
 * reads doc values; reports lacking the value sort last both ways.
 */
final class ValueQueries {

  private ValueQueries() {}

  /** Adds every filter of {@code filters} to {@code base} as a non-scoring clause. */
  static Query filtered(Query base, List<ValueFilter> filters) {
    if (filters.isEmpty()) {
      return base;
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder().add(base, BooleanClause.Occur.MUST);
    for (ValueFilter filter : filters) {
      query.add(filter(filter), BooleanClause.Occur.FILTER);
    }
    return query.build();
  }

  static Query filter(ValueFilter filter) {
    return switch (filter.measure()) {
      case CellRef cell when cell.equals(MeasureValues.FEES) ->
          decimalCell(ReportFields.cellField(cell), filter);
      case CellRef cell -> wholeCell(ReportFields.cellField(cell), filter);
      case Rate rate -> new RateFilterQuery(filter);
    };
  }

  private static Query wholeCell(String field, ValueFilter filter) {
    BigDecimal v = filter.value();
    boolean whole = v.stripTrailingZeros().scale() <= 0;
    long floor = clamp(v.setScale(0, RoundingMode.FLOOR));
    long ceil = clamp(v.setScale(0, RoundingMode.CEILING));
    return switch (filter.comparison()) {
      case GE -> LongField.newRangeQuery(field, ceil, Long.MAX_VALUE);
      case GT ->
          !whole
              ? LongField.newRangeQuery(field, ceil, Long.MAX_VALUE)
              : floor == Long.MAX_VALUE
                  ? new MatchNoDocsQuery("nothing above " + v)
                  : LongField.newRangeQuery(field, floor + 1, Long.MAX_VALUE);
      case LE -> LongField.newRangeQuery(field, Long.MIN_VALUE, floor);
      case LT ->
          !whole
              ? LongField.newRangeQuery(field, Long.MIN_VALUE, floor)
              : floor == Long.MIN_VALUE
                  ? new MatchNoDocsQuery("nothing below " + v)
                  : LongField.newRangeQuery(field, Long.MIN_VALUE, floor - 1);
      case EQ ->
          whole
              ? LongField.newExactQuery(field, floor)
              : new MatchNoDocsQuery("no count equals " + v);
      case NE ->
          whole
              ? new BooleanQuery.Builder()
                  .add(new FieldExistsQuery(field), BooleanClause.Occur.FILTER)
                  .add(LongField.newExactQuery(field, floor), BooleanClause.Occur.MUST_NOT)
                  .build()
              : new FieldExistsQuery(field);
    };
  }

  private static long clamp(BigDecimal whole) {
    if (whole.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
      return Long.MAX_VALUE;
    }
    return whole.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) < 0
        ? Long.MIN_VALUE
        : whole.longValue();
  }

  private static Query decimalCell(String field, ValueFilter filter) {
    double v = filter.value().doubleValue();
    return switch (filter.comparison()) {
      case GE -> DoubleField.newRangeQuery(field, v, Double.POSITIVE_INFINITY);
      case GT -> DoubleField.newRangeQuery(field, Math.nextUp(v), Double.POSITIVE_INFINITY);
      case LE -> DoubleField.newRangeQuery(field, Double.NEGATIVE_INFINITY, v);
      case LT -> DoubleField.newRangeQuery(field, Double.NEGATIVE_INFINITY, Math.nextDown(v));
      case EQ -> DoubleField.newExactQuery(field, v);
      case NE ->
          new BooleanQuery.Builder()
              .add(new FieldExistsQuery(field), BooleanClause.Occur.FILTER)
              .add(DoubleField.newExactQuery(field, v), BooleanClause.Occur.MUST_NOT)
              .build();
    };
  }

  /** The sort field of {@code sort}: missing values last in both directions. */
  static SortField sortField(ValueSort sort) {
    boolean reverse = sort.descending();
    return switch (sort.measure()) {
      case CellRef cell when cell.equals(MeasureValues.FEES) ->
          DoubleField.newSortField(
              ReportFields.cellField(cell),
              reverse,
              SortedNumericSelector.Type.MIN,
              reverse ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
      case CellRef cell ->
          LongField.newSortField(
              ReportFields.cellField(cell),
              reverse,
              SortedNumericSelector.Type.MIN,
              reverse ? Long.MIN_VALUE : Long.MAX_VALUE);
      case Rate rate ->
          new MeasureSource(rate)
              .getSortField(reverse, reverse ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
    };
  }

  /** A measure as a DoubleValuesSource, for sorting by a rate. */
  private static final class MeasureSource extends DoubleValuesSource {
    private final Measure measure;

    MeasureSource(Measure measure) {
      this.measure = measure;
    }

    @Override
    public DoubleValues getValues(LeafReaderContext ctx, DoubleValues scores) throws IOException {
      MeasureValues.Leaf leaf = MeasureValues.open(ctx.reader(), measure);
      return new DoubleValues() {
        @Override
        public double doubleValue() {
          return leaf.value();
        }

        @Override
        public boolean advanceExact(int doc) throws IOException {
          return leaf.advanceExact(doc);
        }
      };
    }

    @Override
    public boolean needsScores() {
      return false;
    }

    @Override
    public DoubleValuesSource rewrite(IndexSearcher searcher) {
      return this;
    }

    @Override
    public boolean isCacheable(LeafReaderContext ctx) {
      return DocValues.isCacheable(ctx, MeasureValues.fields(measure).toArray(String[]::new));
    }

    @Override
    public int hashCode() {
      return measure.hashCode();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof MeasureSource other && other.measure.equals(measure);
    }

    @Override
    public String toString() {
      return "measure(" + measure.key() + ")";
    }
  }

  /** Reports whose rate passes the filter, checked from doc values on each candidate. */
  private static final class RateFilterQuery extends Query {
    private final ValueFilter filter;

    RateFilterQuery(ValueFilter filter) {
      this.filter = filter;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
      double bound = filter.value().doubleValue();
      return new ConstantScoreWeight(this, boost) {
        @Override
        public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
          MeasureValues.Leaf values = MeasureValues.open(context.reader(), filter.measure());
          DocIdSetIterator all = DocIdSetIterator.all(context.reader().maxDoc());
          TwoPhaseIterator matches =
              new TwoPhaseIterator(all) {
                @Override
                public boolean matches() throws IOException {
                  return values.advanceExact(approximation.docID())
                      && filter.comparison().test(values.value(), bound);
                }

                @Override
                public float matchCost() {
                  return 20; // a handful of doc-values reads
                }
              };
          Scorer scorer = new ConstantScoreScorer(score(), scoreMode, matches);
          return new DefaultScorerSupplier(scorer);
        }

        @Override
        public boolean isCacheable(LeafReaderContext ctx) {
          return DocValues.isCacheable(
              ctx, MeasureValues.fields(filter.measure()).toArray(String[]::new));
        }
      };
    }

    @Override
    public void visit(QueryVisitor visitor) {
      visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
      return filter.toString();
    }

    @Override
    public boolean equals(Object o) {
      return sameClassAs(o) && filter.equals(((RateFilterQuery) o).filter);
    }

    @Override
    public int hashCode() {
      return Objects.hash(classHash(), filter);
    }
  }
}
