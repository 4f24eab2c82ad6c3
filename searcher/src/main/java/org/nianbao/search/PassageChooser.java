package org.nianbao.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.nianbao.model.Section;
import org.nianbao.schema.ReportFields;

/**
 * Chooses the passage a hit shows: the body passage holding the most distinct query units (a unit
 * counts when it or one of its variants is in the passage), ties going to the passage with the
 * rarer units in the index, then to the earlier part, then to the highlighter's score; the title
 * when it holds more units than any body passage (or no body passage matched). Also lists every
 * body part a passage matched in.
 */
final class PassageChooser {

  /** The chosen passage, the section it comes from, and every body section that matched. */
  record Chosen(Section part, Snippet snippet, List<Section> parts) {
    static final Chosen NONE = new Chosen(null, Snippet.EMPTY, List.of());
  }

  private PassageChooser() {}

  static Chosen choose(
      SnippetHighlighter.HitPassages passages,
      List<Section> sections,
      AnalyzedQuery query,
      UnitWeights weights)
      throws IOException {
    QueryMatcher matcher = new QueryMatcher(query);
    MatchedPassage best = null;
    Set<String> bestHeld = Set.of();
    List<Section> parts = new ArrayList<>();
    for (MatchedPassage passage : passages.body()) {
      Section section = section(sections, passage.value());
      if (section != null && !parts.contains(section)) {
        parts.add(section);
      }
      Set<String> held = matcher.unitsIn(passage.text());
      if (best == null
          || held.size() > bestHeld.size()
          || held.size() == bestHeld.size() && better(passage, held, best, bestHeld, weights)) {
        best = passage;
        bestHeld = held;
      }
    }
    parts.sort(Comparator.comparingInt(ReportFields.SECTIONS::indexOf));
    MatchedPassage title = passages.title();
    if (title != null && (best == null || matcher.distinctUnits(title.text()) > bestHeld.size())) {
      return new Chosen(Section.TITLE, title.snippet(), List.copyOf(parts));
    }
    if (best != null) {
      return new Chosen(section(sections, best.value()), best.snippet(), List.copyOf(parts));
    }
    return Chosen.NONE;
  }

  /**
   * Of two passages holding as many units, whether {@code passage} shows better than {@code best}
   * why the report matched: the one with the rarer units (第三方 of 政务公开 第三方, not 公开 again; 抖音 of
   * 政务新媒体 抖音), then the earlier part (the overview states the year's facts), then the highlighter's
   * score.
   */
  private static boolean better(
      MatchedPassage passage,
      Set<String> held,
      MatchedPassage best,
      Set<String> bestHeld,
      UnitWeights weights)
      throws IOException {
    if (!held.equals(bestHeld)) {
      int byRarity = Double.compare(weights.of(held), weights.of(bestHeld));
      if (byRarity != 0) {
        return byRarity > 0;
      }
    }
    return passage.value() < best.value()
        || passage.value() == best.value() && passage.score() > best.score();
  }

  private static Section section(List<Section> sections, int value) {
    return value >= 0 && value < sections.size() ? sections.get(value) : null;
  }
}
