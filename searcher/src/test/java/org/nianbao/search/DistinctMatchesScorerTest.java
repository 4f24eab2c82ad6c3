package org.nianbao.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/**
 * The passage scorer's Lucene part is Lucene's own passage score, to the bit: it orders the
 * passages holding as many different matches, so any drift would change which passages a snippet
 * shows.
 */
class DistinctMatchesScorerTest {

  private static final String[] TERMS = {"政务", "务新", "新媒", "媒体", "抖音", "公开", "信息", "保密"};

  @Test
  void luceneScoreEqualsLuceneScorerOnRandomPassages() {
    Random random = new Random(7);
    PassageScorer lucene = new PassageScorer();
    DistinctMatchesScorer ours = new DistinctMatchesScorer();
    for (int run = 0; run < 5_000; run++) {
      Passage passage = new Passage();
      int start = random.nextInt(5_000);
      passage.setStartOffset(start);
      // A match must lie inside the passage: its end is set wide first, then to the last match.
      passage.setEndOffset(Integer.MAX_VALUE);
      int offset = start;
      int matches = random.nextInt(12);
      for (int i = 0; i < matches; i++) {
        offset += random.nextInt(20);
        // Terms repeat within a passage, each with its frequency in the whole document.
        String term = TERMS[random.nextInt(TERMS.length)];
        passage.addMatch(
            offset, offset + 2, new BytesRef(term), 1 + Math.abs(term.hashCode() % 40));
      }
      passage.setEndOffset(offset + 2 + random.nextInt(100));
      int contentLength = passage.getEndOffset() + random.nextInt(20_000);
      assertEquals(
          Float.floatToIntBits(lucene.score(passage, contentLength)),
          Float.floatToIntBits(ours.luceneScore(passage, contentLength)),
          "passage " + passage);
    }
  }

  @Test
  void aPassageWithoutMatchesScoresZero() {
    Passage passage = new Passage();
    passage.setStartOffset(10);
    passage.setEndOffset(60);
    assertEquals(0f, new DistinctMatchesScorer().luceneScore(passage, 1_000));
  }
}
