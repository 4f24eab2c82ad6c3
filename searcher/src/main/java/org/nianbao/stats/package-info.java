/**
 * Questions across reports: {@link org.nianbao.stats.ReportStatistics} answers a {@link
 * org.nianbao.stats.StatsRequest} (a {@code search.SearchRequest} and its query and filters, a
 * {@link org.nianbao.stats.GroupBy}, the {@code model.Measure}s to sum, average and pool, and how
 * many reports to rank at the top and bottom) with a {@link org.nianbao.stats.StatsResult} ({@link
 * org.nianbao.stats.Group}s of {@link org.nianbao.stats.MeasureSummary}, {@link
 * org.nianbao.stats.RankedReport}s); it also lists the matches as {@link
 * org.nianbao.stats.ReportRow}s for CSV export. Everything is read from doc values in one pass over
 * the matches: the table cells' numeric fields and one sorted field per group dimension; stored
 * fields only for the few reports a ranking or a row shows.
 *
 * <p><b>Depends on</b> {@code org.nianbao.search} (the same query and filters as a search: the
 * numbers describe exactly the reports the search lists), core's {@code model} and {@code schema},
 * and Lucene. <b>Must not</b> render anything: charts, tables and CSV are the server's.
 *
 * <h2>Adding a measure or a grouping</h2>
 *
 * <ol>
 *   <li>A rate: its constant in {@code model.Rate} with its numerator, denominator and formula
 *       text; a cell needs nothing (every cell of {@code model.CellRef} is a measure).
 *   <li>A grouping: its sorted doc-values field in {@code schema.ReportFields}, written by the
 *       indexer's {@code ReportDocuments}, and its constant in {@link org.nianbao.stats.GroupBy}.
 *   <li>Its input in the server's {@code request.ValueInput}, and a row in {@code
 *       CliApiAgreementTest} and {@code StatsServerTest}, whose oracle computes it from each
 *       report's JSON.
 * </ol>
 */
package org.nianbao.stats;
