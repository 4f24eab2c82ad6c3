/**
 * What nianbao is measured against, in the benchmark's own JVM: the limit ({@link
 * org.nianbao.bench.baseline.AnalyzerLimit}, smartcn alone over every text) and a plain Lucene 10.5
 * application over the same texts ({@link org.nianbao.bench.baseline.PlainLucene}), which read the
 * generated corpus back through {@link org.nianbao.bench.baseline.CorpusTexts}.
 *
 * <p><b>Depends on</b> Lucene and {@code bench.load} (the baseline answers the same query mix as a
 * {@code SearchTarget}). <b>Must not</b> use nianbao's own classes (schema, analyzers, searcher): a
 * baseline built from them would measure nianbao against itself.
 *
 * <h2>Adding a baseline</h2>
 *
 * <ol>
 *   <li>A class here that indexes {@code CorpusTexts} and implements {@code load.SearchTarget} for
 *       the query mix; a step in {@code BenchRun} and its figures in {@code results.BenchResult}.
 *   <li>Tests: add it to {@code BenchSmokeTest}, which runs every step at toy size.
 * </ol>
 */
package org.nianbao.bench.baseline;
