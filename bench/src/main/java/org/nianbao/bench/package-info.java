/**
 * {@code nianbao bench} (issue 11, the README's "Benchmark"): {@link org.nianbao.bench.BenchMain}
 * and its subcommands ({@code RunCommand}, {@code GenerateCommand}, {@code ProfileCommand}); {@link
 * org.nianbao.bench.BenchRun} runs the steps in order (corpus, smartcn limit, plain Lucene, the
 * real {@code nianbao index} and {@code serve}) and keeps the result in {@code bench/results/}. Its
 * own thin jar, run beside {@code nianbao.jar}; never part of the product.
 *
 * <p><b>Depends on</b> the subpackages, picocli and Jackson; the product only through child JVMs
 * ({@code bench.load}). <b>Must not</b> be imported by the product modules.
 *
 * <h2>Adding a step</h2>
 *
 * <ol>
 *   <li>A method of {@code BenchRun} called from its run, its figures a record in {@code
 *       results.BenchResult} and lines in {@code results.ResultTable}; its options on {@code
 *       RunCommand}.
 *   <li>Tests: {@code BenchSmokeTest} runs every step at 50 reports; keep the step fast at that
 *       size.
 * </ol>
 */
package org.nianbao.bench;
