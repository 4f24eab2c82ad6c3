package org.nianbao.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.nianbao.schema.ReportAnalyzers;
import org.nianbao.schema.ReportFields;

/**
 * How much each unit of a query tells: its inverse document frequency in the body field, from its
 * rarest bigram (a phrase is at most as frequent as its rarest bigram). A unit's weight is read
 * from the index the first time it is asked for: most pages never need one (every passage holds the
 * same units). One per page of hits; not thread-safe.
 */
final class UnitWeights {

  private final IndexReader reader;
  private final Map<String, Double> weights = new HashMap<>();

  UnitWeights(IndexReader reader) {
    this.reader = reader;
  }

  /** The sum of the units' weights. */
  double of(Set<String> units) throws IOException {
    double sum = 0;
    for (String unit : units) {
      sum += weight(unit);
    }
    return sum;
  }

  private double weight(String unit) throws IOException {
    Double known = weights.get(unit);
    if (known != null) {
      return known;
    }
    double weight = textWeight(reader, unit);
    weights.put(unit, weight);
    return weight;
  }

  /** The weight of one unit in {@code reader}'s reports: ln(1 + reports / (docFreq + 1)). */
  static double textWeight(IndexReader reader, String unit) throws IOException {
    return idf(Math.max(1, reader.numDocs()), docFreq(reader, unit));
  }

  /**
   * How many of {@code reader}'s reports have the text in their body, at most: its rarest bigram's
   * document frequency.
   */
  static int docFreq(IndexReader reader, String text) throws IOException {
    int docFreq = Math.max(1, reader.numDocs());
    for (String token : ReportQueryBuilder.tokens(ReportAnalyzers.bigrams(), text)) {
      docFreq = Math.min(docFreq, reader.docFreq(new Term(ReportFields.BODY_CJK, token)));
    }
    return docFreq;
  }

  /** ln(1 + reports / (docFreq + 1)): above 0, higher for what fewer reports have. */
  static double idf(int reports, int docFreq) {
    return Math.log(1 + (double) Math.max(1, reports) / (docFreq + 1));
  }
}
