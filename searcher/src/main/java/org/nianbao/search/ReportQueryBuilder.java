package org.nianbao.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.QueryBuilder;
import org.nianbao.document.ReportAnalyzers;
import org.nianbao.document.ReportFields;

/**
 * Builds the Lucene query for a {@link UserQuery}.
 *
 * <p>Matching: every word is a MUST clause; the word matches as a phrase over the CJK-bigram twin
 * of any text field (a disjunction across fields, the title boosted ×{@value #TITLE_BOOST}), which
 * is an exact substring match: 抖音 matches only where 抖 and 音 stand together. A quoted text is
 * analysed the same way as one phrase; a space inside the quotes ends a bigram run, so the text
 * must have a break there too (a space, punctuation or a line break).
 *
 * <p>A word of a single CJK character (抖) has no bigram of its own: it matches any bigram that
 * starts with it ({@code 抖*}, which also covers the character standing alone) or ends with it
 * ({@code ?抖}) on the bigram field. The smartcn word field would miss it inside dictionary words
 * (抖 in 抖动), so the bigram field is the one that finds every occurrence.
 *
 * <p>Ranking: each word also adds a SHOULD clause, the phrase over the smartcn word fields, so
 * whole-word matches score higher; it never decides what matches. Scores are BM25.
 */
public final class ReportQueryBuilder {

  /** How much more a title match weighs than a body match. */
  static final float TITLE_BOOST = 3f;

  /** DisjunctionMax tie breaker: the best field decides, other matching fields add a little. */
  static final float TIE_BREAKER = 0.1f;

  private final QueryBuilder bigrams = new QueryBuilder(ReportAnalyzers.bigrams());
  private final QueryBuilder words = new QueryBuilder(ReportAnalyzers.words());

  /** An empty query (or one of punctuation only) matches every report. */
  public ReportQuery build(UserQuery userQuery) {
    BooleanQuery.Builder scoring = new BooleanQuery.Builder();
    BooleanQuery.Builder matching = new BooleanQuery.Builder();
    List<UserQuery.Word> used = new ArrayList<>();
    for (UserQuery.Word word : userQuery.words()) {
      Query match = matchQuery(word.text());
      if (match == null) {
        continue; // nothing searchable in it (punctuation only)
      }
      used.add(word);
      scoring.add(match, Occur.MUST);
      matching.add(match, Occur.MUST);
      Query rank = rankQuery(word.text());
      if (rank != null) {
        scoring.add(rank, Occur.SHOULD);
      }
    }
    if (used.isEmpty()) {
      Query all = new MatchAllDocsQuery();
      return new ReportQuery(all, all, List.of());
    }
    return new ReportQuery(scoring.build(), matching.build(), used);
  }

  /** The MUST clause of one word: its bigram phrase in any text field; null if it has no tokens. */
  Query matchQuery(String text) {
    String single = singleCjkCharacter(text);
    List<Query> perField = new ArrayList<>();
    for (String field : ReportFields.TEXT_FIELDS) {
      String bigramField = ReportFields.bigramField(field);
      Query q = single != null ? singleCharacter(bigramField, single) : bigrams.createPhraseQuery(bigramField, text);
      if (q == null) {
        return null;
      }
      perField.add(boost(field, q));
    }
    return new DisjunctionMaxQuery(perField, TIE_BREAKER);
  }

  /** The SHOULD clause of one word: its smartcn phrase in any text field; null if no tokens. */
  Query rankQuery(String text) {
    List<Query> perField = new ArrayList<>();
    for (String field : ReportFields.TEXT_FIELDS) {
      Query q = words.createPhraseQuery(field, text);
      if (q == null) {
        return null;
      }
      perField.add(boost(field, q));
    }
    return new DisjunctionMaxQuery(perField, TIE_BREAKER);
  }

  private static Query boost(String field, Query q) {
    return field.equals(ReportFields.TITLE) ? new BoostQuery(q, TITLE_BOOST) : q;
  }

  /** Any bigram holding the character, or the character standing alone. */
  private static Query singleCharacter(String bigramField, String character) {
    return new BooleanQuery.Builder()
        .add(new PrefixQuery(new Term(bigramField, character)), Occur.SHOULD)
        .add(new WildcardQuery(new Term(bigramField, "?" + character)), Occur.SHOULD)
        .build();
  }

  /** The character when {@code text} analyses to one lone CJK character, else null. */
  static String singleCjkCharacter(String text) {
    List<String> tokens = tokens(ReportAnalyzers.bigrams(), text);
    if (tokens.size() != 1) {
      return null;
    }
    String token = tokens.get(0);
    if (token.codePointCount(0, token.length()) != 1) {
      return null;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(token.codePointAt(0));
    boolean cjk = script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    return cjk ? token : null;
  }

  static List<String> tokens(Analyzer analyzer, String text) {
    List<String> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tokens;
  }
}
