package org.nianbao.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.util.BytesRef;

/**
 * A passage's query matches in text order, without those that stand inside a longer match: 抖音 found
 * inside 抖音号 (a variant) is the same words of the text, not a second word of the query.
 */
final class PassageMatches {

  /** One match: its offsets and what the highlighter says it matched (a term or a query). */
  record Match(int start, int end, BytesRef what) {}

  private PassageMatches() {}

  static List<Match> outermost(Passage passage) {
    int count = passage.getNumMatches();
    int[] starts = passage.getMatchStarts();
    int[] ends = passage.getMatchEnds();
    BytesRef[] terms = passage.getMatchTerms();
    List<Match> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      if (!inLonger(starts, ends, count, i)) {
        out.add(new Match(starts[i], ends[i], terms[i]));
      }
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  /**
   * How many different things the passage's outermost matches matched. The highlighter's scorer
   * asks this of every passage holding a match, so it builds no list.
   */
  static int distinct(Passage passage) {
    int count = passage.getNumMatches();
    int[] starts = passage.getMatchStarts();
    int[] ends = passage.getMatchEnds();
    BytesRef[] terms = passage.getMatchTerms();
    Set<BytesRef> seen = new HashSet<>();
    for (int i = 0; i < count; i++) {
      if (!inLonger(starts, ends, count, i)) {
        seen.add(terms[i]);
      }
    }
    return seen.size();
  }

  private static boolean inLonger(int[] starts, int[] ends, int count, int i) {
    for (int j = 0; j < count; j++) {
      if (starts[j] <= starts[i]
          && ends[i] <= ends[j]
          && ends[j] - starts[j] > ends[i] - starts[i]) {
        return true;
      }
    }
    return false;
  }
}
