/**
 * The relevance harness, the Anserini way: judged queries ({@code queries.tsv}), graded judgments
 * ({@link org.nianbao.eval.Qrels}) and the recorded figures ({@link org.nianbao.eval.Figures}) are
 * data in {@code eval/dev}; {@link org.nianbao.eval.Evaluation} indexes the collection with nianbao
 * ({@code EngineRun}: the real pipeline, {@code ReportDocuments}, {@code ReportSearcher} with the
 * gazetteer's place words) and with a plain smartcn BM25 baseline ({@code BaselineRun}), and scores
 * both with {@link org.nianbao.eval.Metrics} as trec_eval does. {@code LatencyBench} times the
 * query shapes. Run by {@code nianbao eval}.
 *
 * <p><b>Depends on</b> the indexer ({@code pipeline}, {@code document}, {@code source}), the
 * searcher, core, {@code org.nianbao.places} and Lucene: it needs the whole engine, which is why it
 * lives in the server and not in the searcher. <b>Must not</b> be used by the pages or the other
 * commands.
 *
 * <h2>Adding a metric or a system</h2>
 *
 * <ol>
 *   <li>A metric: a method in {@code Metrics} (trec_eval's definition, said in its comment), a
 *       field of {@code Scores}, a column in {@code EvalReport}'s table. A system: an
 *       implementation of {@code RankingSystem} built in {@code Evaluation.run}.
 *   <li>Record its figure in {@code eval/dev/figures.tsv} with {@code nianbao eval --record}.
 *   <li>Tests: {@code MetricsTest} with a hand-computed case; {@code RelevanceRegressionTest} holds
 *       the recorded nDCG@10.
 * </ol>
 */
package org.nianbao.eval;
