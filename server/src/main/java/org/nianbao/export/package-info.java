/**
 * CSV exports for spreadsheets ({@link org.nianbao.export.CsvTables}): a search's reports with
 * chosen cells and rates, a statistics table, a ranking, one report's three tables; UTF-8 with a
 * byte-order mark so Excel reads the Chinese, RFC 4180 quoting, formula-looking text defused. The
 * web's {@code /export/…csv} links and the command line's {@code export} and {@code stats --csv}
 * write the same bytes.
 *
 * <p><b>Depends on</b> the searcher's {@code stats} records, core's model and commons-csv. <b>Must
 * not</b> run searches (callers pass the rows) or depend on {@code web} or {@code cli}.
 *
 * <h2>Adding an export</h2>
 *
 * <ol>
 *   <li>A method returning the whole text (BOM first) through {@code write}, columns named by keys.
 *   <li>A link on the page that shows the data ({@code web}), an option or command in {@code cli}.
 *   <li>Tests: {@code CsvTablesTest} (bytes: BOM, header, quoting, formula text) and the endpoint
 *       in {@code StatsServerTest}.
 * </ol>
 */
package org.nianbao.export;
