package org.nianbao.search;

import java.util.List;
import java.util.Map;

/**
 * How the engine read the query, for the results' explanation: the words it matched (the typed
 * words cut where a report may write them apart), the variants it searched as well, and whether the
 * results include reports matching only part of the query.
 *
 * @param words the units every report is matched on, in order
 * @param variants a word (or run of words) → the variants searched as well
 * @param stems a word → its stem, which a report lacking the word may have instead (访问量 → 访问): such
 *     a report is a partial match ({@link Hit#stemOnly})
 * @param minimumShouldMatch how many of {@code words} a report had to match
 * @param relaxed nothing matched enough words, so reports matching any one are shown
 * @param partial the results include partial matches (some hit lacks a word)
 * @param excluded the words typed with a minus: no result contains one
 */
public record Interpretation(
    List<String> words,
    Map<String, List<String>> variants,
    Map<String, String> stems,
    int minimumShouldMatch,
    boolean relaxed,
    boolean partial,
    List<String> excluded) {

  public static final Interpretation NONE =
      new Interpretation(List.of(), Map.of(), Map.of(), 0, false, false, List.of());

  public Interpretation {
    words = List.copyOf(words);
    excluded = List.copyOf(excluded);
    variants = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(variants));
    stems = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stems));
  }
}
