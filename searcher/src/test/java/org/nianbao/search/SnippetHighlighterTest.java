package org.nianbao.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.nianbao.schema.ReportFields;

class SnippetHighlighterTest {

  @Test
  void eachHighlightedFieldGetsOnlyTheClausesOnItsOwnIndexedFields() {
    Query title = new PhraseQuery(ReportFields.TITLE_CJK, "政务", "务新");
    Query body = new TermQuery(new Term(ReportFields.BODY_CJK, "抖音"));
    Query boilerplate =
        new BooleanQuery.Builder()
            .add(new PrefixQuery(new Term(ReportFields.BODY_BOILERPLATE_CJK, "抖")), Occur.SHOULD)
            .build();
    BooleanQuery all =
        new BooleanQuery.Builder()
            .add(title, Occur.SHOULD)
            .add(body, Occur.SHOULD)
            .add(boilerplate, Occur.SHOULD)
            .build();

    assertEquals(
        List.of(title), queries(SnippetHighlighter.onFields(all, Set.of(ReportFields.TITLE_CJK))));
    assertEquals(
        List.of(body), queries(SnippetHighlighter.onFields(all, Set.of(ReportFields.BODY_CJK))));
    assertEquals(
        List.of(body, boilerplate),
        queries(
            SnippetHighlighter.onFields(
                all, Set.of(ReportFields.BODY_CJK, ReportFields.BODY_BOILERPLATE_CJK))));
    // Not a disjunction: as it is.
    assertEquals(body, SnippetHighlighter.onFields(body, Set.of(ReportFields.TITLE_CJK)));
  }

  private static List<Query> queries(Query disjunction) {
    return ((BooleanQuery) disjunction).clauses().stream().map(BooleanClause::query).toList();
  }
}
