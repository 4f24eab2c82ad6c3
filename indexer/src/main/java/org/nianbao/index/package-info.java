/**
 * The indexing run ({@link org.nianbao.index.ReportIndexer}): files loaded on every core, decisions
 * (new, updated, unchanged, duplicate) taken in file order, a commit every 500 reports, and one
 * {@link org.nianbao.index.FileOutcome} per file in the {@link org.nianbao.index.IndexSummary} the
 * CLI prints. {@code KnownReports} gives each report its id (see {@code org.nianbao.identity}), so
 * re-indexing updates and never duplicates.
 *
 * <p><b>Depends on</b> {@code pipeline}, {@code document}, {@code source} (finding files) and core
 * ({@code schema}, {@code identity}), and Lucene's writer. <b>Must not</b> print: progress goes to a
 * {@link org.nianbao.index.ProgressListener}, outcomes into the summary.
 *
 * <h2>Adding an outcome</h2>
 * <ol>
 *   <li>A value of {@code FileOutcome.Status}, decided in {@code ReportIndexer} in file order;
 *       counted in {@code IndexSummary}; printed by the CLI's {@code IndexCommand}.
 *   <li>Tests: {@code ReportIdentityTest} (re-indexing, duplicates, keys), and the CLI's {@code
 *       IndexAndSearchCommandTest} for the printed summary and the exit code.
 * </ol>
 */
package org.nianbao.index;
