/**
 * The one mapping between the model and JSON ({@link org.nianbao.json.ReportJson}), with exactly
 * the keys of report-model.md. {@code nianbao parse --json}, the copy stored in the index, the web
 * API and the report page all go through it, so every output agrees; it also owns the shared
 * Jackson {@code ObjectMapper}. A flag's rule and cells are written as the model's strings ({@code
 * "R1"}, {@code "requests.new.total"}) and read back into {@code Rule} and {@code CellRef}.
 *
 * <p><b>Depends on</b> {@code org.nianbao.model} and Jackson. <b>Must not</b> depend on Lucene or
 * on the indexer, searcher or server: the search response's JSON shape is the server's ({@code
 * org.nianbao.web.SearchResponseJson}), not this package's.
 *
 * <h2>Adding a key</h2>
 *
 * <ol>
 *   <li>Write it in {@code ReportJson.toJson} and read it back in {@code ReportJson.read}: the
 *       searcher rebuilds reports from the stored JSON, so a key written but not read is lost.
 *   <li>A missing value is written as null, never dropped or 0.
 *   <li>Tests: a round trip (write, read, equal) in the indexer's {@code ReportDocumentsTest} or
 *       {@code SeedReportsTest}; the README's JSON example if the shape changes.
 * </ol>
 */
package org.nianbao.json;
