package org.nianbao.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.nianbao.document.ReportFields;

class ReportQueryBuilderTest {

  private final ReportQueryBuilder builder = new ReportQueryBuilder();

  private ReportQuery build(String q) {
    return builder.build(UserQuery.parse(q));
  }

  @Test
  void eachWordIsAMustBigramPhraseAndAShouldWordPhrase() {
    BooleanQuery q = assertInstanceOf(BooleanQuery.class, build("政务新媒体 抖音").scoring());
    assertEquals(List.of(Occur.MUST, Occur.SHOULD, Occur.MUST, Occur.SHOULD), q.clauses().stream().map(BooleanClause::occur).toList());

    Query must1 = q.clauses().get(0).query();
    assertEquals(ReportFields.TEXT_FIELDS.size(), disjuncts(must1).size());
    assertEquals("(title.cjk:\"政务 务新 新媒 媒体\")^3.0", field(must1, "title.cjk").toString());
    assertEquals("preamble.cjk:\"政务 务新 新媒 媒体\"", field(must1, "preamble.cjk").toString());
    assertEquals("extra.cjk:\"政务 务新 新媒 媒体\"", field(must1, "extra.cjk").toString());

    Query should1 = q.clauses().get(1).query();
    assertEquals(ReportFields.TEXT_FIELDS.size(), disjuncts(should1).size());
    assertEquals("(title:\"政务 新 媒体\")^3.0", field(should1, "title").toString());
    assertEquals("overview:\"政务 新 媒体\"", field(should1, "overview").toString());

    // 抖音 is one bigram: a term query, which is exactly the contiguous 抖音.
    Query must2 = q.clauses().get(2).query();
    assertEquals(new BoostQuery(new TermQuery(new Term("title.cjk", "抖音")), 3f), field(must2, "title.cjk"));
    assertEquals(new TermQuery(new Term("requests.cjk", "抖音")), field(must2, "requests.cjk"));
    assertEquals("(title:\"抖 音\")^3.0", field(q.clauses().get(3).query(), "title").toString());

    // The highlighter gets only what decides matching.
    BooleanQuery matching = assertInstanceOf(BooleanQuery.class, build("政务新媒体 抖音").matching());
    assertEquals(List.of(Occur.MUST, Occur.MUST), matching.clauses().stream().map(BooleanClause::occur).toList());
  }

  @Test
  void aQuotedTextIsOnePhraseWhoseSpaceIsABreak() {
    ReportQuery built = build("\"依申请 公开\"");
    BooleanQuery q = assertInstanceOf(BooleanQuery.class, built.scoring());
    assertEquals(2, q.clauses().size());
    Query title = field(q.clauses().get(0).query(), "title.cjk");
    assertEquals("(title.cjk:\"依申 申请 公开\")^3.0", title.toString());
    PhraseQuery phrase = assertInstanceOf(PhraseQuery.class, ((BoostQuery) title).getQuery());
    assertEquals(0, phrase.getSlop());
    assertEquals("(title:\"依 申请 公开\")^3.0", field(q.clauses().get(1).query(), "title").toString());
    assertEquals(List.of(new UserQuery.Word("依申请 公开", true)), built.words());
  }

  @Test
  void aSingleCjkCharacterMatchesAnyBigramHoldingIt() {
    BooleanQuery q = assertInstanceOf(BooleanQuery.class, build("抖").scoring());
    Query must = q.clauses().get(0).query();
    assertEquals("(title.cjk:抖* title.cjk:?抖)^3.0", field(must, "title.cjk").toString());
    assertEquals("overview.cjk:抖* overview.cjk:?抖", field(must, "overview.cjk").toString());
    // Ranking still prefers where smartcn made 抖 a word of its own.
    assertEquals("(title:抖)^3.0", field(q.clauses().get(1).query(), "title").toString());

    assertEquals("抖", ReportQueryBuilder.singleCjkCharacter("抖"));
    assertEquals("抖", ReportQueryBuilder.singleCjkCharacter("“抖”。"));
    assertNull(ReportQueryBuilder.singleCjkCharacter("抖音"));
    assertNull(ReportQueryBuilder.singleCjkCharacter("a"));
    assertNull(ReportQueryBuilder.singleCjkCharacter("7"));
  }

  @Test
  void emptyOrPunctuationOnlyMatchesEverything() {
    for (String q : List.of("", "  ", "。，", "\"\"")) {
      ReportQuery built = build(q);
      assertTrue(built.isEmpty(), q);
      assertInstanceOf(MatchAllDocsQuery.class, built.scoring());
    }
    // A punctuation word among real words is dropped, not an error.
    assertEquals(List.of(new UserQuery.Word("抖音", false)), build("抖音 ，").words());
  }

  /** The disjunct on {@code field} (DisjunctionMaxQuery keeps no order). */
  private static Query field(Query q, String field) {
    List<Query> found = disjuncts(q).stream()
        .filter(d -> d.toString().startsWith(field + ":") || d.toString().startsWith("(" + field + ":"))
        .toList();
    assertEquals(1, found.size(), field + " in " + q);
    return found.get(0);
  }

  private static List<Query> disjuncts(Query q) {
    DisjunctionMaxQuery dis = assertInstanceOf(DisjunctionMaxQuery.class, q);
    assertEquals(0.1f, dis.getTieBreakerMultiplier());
    return new ArrayList<>(dis.getDisjuncts());
  }
}
