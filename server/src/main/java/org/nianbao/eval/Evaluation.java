package org.nianbao.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs judged queries through the engine and the baseline, both built over the same collection in
 * the same run, and scores them against the judgments (the Anserini way: queries, qrels and the
 * expected figures are data in the repo).
 */
public final class Evaluation {

  public static final int K = 10;

  /**
   * How deep a system's answer is read for its order ceiling: the most a search page holds, more
   * than the judged documents of any query.
   */
  public static final int DEPTH = org.nianbao.search.SearchRequest.MAX_SIZE;

  private Evaluation() {}

  /** Builds both systems over the collection, runs every query, scores it. */
  public static EvalReport run(
      JudgedCollection collection, List<JudgedQuery> queries, Qrels qrels, boolean withBaseline)
      throws IOException {
    return run(collection, queries, qrels, withBaseline, false);
  }

  /**
   * As {@link #run(JudgedCollection, List, Qrels, boolean)}; with {@code parsedOnly} both systems
   * see only the files the engine's parser accepts, and the judgments only those files: the ranking
   * compared on equal ground, whatever the parser still rejects.
   */
  public static EvalReport run(
      JudgedCollection collection,
      List<JudgedQuery> queries,
      Qrels qrels,
      boolean withBaseline,
      boolean parsedOnly)
      throws IOException {
    try (EngineRun engine = EngineRun.build(collection)) {
      if (parsedOnly) {
        collection = new JudgedCollection(collection.root(), engine.indexed(collection.docs()));
        qrels = qrels.restrictedTo(java.util.Set.copyOf(collection.docs()));
      }
      try (BaselineRun baseline = withBaseline ? BaselineRun.build(collection) : null) {
        return score(engine, baseline, collection, queries, qrels);
      }
    }
  }

  private static EvalReport score(
      EngineRun engine,
      BaselineRun baseline,
      JudgedCollection collection,
      List<JudgedQuery> queries,
      Qrels qrels)
      throws IOException {
    {
      List<RankingSystem> systems = new ArrayList<>();
      systems.add(engine);
      if (baseline != null) {
        systems.add(baseline);
      }
      List<EvalReport.QueryResult> results = new ArrayList<>();
      Map<String, List<Scores>> bySystem = new LinkedHashMap<>();
      List<String> zeroResults = new ArrayList<>();
      List<String> filteredOut = new ArrayList<>();
      for (JudgedQuery query : queries) {
        Map<String, Integer> grades = qrels.of(query.id());
        Map<String, Scores> scores = new HashMap<>();
        Map<String, List<String>> ranking = new HashMap<>();
        for (RankingSystem system : systems) {
          // One search, read at two depths: both systems rank the first K of a deeper page as
          // they rank a page of K (by score, ties to the lower doc id).
          List<String> answer = system.search(query, DEPTH);
          List<String> ranked = List.copyOf(answer.subList(0, Math.min(K, answer.size())));
          ranking.put(system.name(), ranked);
          Scores s =
              new Scores(
                  Metrics.ndcg(ranked, grades, K),
                  Metrics.precision(ranked, grades, K),
                  Metrics.recall(ranked, grades, K),
                  ranked.size(),
                  Metrics.orderCeiling(answer, grades, K));
          scores.put(system.name(), s);
          bySystem.computeIfAbsent(system.name(), n -> new ArrayList<>()).add(s);
          if (system == engine && ranked.isEmpty()) {
            List<String> addressing = qrels.addressing(query.id());
            if (!engine.indexed(addressing).isEmpty()) {
              // Nothing, though a report addressing the need is indexed: does the text find it
              // without the filters?
              JudgedQuery unfiltered =
                  new JudgedQuery(query.id(), query.query(), null, null, query.need());
              boolean textFinds =
                  engine.search(unfiltered, org.nianbao.search.SearchRequest.MAX_SIZE).stream()
                      .anyMatch(addressing::contains);
              (textFinds ? filteredOut : zeroResults).add(query.id());
            }
          }
        }
        results.add(
            new EvalReport.QueryResult(query, qrels.relevant(query.id()).size(), scores, ranking));
      }
      Map<String, Scores> means = new LinkedHashMap<>();
      bySystem.forEach((name, list) -> means.put(name, Scores.mean(list)));
      List<String> names = systems.stream().map(RankingSystem::name).toList();
      if (names.size() == 1) {
        names = List.of(names.get(0), names.get(0)); // no baseline: the ratio reads 1
      }
      Map<String, String> rejected = new LinkedHashMap<>(engine.rejected());
      rejected.keySet().retainAll(collection.docs());
      return new EvalReport(
          K, names, results, means, zeroResults, filteredOut, rejected, collection.docs().size());
    }
  }
}
