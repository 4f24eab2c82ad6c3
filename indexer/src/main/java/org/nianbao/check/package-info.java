/**
 * The consistency rules R1–R7 of report-model.md (勾稽关系), evaluated on one report by {@link
 * org.nianbao.check.ConsistencyChecker}: each violation a {@code Flag} of a {@code model.Rule} with
 * a message naming the row, column and numbers (a message about table cells starts with the table's
 * {@code CellRef.Table} name, which a page showing it on a cell leaves out), and for R1–R4 the
 * {@code model.CellRef}s involved. A cell the report does not give is missing data, never 0, so it
 * never makes a sum fail. {@code StatedRequestCounts} reads the request counts the prose states,
 * for R5.
 *
 * <p><b>Depends on</b> {@code org.nianbao.model} only. <b>Must not</b> depend on the readers, the
 * parser or Lucene: it judges a model, however it was obtained.
 *
 * <h2>Adding a rule</h2>
 *
 * <ol>
 *   <li>Its constant in {@code org.nianbao.model.Rule} (core), with a short name and an
 *       explanation: the pages, the API and the CLI take it from there.
 *   <li>A private {@code rN…(…, List<Flag> flags)} method in {@code ConsistencyChecker}, called
 *       from {@code check}; its messages in Chinese, naming the numbers; the cells as {@code
 *       CellRef.of(row, column)} when the rule is about table cells (see {@code r1FlowBalances}).
 *       Describe it in report-model.md and the README.
 *   <li>Bump {@code ReportPipeline.VERSION} so indexed reports are checked again.
 *   <li>Tests: {@code ConsistencyCheckerTest} (a report that passes, one that fails with the exact
 *       message), {@code FlagCellsTest} for its cells; {@code SeedReportsTest} pins which rules
 *       each sample violates.
 * </ol>
 */
package org.nianbao.check;
