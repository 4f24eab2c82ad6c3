package org.nianbao.search;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * The stem of a unit (访问 of 访问量, see {@link QueryAnalysis#stemOf}) where a report writes it, while
 * it tells something: a stem that more than {@link #MOST_REPORTS} of the reports have (文件 of 文件库,
 * 处理 of 处理费) matches nothing, since nearly every report would then cover part of the unit. Decided
 * when the query is rewritten for a searcher, from the stem's document frequency there.
 */
final class StemQuery extends Query {

  /** The share of the reports above which a stem is too common to stand for its unit. */
  static final double MOST_REPORTS = 0.25;

  private final String stem;
  private final List<Query> perField;
  private final Query written;

  /**
   * @param stem the stem's text
   * @param perField the stem written in each field it is looked for in, one field each
   */
  StemQuery(String stem, List<Query> perField) {
    this.stem = Objects.requireNonNull(stem);
    this.perField = List.copyOf(perField);
    this.written = new DisjunctionMaxQuery(this.perField, 0f);
  }

  /** The stem's text. */
  String stem() {
    return stem;
  }

  /** Where the stem is written, in any of its fields, whether or not it tells something. */
  Query written() {
    return written;
  }

  /** The stem written in each of its fields: what a snippet marks, field by field. */
  List<Query> perField() {
    return perField;
  }

  /** Whether the stem tells something of its unit in {@code reader}'s reports (see above). */
  boolean tellsSomething(IndexReader reader) throws IOException {
    return UnitWeights.docFreq(reader, stem) <= MOST_REPORTS * reader.numDocs();
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    return tellsSomething(searcher.getIndexReader())
        ? written
        : new MatchNoDocsQuery("the stem " + stem + " is in too many reports");
  }

  @Override
  public void visit(QueryVisitor visitor) {
    written.visit(visitor.getSubVisitor(BooleanClause.Occur.MUST, this));
  }

  @Override
  public String toString(String field) {
    return "stem(" + written.toString(field) + ")";
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other)
        && other instanceof StemQuery s
        && stem.equals(s.stem)
        && written.equals(s.written);
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), stem, written);
  }
}
