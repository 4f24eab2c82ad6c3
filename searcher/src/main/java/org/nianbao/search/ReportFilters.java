package org.nianbao.search;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.search.Query;
import org.nianbao.schema.ReportFields;

/**
 * The request's filters as drill-downs on the facet dimensions, so that each dimension can be
 * counted without its own filter (drill-sideways). A region path drills down on the hierarchical
 * region dimension: [山东省] keeps every report of the province, its cities and its counties. Filters
 * on cells and rates ({@link ValueFilter}) join the base query as non-scoring clauses: they are not
 * facet dimensions.
 */
final class ReportFilters {

  private ReportFilters() {}

  static DrillDownQuery drillDown(FacetsConfig config, Query base, SearchRequest request) {
    return drillDown(config, base, request, null);
  }

  /**
   * The drill-down of every filter but {@code exceptDim}'s (null: of every filter): what a facet
   * dimension with a filter of its own is counted over, so that its other values stay visible.
   */
  static DrillDownQuery drillDown(
      FacetsConfig config, Query base, SearchRequest request, String exceptDim) {
    DrillDownQuery query = new DrillDownQuery(config, ValueQueries.filtered(base, request.where()));
    for (Map.Entry<String, String[]> filter : filters(request).entrySet()) {
      if (!filter.getKey().equals(exceptDim)) {
        query.add(filter.getKey(), filter.getValue());
      }
    }
    return query;
  }

  /** The facet dimensions the request filters on, in drill-down order. */
  static Set<String> dims(SearchRequest request) {
    return filters(request).keySet();
  }

  /** Each filtered dimension's path (a region path in full). */
  private static Map<String, String[]> filters(SearchRequest request) {
    Map<String, String[]> filters = new LinkedHashMap<>();
    if (request.year() != null) {
      filters.put(ReportFields.FACET_YEAR, new String[] {request.year().toString()});
    }
    if (!request.regionPath().isEmpty()) {
      filters.put(ReportFields.FACET_REGION, request.regionPath().toArray(String[]::new));
    }
    add(filters, ReportFields.FACET_AGENCY, request.agency());
    add(filters, ReportFields.FACET_SECTOR, request.sector());
    add(filters, ReportFields.FACET_LEVEL, request.level() == null ? null : request.level().key());
    add(filters, ReportFields.FACET_FLAG, request.flag() == null ? null : request.flag().id());
    return filters;
  }

  private static void add(Map<String, String[]> filters, String dim, String value) {
    if (value != null && !value.isBlank()) {
      filters.put(dim, new String[] {value.strip()});
    }
  }
}
