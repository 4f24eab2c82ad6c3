package org.nianbao.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.nianbao.schema.ReportAnalyzers;
import org.nianbao.schema.ReportFields;

/**
 * Finds each hit's passages in the title and the body. The stored text is highlighted from the
 * matches in its bigram twins ({@code withMaskedFieldsFunc}), offsets from the postings. The body
 * is highlighted from its content twin only, or, for a hit that matched nothing there, from its
 * boilerplate twin too: a passage the report wrote about its year is worth more than the template.
 * Passages are sentence-ish (the JDK sentence iterator breaks at 。！？) and aim at {@value
 * SnippetFormatter#MAX_CHARS} characters; they never cross a section. Cheap to build: one per
 * request.
 */
final class SnippetHighlighter extends UnifiedHighlighter {

  /** Above the longest report (5,000–60,000 characters): the default 10,000 would miss matches. */
  static final int MAX_LENGTH = 1_000_000;

  /** Body passages per hit: enough to see which parts matched and to pick the best one. */
  static final int MAX_BODY_PASSAGES = 12;

  private static final String[] FIELDS = {ReportFields.TITLE, ReportFields.BODY};

  /** The hits' stored texts, read once with the rest of each hit (see {@link HitReader#load}). */
  private final Map<Integer, HitReader.StoredHit> stored;

  /**
   * {@code fieldInfos}: the reader's merged field infos, built once per refresh (merging them costs
   * more than highlighting ten hits); {@code stored}: every hit's stored texts by doc id.
   */
  SnippetHighlighter(
      IndexSearcher searcher,
      FieldInfos fieldInfos,
      List<String> marked,
      boolean withBoilerplate,
      Map<Integer, HitReader.StoredHit> stored) {
    super(
        UnifiedHighlighter.builder(searcher, ReportAnalyzers.perField())
            .withMaxLength(MAX_LENGTH)
            .withMaskedFieldsFunc(
                field ->
                    switch (field) {
                      case ReportFields.TITLE -> Set.of(ReportFields.TITLE_CJK);
                      case ReportFields.BODY ->
                          withBoilerplate
                              ? Set.of(ReportFields.BODY_CJK, ReportFields.BODY_BOILERPLATE_CJK)
                              : Set.of(ReportFields.BODY_CJK);
                      default -> Set.of();
                    })
            .withBreakIterator(
                () ->
                    LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT),
                        SnippetFormatter.MAX_CHARS,
                        0.5f))
            .withMaxNoHighlightPassages(0)
            .withFormatter(new SnippetFormatter(marked)));
    this.fieldInfos = fieldInfos;
    this.stored = stored;
  }

  /**
   * The texts already read with each hit, in the highlighter's field order, as its own loader gives
   * them.
   */
  @Override
  protected List<CharSequence[]> loadFieldValues(
      String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold) throws IOException {
    List<CharSequence[]> out = new ArrayList<>();
    int sumChars = 0;
    do {
      int doc = docIter.nextDoc();
      if (doc == DocIdSetIterator.NO_MORE_DOCS) {
        break;
      }
      HitReader.StoredHit hit = stored.get(doc);
      if (hit == null) {
        throw new IllegalStateException("doc " + doc + " was not read before highlighting");
      }
      CharSequence[] values = new CharSequence[fields.length];
      for (int i = 0; i < fields.length; i++) {
        values[i] =
            switch (fields[i]) {
              case ReportFields.TITLE -> hit.title();
              case ReportFields.BODY -> hit.body();
              default ->
                  throw new IllegalArgumentException("not a highlighted field: " + fields[i]);
            };
        sumChars += values[i] == null ? 0 : values[i].length();
      }
      out.add(values);
    } while (sumChars <= cacheCharsThreshold && cacheCharsThreshold != 0);
    return out;
  }

  /** For each doc id: its title passage (or null) and its body passages (possibly empty). */
  List<HitPassages> highlight(Query query, int[] docIds) throws IOException {
    var byField = highlightFieldsAsObjects(FIELDS, query, docIds, new int[] {1, MAX_BODY_PASSAGES});
    Object[] titles = byField.get(ReportFields.TITLE);
    Object[] bodies = byField.get(ReportFields.BODY);
    List<HitPassages> out = new ArrayList<>(docIds.length);
    for (int i = 0; i < docIds.length; i++) {
      List<MatchedPassage> title = passages(titles, i);
      out.add(new HitPassages(title.isEmpty() ? null : title.get(0), passages(bodies, i)));
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static List<MatchedPassage> passages(Object[] values, int i) {
    return values != null && values[i] instanceof List<?> list
        ? (List<MatchedPassage>) list
        : List.of();
  }

  /** One hit's passages. */
  record HitPassages(MatchedPassage title, List<MatchedPassage> body) {
    boolean isEmpty() {
      return title == null && body.isEmpty();
    }
  }
}
