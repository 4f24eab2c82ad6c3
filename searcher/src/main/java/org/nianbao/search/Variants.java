package org.nianbao.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.nianbao.schema.TextNormalizer;

/**
 * The domain's variant wordings (政务热线 ↔ 政务服务热线 ↔ 12345热线, 复议 ↔ 行政复议 …), read from {@code
 * variants.txt} beside this class: groups of equivalent terms, each seen in real reports. Immutable
 * and thread-safe.
 *
 * <p>A member may be <em>spread</em>: words joined by {@value #SPREAD_MARK} match where they all
 * stand near each other, in any order. That is how reports write an abbreviation out (预决算 as
 * 部门预算…部门决算, 放管服 as 简政放权、放管结合、优化服务), which no single string can say. A spread member is only
 * searched for its group's other members, never looked up itself: no one types it.
 */
final class Variants {

  /** Joins the words of a spread member. */
  static final String SPREAD_MARK = "…";

  private static final Variants BUNDLED = load();

  /** Normalised term → the other members of its groups, in file order. */
  private final Map<String, List<String>> others;

  private Variants(Map<String, List<String>> others) {
    this.others = Map.copyOf(others);
  }

  static Variants bundled() {
    return BUNDLED;
  }

  /** The other members of {@code normalisedTerm}'s groups; empty when it is in none. */
  List<String> of(String normalisedTerm) {
    return others.getOrDefault(normalisedTerm, List.of());
  }

  /** Whether {@code variant} is spread: words that match near each other (预算…决算). */
  static boolean isSpread(String variant) {
    return variant.contains(SPREAD_MARK);
  }

  /** The words of a spread variant (预算…决算 → 预算, 决算); the variant itself when it is not spread. */
  static List<String> words(String variant) {
    return isSpread(variant)
        ? Arrays.stream(variant.split(SPREAD_MARK)).filter(w -> !w.isEmpty()).toList()
        : List.of(variant);
  }

  static Variants parse(List<String> lines) {
    Map<String, Set<String>> groups = new HashMap<>();
    for (String line : lines) {
      line = line.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      List<String> members = new ArrayList<>();
      for (String member : line.split("\\|")) {
        String term = normalized(member);
        if (!term.isEmpty() && !members.contains(term)) {
          members.add(term);
        }
      }
      for (String term : members) {
        if (isSpread(term)) {
          continue;
        }
        Set<String> set = groups.computeIfAbsent(term, t -> new LinkedHashSet<>());
        for (String other : members) {
          if (!other.equals(term)) {
            set.add(other);
          }
        }
      }
    }
    Map<String, List<String>> others = new HashMap<>();
    groups.forEach((term, set) -> others.put(term, List.copyOf(set)));
    return new Variants(others);
  }

  /** A member normalised as the index holds text; a spread member word by word. */
  private static String normalized(String member) {
    return words(member).stream()
        .map(word -> TextNormalizer.normalize(word.strip()))
        .filter(word -> !word.isEmpty())
        .collect(Collectors.joining(SPREAD_MARK));
  }

  private static Variants load() {
    return parse(BundledLines.of(Variants.class, "variants.txt"));
  }
}
