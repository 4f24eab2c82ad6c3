package org.nianbao.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nianbao.schema.TextNormalizer;

/**
 * The domain's variant wordings (政务热线 ↔ 政务服务热线 ↔ 12345热线, 复议 ↔ 行政复议 …), read from {@code
 * variants.txt} beside this class: groups of equivalent terms, each seen in real reports. Immutable
 * and thread-safe.
 */
final class Variants {

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

  static Variants parse(List<String> lines) {
    Map<String, Set<String>> groups = new HashMap<>();
    for (String line : lines) {
      line = line.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      List<String> members = new ArrayList<>();
      for (String member : line.split("\\|")) {
        String term = TextNormalizer.normalize(member.strip());
        if (!term.isEmpty() && !members.contains(term)) {
          members.add(term);
        }
      }
      for (String term : members) {
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

  private static Variants load() {
    return parse(BundledLines.of(Variants.class, "variants.txt"));
  }
}
