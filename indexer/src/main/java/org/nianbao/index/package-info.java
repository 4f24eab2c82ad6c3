/**
 * The indexing run ({@link org.nianbao.index.ReportIndexer}): files loaded on every core, decisions
 * (new, updated, unchanged, duplicate) taken in file order, a commit every 500 reports, and one
 * {@link org.nianbao.index.FileOutcome} per file in the {@link org.nianbao.index.IndexSummary} the
 * CLI prints. {@code KnownReports} gives each report its id (see {@code org.nianbao.identity}), so
 * re-indexing updates and never duplicates. The run ends with {@link
 * org.nianbao.index.CrossYearPass}: the rules that need the index (R8–R11, {@code
 * org.nianbao.years}) evaluated for every body with a document written since the last pass, each
 * document whose flags change rewritten once.
 *
 * <p><b>Depends on</b> {@code pipeline}, {@code document}, {@code source} (finding files), {@code
 * years} (the cross-year rules), core ({@code schema}, {@code identity}, {@code json}: the pass
 * rebuilds a document from its stored model), and Lucene's writer. <b>Must not</b> print: progress
 * goes to a {@link org.nianbao.index.ProgressListener}, outcomes into the summary.
 *
 * <h2>Adding an outcome</h2>
 *
 * <ol>
 *   <li>A value of {@code FileOutcome.Status}, decided in {@code ReportIndexer} in file order;
 *       counted in {@code IndexSummary}; printed by the CLI's {@code IndexCommand}.
 *   <li>Tests: {@code ReportIdentityTest} (re-indexing, duplicates, keys), and the CLI's {@code
 *       IndexAndSearchCommandTest} for the printed summary and the exit code.
 * </ol>
 */
package org.nianbao.index;
