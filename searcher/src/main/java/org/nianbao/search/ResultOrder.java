package org.nianbao.search;

import java.io.IOException;
import org.apache.lucene.document.IntField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.nianbao.schema.ReportFields;

/**
 * The Lucene sort of a {@link SortOrder}. The year is read from the IntField's sorted-numeric doc
 * values; a report without a year sorts last either way.
 */
final class ResultOrder {

  /** The year of a report without one in the newest-first order: after every year. */
  static final int NO_YEAR = Integer.MIN_VALUE;

  private ResultOrder() {}

  /**
   * The request's order: by a cell or a rate when it asks for one (ties by relevance), else by
   * {@code sort()}.
   */
  static Sort sort(SearchRequest request, boolean emptyQuery) {
    if (request.valueSort() != null) {
      return new Sort(ValueQueries.sortField(request.valueSort()), SortField.FIELD_SCORE);
    }
    return sort(request.sort(), emptyQuery);
  }

  /** Whether the request ranks by relevance (no cell, rate or year order). */
  static boolean byRelevance(SearchRequest request) {
    return request.valueSort() == null && request.sort() == SortOrder.RELEVANCE;
  }

  static Sort sort(SortOrder order, boolean emptyQuery) {
    return switch (order) {
      // Without a query every score is equal: browse newest first.
      case RELEVANCE ->
          emptyQuery ? new Sort(yearDesc()) : new Sort(SortField.FIELD_SCORE, yearDesc());
      case YEAR_DESC -> new Sort(yearDesc(), SortField.FIELD_SCORE);
      case YEAR_ASC -> new Sort(yearAsc(), SortField.FIELD_SCORE);
    };
  }

  /** Each report's year in {@code leaf} as the year orders read it: the smallest of its values. */
  static NumericDocValues years(LeafReader leaf) throws IOException {
    return SortedNumericSelector.wrap(
        DocValues.getSortedNumeric(leaf, ReportFields.YEAR),
        SortedNumericSelector.Type.MIN,
        SortField.Type.INT);
  }

  private static SortField yearDesc() {
    return IntField.newSortField(ReportFields.YEAR, true, SortedNumericSelector.Type.MIN, NO_YEAR);
  }

  private static SortField yearAsc() {
    return IntField.newSortField(
        ReportFields.YEAR, false, SortedNumericSelector.Type.MIN, Integer.MAX_VALUE);
  }
}
