package org.nianbao.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;

/**
 * Ranks the first phase's candidates again by the graded query, as Lucene's {@code QueryRescorer}
 * does with a {@code combine} that keeps only the second score, but with the candidates split into
 * runs of consecutive doc ids that are scored on the searcher's executor at once. The graded query
 * costs about 20 µs per candidate (phrase checks and proximity over every position), so a window of
 * a thousand was the largest sequential step of a search for an everywhere-word while the other
 * core idled. Every candidate gets the score the sequential rescorer gives it, and the order is by
 * score, then as below.
 *
 * <p>A candidate's relevance, the graded query's {@code enough} score, is its first-phase score:
 * the first phase is {@code enough} (with the request's filters and the excluded words, which add
 * nothing to a score), so the grading takes it from the candidate instead of reading {@code enough}
 * again ({@link GradedQuery#candidateGrading}).
 *
 * <p>Equal scores are ordered as a search by relevance sorts them ({@link ResultOrder}): the newest
 * report first (one without a year last), then the lower doc id. A report copied from last year's
 * scores as its original, and the reader wants this year's first.
 */
final class SplitRescorer {

  /**
   * Fewest candidates worth a run of their own: a run costs a grader per segment it touches, and a
   * task handed to another thread.
   */
  static final int MIN_CANDIDATES_PER_RUN = 64;

  /** Best score first, then the newest report, then the lower doc id. */
  private static final Comparator<Candidate> BY_RELEVANCE =
      (a, b) ->
          a.score > b.score
              ? -1
              : a.score < b.score
                  ? 1
                  : a.year != b.year
                      ? Integer.compare(b.year, a.year)
                      : Integer.compare(a.doc, b.doc);

  /** A candidate being ranked: its first-phase score until it is graded. */
  private static final class Candidate {
    final int doc;
    final int shardIndex;
    float score;
    int year = ResultOrder.NO_YEAR;

    Candidate(ScoreDoc hit) {
      this.doc = hit.doc;
      this.shardIndex = hit.shardIndex;
      this.score = hit.score;
    }
  }

  private SplitRescorer() {}

  /**
   * The best {@code topN} of {@code candidates} by {@code query}'s score; each candidate's score
   * must be its first-phase score ({@link ReportQuery#firstPhase}), which every candidate matches.
   */
  static ScoreDoc[] rescore(
      IndexSearcher searcher, ScoreDoc[] candidates, GradedQuery query, int topN)
      throws IOException {
    Candidate[] byDoc = new Candidate[candidates.length];
    for (int i = 0; i < candidates.length; i++) {
      byDoc[i] = new Candidate(candidates[i]);
    }
    Arrays.sort(byDoc, Comparator.comparingInt(c -> c.doc));
    GradedQuery.CandidateGrading grading = query.candidateGrading(searcher);
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    int runs = Runs.count(byDoc.length, MIN_CANDIDATES_PER_RUN);
    List<Callable<Void>> tasks = new ArrayList<>(runs);
    for (int r = 0; r < runs; r++) {
      int from = Runs.start(byDoc.length, runs, r);
      int to = Runs.start(byDoc.length, runs, r + 1);
      tasks.add(
          () -> {
            scoreRun(grading, leaves, byDoc, from, to);
            return null;
          });
    }
    searcher.getTaskExecutor().invokeAll(tasks);
    Arrays.sort(byDoc, BY_RELEVANCE);
    ScoreDoc[] top = new ScoreDoc[Math.min(topN, byDoc.length)];
    for (int i = 0; i < top.length; i++) {
      top[i] = new ScoreDoc(byDoc[i].doc, byDoc[i].score, byDoc[i].shardIndex);
    }
    return top;
  }

  /**
   * Grades {@code byDoc[from, to)} (ascending doc ids, first-phase scores) in place and reads their
   * years, one grader per segment.
   */
  private static void scoreRun(
      GradedQuery.CandidateGrading grading,
      List<LeafReaderContext> leaves,
      Candidate[] byDoc,
      int from,
      int to)
      throws IOException {
    int i = from;
    while (i < to) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(byDoc[i].doc, leaves));
      int leafEnd = leaf.docBase + leaf.reader().maxDoc();
      int end = i;
      while (end < to && byDoc[end].doc < leafEnd) {
        end++;
      }
      GradedQuery.LeafGrader grader = grading.grader(leaf, end - i);
      NumericDocValues years = ResultOrder.years(leaf.reader());
      for (; i < end; i++) {
        Candidate candidate = byDoc[i];
        int doc = candidate.doc - leaf.docBase;
        candidate.score = grader.score(doc, candidate.score);
        if (years.advanceExact(doc)) {
          candidate.year = (int) years.longValue();
        }
      }
    }
  }
}
