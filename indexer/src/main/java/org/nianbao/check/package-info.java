/**
 * The consistency rules R1–R7 of report-model.md (勾稽关系), evaluated on one report by {@link
 * org.nianbao.check.ConsistencyChecker}: each violation a {@code Flag} with a message naming the
 * row, column and numbers, and for R1–R4 the cells involved. A cell the report does not give is
 * missing data, never 0, so it never makes a sum fail. {@code StatedRequestCounts} reads the
 * request counts the prose states, for R5.
 *
 * <p><b>Depends on</b> {@code org.nianbao.model} only. <b>Must not</b> depend on the readers, the
 * parser or Lucene: it judges a model, however it was obtained.
 *
 * <h2>Adding a rule</h2>
 * <ol>
 *   <li>A private {@code rN…(…, List<Flag> flags)} method in {@code ConsistencyChecker}, called
 *       from {@code check}; its messages in Chinese, naming the numbers; cells as model paths when
 *       the rule is about table cells (see {@code r1FlowBalances}).
 *   <li>Name and explain it for the pages ({@code org.nianbao.web.FlagRules}), let the API accept
 *       it ({@code SearchParams}), and describe it in report-model.md and the README.
 *   <li>Bump {@code ReportPipeline.VERSION} so indexed reports are checked again.
 *   <li>Tests: {@code ConsistencyCheckerTest} (a report that passes, one that fails with the exact
 *       message), {@code FlagCellsTest} for its cells; {@code SeedReportsTest} pins which rules each
 *       sample violates.
 * </ol>
 */
package org.nianbao.check;
