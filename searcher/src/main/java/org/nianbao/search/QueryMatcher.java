package org.nianbao.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.nianbao.schema.TextNormalizer;

/**
 * Finds an analysed query in a text the way the index matches it: on the normalised text (see
 * {@link TextNormalizer}), each unit, quoted phrase and variant as an exact substring. The searcher
 * counts with it how much of the query a passage holds; a front end marks with it where a report's
 * text matched (the units and variants the search used, never the raw typed words). Immutable.
 */
public final class QueryMatcher {

  private final AnalyzedQuery query;

  /** Every string a match of which is marked, longest first: a longer one wins where both start. */
  private final List<String> marked;

  QueryMatcher(AnalyzedQuery query) {
    this.query = query;
    List<String> strings = new ArrayList<>(query.markedStrings());
    strings.removeIf(String::isEmpty);
    strings.sort(Comparator.comparingInt(String::length).reversed());
    this.marked = List.copyOf(strings);
  }

  /**
   * The matcher of what the user typed, read as the searcher reads it (units, phrases, variants).
   */
  public static QueryMatcher of(UserQuery query) {
    return new QueryMatcher(new QueryAnalysis(Variants.bundled()).analyze(query));
  }

  /** True when the query has nothing to find (empty, or punctuation only). */
  public boolean isEmpty() {
    return marked.isEmpty();
  }

  /**
   * The text as segments, every stretch that matches the query highlighted (adjacent matches
   * joined).
   */
  public Snippet mark(String text) {
    if (text == null || text.isEmpty()) {
      return Snippet.EMPTY;
    }
    TextNormalizer.Mapped mapped = TextNormalizer.mapped(text);
    List<Snippet.Segment> segments = new ArrayList<>();
    int at = 0;
    for (int[] span : spans(mapped.text())) {
      int[] original = mapped.originalSpan(span[0], span[1]);
      if (original[0] > at) {
        segments.add(new Snippet.Segment(text.substring(at, original[0]), false));
      }
      segments.add(
          new Snippet.Segment(text.substring(Math.max(at, original[0]), original[1]), true));
      at = original[1];
    }
    if (at < text.length()) {
      segments.add(new Snippet.Segment(text.substring(at), false));
    }
    return new Snippet(segments);
  }

  /** How many of the query's units the text holds, each as itself or as one of its variants. */
  int distinctUnits(String text) {
    return unitsIn(text).size();
  }

  /**
   * The query's units the text holds, each as itself or as one of its variants (a spread variant
   * with all its words: the text is a passage, short enough to count them as near).
   */
  Set<String> unitsIn(String text) {
    String haystack = TextNormalizer.normalize(text);
    Set<String> units = new HashSet<>();
    for (String unit : query.units()) {
      if (haystack.contains(unit)
          || query.variantsOf(unit).stream()
              .anyMatch(v -> Variants.words(v).stream().allMatch(haystack::contains))) {
        units.add(unit);
      }
    }
    return units;
  }

  /**
   * The matches in the normalised text as [start, end), sorted, overlapping or touching ones
   * merged.
   */
  private List<int[]> spans(String normalised) {
    List<int[]> spans = new ArrayList<>();
    for (int i = 0; i < normalised.length(); i++) {
      for (String needle : marked) {
        if (normalised.startsWith(needle, i)) {
          int end = i + needle.length();
          int[] last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
          if (last != null && i <= last[1]) {
            last[1] = Math.max(last[1], end);
          } else {
            spans.add(new int[] {i, end});
          }
          break;
        }
      }
    }
    return spans;
  }
}
