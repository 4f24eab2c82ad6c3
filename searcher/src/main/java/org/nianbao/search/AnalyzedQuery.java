package org.nianbao.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A user query as the engine matches it. Each typed {@link Word} is normalised and cut into units:
 * contiguous strings that must each match as written. A unit is a smartcn word (公开, 时限) or a run of
 * characters smartcn does not know (抖音, 浙里办, 一件事一次办), which therefore never matches where its
 * characters stand apart. Variants from {@link Variants} can stand in for a unit, or for a whole
 * word.
 *
 * @param words the typed words, in order
 * @param units every distinct unit, in order
 * @param unitVariants for a unit, the variant strings that also satisfy it
 * @param scoredVariants the subset of {@code unitVariants} that also scores for the unit: a variant
 *     standing for several units (12345热线 for 政务 | 热线) scores once, for the first of them, and only
 *     satisfies the others
 * @param stems for a unit smartcn cuts into a dictionary word and a lone character after it, that
 *     word (访问量 → 访问): a report lacking the unit may have it ({@link QueryAnalysis#stemOf})
 * @param expansions what was searched besides the typed words, for the results' explanation: a word
 *     or run of words → its variants
 * @param excluded the words typed with a minus, normalised: a report containing one is left out
 */
record AnalyzedQuery(
    List<Word> words,
    List<String> units,
    Map<String, List<String>> unitVariants,
    Map<String, List<String>> scoredVariants,
    Map<String, String> stems,
    Map<String, List<String>> expansions,
    List<String> excluded) {

  /**
   * One typed word or quoted phrase.
   *
   * @param typed as the user typed it
   * @param text normalised (simplified, full-width folded, lower-cased, soft separators gone)
   * @param quoted a quoted phrase is one unit, whatever its words
   * @param units its units, in order
   * @param variants strings that match the whole word as well as {@code text}
   */
  record Word(
      String typed, String text, boolean quoted, List<String> units, List<String> variants) {
    Word {
      units = List.copyOf(units);
      variants = List.copyOf(variants);
    }
  }

  AnalyzedQuery {
    words = List.copyOf(words);
    units = List.copyOf(units);
    Map<String, List<String>> copy = new LinkedHashMap<>();
    unitVariants.forEach((unit, list) -> copy.put(unit, List.copyOf(list)));
    unitVariants = java.util.Collections.unmodifiableMap(copy);
    Map<String, List<String>> scored = new LinkedHashMap<>();
    scoredVariants.forEach((unit, list) -> scored.put(unit, List.copyOf(list)));
    scoredVariants = java.util.Collections.unmodifiableMap(scored);
    stems = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stems));
    expansions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(expansions));
    excluded = List.copyOf(excluded);
  }

  /** True when there is nothing to find: every report matches, less the excluded ones. */
  boolean isEmpty() {
    return units.isEmpty();
  }

  List<String> variantsOf(String unit) {
    return unitVariants.getOrDefault(unit, List.of());
  }

  /**
   * Whether {@code variant} scores for {@code unit} (it stands for this unit first), or only
   * satisfies it.
   */
  boolean scores(String unit, String variant) {
    return scoredVariants.getOrDefault(unit, List.of()).contains(variant);
  }

  /**
   * Units and all their variants, a spread variant's words one by one: every string whose match the
   * highlighter should mark.
   */
  List<String> markedStrings() {
    Set<String> all = new LinkedHashSet<>(units);
    unitVariants.values().forEach(list -> list.forEach(v -> all.addAll(Variants.words(v))));
    words.forEach(w -> w.variants().forEach(v -> all.addAll(Variants.words(v))));
    return new ArrayList<>(all);
  }
}
