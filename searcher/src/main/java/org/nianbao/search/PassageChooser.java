package org.nianbao.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.nianbao.model.Section;
import org.nianbao.schema.ReportFields;

/**
 * Chooses the passage a hit shows: the body passage holding the most distinct query units (a unit
 * counts when it or one of its variants is in the passage), ties going to the earlier part, then to
 * the highlighter's score; the title when it holds more units than any body passage (or no body
 * passage matched). Also lists every body part a passage matched in.
 */
final class PassageChooser {

  /** The chosen passage, the section it comes from, and every body section that matched. */
  record Chosen(Section part, Snippet snippet, List<Section> parts) {
    static final Chosen NONE = new Chosen(null, Snippet.EMPTY, List.of());
  }

  private PassageChooser() {}

  static Chosen choose(
      SnippetHighlighter.HitPassages passages, List<Section> sections, AnalyzedQuery query) {
    QueryMatcher matcher = new QueryMatcher(query);
    MatchedPassage best = null;
    int bestUnits = -1;
    List<Section> parts = new ArrayList<>();
    for (MatchedPassage passage : passages.body()) {
      Section section = section(sections, passage.value());
      if (section != null && !parts.contains(section)) {
        parts.add(section);
      }
      int units = matcher.distinctUnits(passage.text());
      // Ties go to the earlier part (the overview states the year's facts), then to the score.
      if (units > bestUnits
          || (units == bestUnits
              && (passage.value() < best.value()
                  || passage.value() == best.value() && passage.score() > best.score()))) {
        best = passage;
        bestUnits = units;
      }
    }
    parts.sort(Comparator.comparingInt(ReportFields.SECTIONS::indexOf));
    MatchedPassage title = passages.title();
    if (title != null && (best == null || matcher.distinctUnits(title.text()) > bestUnits)) {
      return new Chosen(Section.TITLE, title.snippet(), List.copyOf(parts));
    }
    if (best != null) {
      return new Chosen(section(sections, best.value()), best.snippet(), List.copyOf(parts));
    }
    return Chosen.NONE;
  }

  private static Section section(List<Section> sections, int value) {
    return value >= 0 && value < sections.size() ? sections.get(value) : null;
  }
}
