package org.nianbao.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/**
 * Ranks the first phase's candidates again by the graded query, as Lucene's {@code QueryRescorer}
 * does with a {@code combine} that keeps only the second score, but with the candidates split into
 * runs of consecutive doc ids that are scored on the searcher's executor at once. The graded query
 * costs about 20 µs per candidate (phrase checks and proximity over every position), so a window of
 * a thousand was the largest sequential step of a search for an everywhere-word while the other
 * core idled. The ranking is the same: every candidate gets the score the sequential rescorer gives
 * it, and the order is by score, then by doc id.
 */
final class SplitRescorer {

  /**
   * Fewest candidates worth a run of their own: a run costs a scorer per segment it touches, and a
   * task handed to another thread.
   */
  static final int MIN_CANDIDATES_PER_RUN = 64;

  /** Orders as {@code QueryRescorer} does: best score first, ties to the lower doc id. */
  private static final Comparator<ScoreDoc> BY_SCORE =
      (a, b) -> a.score > b.score ? -1 : a.score < b.score ? 1 : Integer.compare(a.doc, b.doc);

  private SplitRescorer() {}

  /**
   * The best {@code topN} of {@code candidates} by {@code query}'s score; a candidate that {@code
   * query} does not match scores 0. The candidates' own scores are ignored.
   */
  static ScoreDoc[] rescore(IndexSearcher searcher, ScoreDoc[] candidates, Query query, int topN)
      throws IOException {
    ScoreDoc[] byDoc = new ScoreDoc[candidates.length];
    for (int i = 0; i < candidates.length; i++) {
      byDoc[i] = new ScoreDoc(candidates[i].doc, candidates[i].score, candidates[i].shardIndex);
    }
    Arrays.sort(byDoc, Comparator.comparingInt(d -> d.doc));
    Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE, 1f);
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    int runs = Runs.count(byDoc.length, MIN_CANDIDATES_PER_RUN);
    List<Callable<Void>> tasks = new ArrayList<>(runs);
    for (int r = 0; r < runs; r++) {
      int from = Runs.start(byDoc.length, runs, r);
      int to = Runs.start(byDoc.length, runs, r + 1);
      tasks.add(
          () -> {
            scoreRun(weight, leaves, byDoc, from, to);
            return null;
          });
    }
    searcher.getTaskExecutor().invokeAll(tasks);
    Arrays.sort(byDoc, BY_SCORE);
    return byDoc.length > topN ? Arrays.copyOf(byDoc, topN) : byDoc;
  }

  /** Scores {@code byDoc[from, to)} (ascending doc ids) in place, one scorer per segment. */
  private static void scoreRun(
      Weight weight, List<LeafReaderContext> leaves, ScoreDoc[] byDoc, int from, int to)
      throws IOException {
    LeafReaderContext leaf = null;
    Scorer scorer = null;
    for (int i = from; i < to; i++) {
      ScoreDoc hit = byDoc[i];
      if (leaf == null || hit.doc >= leaf.docBase + leaf.reader().maxDoc()) {
        leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
        scorer = weight.scorer(leaf);
      }
      hit.score = 0f;
      if (scorer != null) {
        int target = hit.doc - leaf.docBase;
        DocIdSetIterator it = scorer.iterator();
        int at = it.docID();
        if (at < target) {
          at = it.advance(target);
        }
        if (at == target) {
          hit.score = scorer.score();
        }
      }
    }
  }
}
