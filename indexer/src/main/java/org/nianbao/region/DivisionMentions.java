package org.nianbao.region;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How often a text names each division: full names anywhere, and the short forms of provinces and
 * prefectures (淄博, 山东), read longest first so 朝阳区 is not also counted as 朝阳. A name shared by
 * several divisions counts for each of them.
 */
final class DivisionMentions {

  private final Map<Division, Integer> counts;

  private DivisionMentions(Map<Division, Integer> counts) {
    this.counts = counts;
  }

  static DivisionMentions in(Gazetteer gazetteer, String text) {
    Map<Division, Integer> counts = new HashMap<>();
    int pos = 0;
    while (pos < text.length() - 1) {
      int matched = 0;
      for (int length = gazetteer.longestNameAt(text, pos); length >= 2 && matched == 0; length--) {
        String name = text.substring(pos, pos + length);
        List<Division> named = gazetteer.findFullName(name);
        for (Division d : named) {
          counts.merge(d, 1, Integer::sum);
          matched = length;
        }
        for (Division d : gazetteer.findAlias(name)) {
          if (d.kind() == DivisionKind.PROVINCE || d.kind() == DivisionKind.PREFECTURE) {
            counts.merge(d, 1, Integer::sum);
            matched = length;
          }
        }
      }
      pos += Math.max(matched, 1);
    }
    return new DivisionMentions(counts);
  }

  int count(Division d) {
    return counts.getOrDefault(d, 0);
  }

  Map<Division, Integer> all() {
    return Map.copyOf(counts);
  }
}
