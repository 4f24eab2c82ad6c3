package org.nianbao.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
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

  /**
   * Body passages per hit: enough to see which parts matched and to pick the best one. The
   * highlighter keeps those with the most different query matches ({@link DistinctMatchesScorer}).
   */
  static final int MAX_BODY_PASSAGES = 12;

  /** The indexed field whose matches the title's passage shows. */
  private static final Set<String> TITLE_INDEXED = Set.of(ReportFields.TITLE_CJK);

  /** The hits' stored texts, read once with the rest of each hit (see {@link HitReader#load}). */
  private final Map<Integer, HitReader.StoredHit> stored;

  /** The indexed fields whose matches the body's passages show: the boilerplate twin or not. */
  private final Set<String> bodyIndexed;

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
                      case ReportFields.TITLE -> TITLE_INDEXED;
                      case ReportFields.BODY -> bodyIndexed(withBoilerplate);
                      default -> Set.of();
                    })
            .withBreakIterator(
                () ->
                    LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT),
                        SnippetFormatter.MAX_CHARS,
                        0.5f))
            .withMaxNoHighlightPassages(0)
            .withScorer(new DistinctMatchesScorer())
            .withFormatter(new SnippetFormatter(marked)));
    this.fieldInfos = fieldInfos;
    this.stored = stored;
    this.bodyIndexed = bodyIndexed(withBoilerplate);
  }

  /** The indexed fields whose matches the body's passages show. */
  private static Set<String> bodyIndexed(boolean withBoilerplate) {
    return withBoilerplate
        ? Set.of(ReportFields.BODY_CJK, ReportFields.BODY_BOILERPLATE_CJK)
        : Set.of(ReportFields.BODY_CJK);
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

  /**
   * For each doc id: its title passage (or null) and its body passages (possibly empty). The title
   * and the body are highlighted apart, each with only the clauses on its own indexed fields: the
   * highlighter asks every clause of its query for its matches in every hit and every highlighted
   * field, seeking the clause's terms each time, and clauses on another field never match there
   * (two thirds of that work, the largest part of highlighting ten hits of a rare word).
   */
  List<HitPassages> highlight(Query query, int[] docIds) throws IOException {
    Object[] titles =
        highlightFieldsAsObjects(
                new String[] {ReportFields.TITLE},
                onFields(query, TITLE_INDEXED),
                docIds,
                new int[] {1})
            .get(ReportFields.TITLE);
    Object[] bodies =
        highlightFieldsAsObjects(
                new String[] {ReportFields.BODY},
                onFields(query, bodyIndexed),
                docIds,
                new int[] {MAX_BODY_PASSAGES})
            .get(ReportFields.BODY);
    List<HitPassages> out = new ArrayList<>(docIds.length);
    for (int i = 0; i < docIds.length; i++) {
      List<MatchedPassage> title = passages(titles, i);
      out.add(new HitPassages(title.isEmpty() ? null : title.get(0), passages(bodies, i)));
    }
    return out;
  }

  /** The clauses of a disjunction that read only {@code fields}; any other query as it is. */
  static Query onFields(Query query, Set<String> fields) {
    if (!(query instanceof BooleanQuery disjunction)) {
      return query;
    }
    BooleanQuery.Builder kept = new BooleanQuery.Builder();
    for (BooleanClause clause : disjunction.clauses()) {
      if (fields.containsAll(fieldsOf(clause.query()))) {
        kept.add(clause);
      }
    }
    return kept.build();
  }

  private static Set<String> fieldsOf(Query query) {
    Set<String> fields = new HashSet<>();
    query.visit(
        new QueryVisitor() {
          @Override
          public boolean acceptField(String field) {
            fields.add(field);
            return true;
          }

          @Override
          public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return this;
          }
        });
    return fields;
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
