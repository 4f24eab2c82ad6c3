package org.nianbao.search;

import java.util.List;
import org.apache.lucene.search.Query;

/**
 * A user query turned into Lucene queries. {@code scoring} decides what matches (the MUST bigram
 * clauses) and how it ranks (plus SHOULD word-field clauses); {@code matching} holds only the MUST
 * clauses and is what the highlighter marks. {@code words} are the words that produced a clause.
 */
public record ReportQuery(Query scoring, Query matching, List<UserQuery.Word> words) {

  public ReportQuery {
    words = List.copyOf(words);
  }

  /** True when nothing was asked: every report matches. */
  public boolean isEmpty() {
    return words.isEmpty();
  }
}
