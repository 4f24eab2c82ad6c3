package org.nianbao.search;

import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.search.Query;
import org.nianbao.schema.ReportFields;

/**
 * The request's filters as drill-downs on the facet dimensions, so {@code DrillSideways} can count
 * each dimension without its own filter. A region path drills down on the hierarchical region
 * dimension: [山东省] keeps every report of the province, its cities and its counties. Filters on
 * cells and rates ({@link ValueFilter}) join the base query as non-scoring clauses: they are not
 * facet dimensions.
 */
final class ReportFilters {

  private ReportFilters() {}

  static DrillDownQuery drillDown(FacetsConfig config, Query base, SearchRequest request) {
    DrillDownQuery query = new DrillDownQuery(config, ValueQueries.filtered(base, request.where()));
    if (request.year() != null) {
      query.add(ReportFields.FACET_YEAR, request.year().toString());
    }
    if (!request.regionPath().isEmpty()) {
      query.add(ReportFields.FACET_REGION, request.regionPath().toArray(String[]::new));
    }
    add(query, ReportFields.FACET_AGENCY, request.agency());
    add(query, ReportFields.FACET_SECTOR, request.sector());
    add(query, ReportFields.FACET_LEVEL, request.level() == null ? null : request.level().key());
    add(query, ReportFields.FACET_FLAG, request.flag() == null ? null : request.flag().id());
    return query;
  }

  private static void add(DrillDownQuery query, String dim, String value) {
    if (value != null && !value.isBlank()) {
      query.add(dim, value.strip());
    }
  }
}
