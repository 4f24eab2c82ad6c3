package org.nianbao.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.nianbao.document.ReportAnalyzers;
import org.nianbao.document.ReportFields;

/**
 * Finds each hit's best passage in every text field. Matching happens on the bigram twins, so each
 * stored word field is highlighted from its twin's matches ({@code withMaskedFieldsFunc}); offsets
 * come from the postings. Passages are sentence-ish (the JDK sentence iterator breaks at 。！？)
 * and aim at {@value SnippetFormatter#MAX_CHARS} characters around the match. Cheap to build:
 * one per request.
 */
final class SnippetHighlighter extends UnifiedHighlighter {

  /** Above the longest report (5,000–60,000 characters): the default 10,000 would miss matches. */
  static final int MAX_LENGTH = 1_000_000;

  private static final List<String> FIELDS = ReportFields.TEXT_FIELDS;

  SnippetHighlighter(IndexSearcher searcher, List<UserQuery.Word> words) {
    super(UnifiedHighlighter.builder(searcher, ReportAnalyzers.perField())
        .withMaxLength(MAX_LENGTH)
        .withMaskedFieldsFunc(field -> FIELDS.contains(field) ? Set.of(ReportFields.bigramField(field)) : Set.of())
        .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
            BreakIterator.getSentenceInstance(Locale.ROOT), SnippetFormatter.MAX_CHARS, 0.5f))
        .withMaxNoHighlightPassages(0)
        .withFormatter(new SnippetFormatter(words)));
  }

  /** For each doc id, its matched text fields and their best passage (fields without a match absent). */
  List<Map<String, MatchedPassage>> highlight(Query query, int[] docIds) throws IOException {
    int[] maxPassages = new int[FIELDS.size()];
    Arrays.fill(maxPassages, 1);
    Map<String, Object[]> byField = highlightFieldsAsObjects(FIELDS.toArray(String[]::new), query, docIds, maxPassages);
    List<Map<String, MatchedPassage>> out = new java.util.ArrayList<>(docIds.length);
    for (int i = 0; i < docIds.length; i++) {
      Map<String, MatchedPassage> fields = new HashMap<>();
      for (String field : FIELDS) {
        Object[] values = byField.get(field);
        if (values != null && values[i] instanceof MatchedPassage passage && !passage.snippet().isEmpty()) {
          fields.put(field, passage);
        }
      }
      out.add(fields);
    }
    return out;
  }
}
