package org.nianbao.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.nianbao.schema.ReportFields;
import org.nianbao.schema.TextNormalizer;

/**
 * Chooses the passage a hit shows: the body passage holding the most distinct query units (a unit
 * counts when it or one of its variants is in the passage), ties going to the earlier part, then
 * to the highlighter's score; the title when it holds more units than any body passage (or no body passage matched).
 * Also lists every body part a passage matched in.
 */
final class PassageChooser {

  /** The chosen passage, the model key of the part it comes from, and every part that matched. */
  record Chosen(String part, Snippet snippet, List<String> parts) {
    static final Chosen NONE = new Chosen(null, Snippet.EMPTY, List.of());
  }

  private PassageChooser() {}

  static Chosen choose(SnippetHighlighter.HitPassages passages, List<String> sectionKeys, AnalyzedQuery query) {
    MatchedPassage best = null;
    int bestUnits = -1;
    List<String> parts = new ArrayList<>();
    for (MatchedPassage passage : passages.body()) {
      String key = sectionKey(sectionKeys, passage.value());
      if (key != null && !parts.contains(key)) {
        parts.add(key);
      }
      int units = distinctUnits(passage.text(), query);
      // Ties go to the earlier part (the overview states the year's facts), then to the score.
      if (units > bestUnits || (units == bestUnits && (passage.value() < best.value()
          || passage.value() == best.value() && passage.score() > best.score()))) {
        best = passage;
        bestUnits = units;
      }
    }
    parts.sort(Comparator.comparingInt(ReportFields.SECTIONS::indexOf));
    MatchedPassage title = passages.title();
    if (title != null && (best == null || distinctUnits(title.text(), query) > bestUnits)) {
      return new Chosen(ReportFields.TITLE, title.snippet(), List.copyOf(parts));
    }
    if (best != null) {
      return new Chosen(sectionKey(sectionKeys, best.value()), best.snippet(), List.copyOf(parts));
    }
    return Chosen.NONE;
  }

  /** How many of the query's units the text holds, each as itself or as one of its variants. */
  static int distinctUnits(String text, AnalyzedQuery query) {
    String haystack = TextNormalizer.normalize(text);
    int count = 0;
    for (String unit : query.units()) {
      if (haystack.contains(unit) || query.variantsOf(unit).stream().anyMatch(haystack::contains)) {
        count++;
      }
    }
    return count;
  }

  private static String sectionKey(List<String> sectionKeys, int value) {
    return value >= 0 && value < sectionKeys.size() ? sectionKeys.get(value) : null;
  }
}
