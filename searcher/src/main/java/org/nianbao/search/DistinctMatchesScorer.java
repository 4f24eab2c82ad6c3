package org.nianbao.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

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
    float lucene = luceneScore(passage, contentLength);
    int distinct = PassageMatches.distinct(passage);
    // Lucene's score, in [0, 1), only orders passages holding as many different matches.
    return distinct + lucene / (lucene + 1);
  }

  /**
   * What {@link PassageScorer#score} gives, by the same arithmetic in the same order, without its
   * {@code BytesRefHash}: that hash allocates a 32 kB block for every passage it scores, and a hit
   * of an everywhere-word has dozens of passages with a match (a quarter of the bytes the bench's
   * query mix allocated). A passage holds a few matches, so a scan finds a term's first occurrence.
   */
  float luceneScore(Passage passage, int contentLength) {
    int matches = passage.getNumMatches();
    BytesRef[] terms = passage.getMatchTerms();
    int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
    // Each different term at the index of its first occurrence's order, as the hash numbers them.
    BytesRef[] unique = new BytesRef[matches];
    int[] freqInPassage = new int[matches];
    int[] freqInDoc = new int[matches];
    int uniqueCount = 0;
    for (int i = 0; i < matches; i++) {
      int at = 0;
      while (at < uniqueCount && !unique[at].bytesEquals(terms[i])) {
        at++;
      }
      if (at == uniqueCount) {
        unique[at] = terms[i];
        freqInDoc[at] = freqsInDoc[i];
        uniqueCount++;
      }
      freqInPassage[at]++;
    }
    double score = 0;
    for (int i = 0; i < uniqueCount; i++) {
      score += tf(freqInPassage[i], passage.getLength()) * weight(contentLength, freqInDoc[i]);
    }
    score *= norm(passage.getStartOffset());
    return (float) score;
  }
}
