package org.nianbao.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.nianbao.model.Section;
import org.nianbao.schema.ReportAnalyzers;
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

  /**
   * How much each unit of the query tells: its inverse document frequency in the body field, from
   * its rarest bigram (a phrase is at most as frequent as its rarest bigram). Computed once per
   * page of hits.
   */
  static Map<String, Double> unitWeights(IndexReader reader, AnalyzedQuery query)
      throws IOException {
    int reports = Math.max(1, reader.numDocs());
    Map<String, Double> weights = new HashMap<>();
    for (String unit : query.units()) {
      int docFreq = reports;
      for (String token : ReportQueryBuilder.tokens(ReportAnalyzers.bigrams(), unit)) {
        docFreq = Math.min(docFreq, reader.docFreq(new Term(ReportFields.BODY_CJK, token)));
      }
      weights.put(unit, Math.log(1 + (double) reports / (docFreq + 1)));
    }
    return weights;
  }

  static Chosen choose(
      SnippetHighlighter.HitPassages passages,
      List<Section> sections,
      AnalyzedQuery query,
      Map<String, Double> unitWeights) {
    QueryMatcher matcher = new QueryMatcher(query);
    MatchedPassage best = null;
    int bestUnits = -1;
    double bestWeight = -1;
    List<Section> parts = new ArrayList<>();
    for (MatchedPassage passage : passages.body()) {
      Section section = section(sections, passage.value());
      if (section != null && !parts.contains(section)) {
        parts.add(section);
      }
      Set<String> held = matcher.unitsIn(passage.text());
      int units = held.size();
      double weight = held.stream().mapToDouble(u -> unitWeights.getOrDefault(u, 0.0)).sum();
      // Between passages with as many units, the one with the rarer units shows best why the
      // report matched (第三方 of 政务公开 第三方, not 公开 again; 抖音 of 政务新媒体 抖音); then the
      // earlier part (the overview states the year's facts), then the highlighter's score.
      if (units > bestUnits
          || (units == bestUnits
              && (weight > bestWeight
                  || weight == bestWeight
                      && (passage.value() < best.value()
                          || passage.value() == best.value() && passage.score() > best.score())))) {
        best = passage;
        bestUnits = units;
        bestWeight = weight;
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
