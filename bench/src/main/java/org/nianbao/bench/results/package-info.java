/**
 * A run's figures as kept in {@code bench/results/<date>-<reports>.json} ({@link
 * org.nianbao.bench.results.BenchResult}, with the command, the machine and its load) and as the
 * Markdown table printed and kept beside it ({@link org.nianbao.bench.results.ResultTable}).
 *
 * <p><b>Depends on</b> {@code bench.baseline} and {@code bench.load} (their result records).
 * <b>Must not</b> measure anything: it only holds and formats.
 *
 * <h2>Adding a figure</h2>
 *
 * <ol>
 *   <li>A component of the record of its step in {@code BenchResult} (older result files lack it:
 *       read it as null) and a line in {@code ResultTable}.
 *   <li>Tests: {@code BenchSmokeTest} runs a whole toy benchmark and checks the table it prints.
 * </ol>
 */
package org.nianbao.bench.results;
