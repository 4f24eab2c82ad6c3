package org.nianbao.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;

/**
 * Tells a partial hit which of the query's words it lacks, by testing each unit's own query on the
 * hit's document. Weights are built once, on first use, and reused for every hit of the request.
 */
final class HitExplainer {

  private final IndexSearcher searcher;
  private final Map<String, Query> unitQueries;
  private Map<String, Weight> weights;

  HitExplainer(IndexSearcher searcher, ReportQuery query) {
    this.searcher = searcher;
    this.unitQueries = query.unitQueries();
  }

  /** The units (in query order) that {@code docId} does not match, as itself or as a variant. */
  List<String> missing(int docId) throws IOException {
    if (weights == null) {
      weights = new LinkedHashMap<>();
      for (Map.Entry<String, Query> unit : unitQueries.entrySet()) {
        Query rewritten = searcher.rewrite(unit.getValue());
        weights.put(
            unit.getKey(), searcher.createWeight(rewritten, ScoreMode.COMPLETE_NO_SCORES, 1f));
      }
    }
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docId, leaves));
    int doc = docId - leaf.docBase;
    List<String> missing = new ArrayList<>();
    for (Map.Entry<String, Weight> unit : weights.entrySet()) {
      if (!matches(unit.getValue(), leaf, doc)) {
        missing.add(unit.getKey());
      }
    }
    return missing;
  }

  private static boolean matches(Weight weight, LeafReaderContext leaf, int doc)
      throws IOException {
    ScorerSupplier supplier = weight.scorerSupplier(leaf);
    if (supplier == null) {
      return false;
    }
    Scorer scorer = supplier.get(1);
    // Scorer.iterator() confirms two-phase matches (phrases), so advance lands only on real
    // matches.
    return scorer.iterator().advance(doc) == doc;
  }
}
