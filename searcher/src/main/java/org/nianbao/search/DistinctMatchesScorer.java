package org.nianbao.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;

/**
 * Scores a passage first by how many different query matches it holds ({@link PassageMatches}: one
 * inside a longer match does not count), then as Lucene's own scorer does (BM25 over the matches,
 * earlier passages a little higher). The highlighter keeps only the best {@link
 * SnippetHighlighter#MAX_BODY_PASSAGES} passages of a report, and by Lucene's score alone these
 * were the sentences with the most occurrences of the everywhere-word: of 国家秘密 不予公开, twelve
 * sentences saying 公开 again and again, and not the table row that holds all four words. {@link
 * PassageChooser} then picks the passage with the most query units among those kept, so the
 * passages kept must be ranked the same way.
 */
final class DistinctMatchesScorer extends PassageScorer {

  @Override
  public float score(Passage passage, int contentLength) {
    float lucene = super.score(passage, contentLength);
    int distinct = PassageMatches.distinct(passage);
    // Lucene's score, in [0, 1), only orders passages holding as many different matches.
    return distinct + lucene / (lucene + 1);
  }
}
