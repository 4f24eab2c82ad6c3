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
 * hit's document: anywhere, and in the title or the report's own text. Weights are built once, on
 * first use, and reused for every hit of the request.
 */
final class HitExplainer {

  /**
   * The units (in query order) a hit does not have at all, those it has only in the template
   * boilerplate, and those it lacks but has the stem of in its own text.
   */
  record Lacking(List<String> missing, List<String> onlyInTemplate, List<String> stemOnly) {
    static final Lacking NOTHING = new Lacking(List.of(), List.of(), List.of());

    Lacking {
      missing = List.copyOf(missing);
      onlyInTemplate = List.copyOf(onlyInTemplate);
      stemOnly = List.copyOf(stemOnly);
    }

    boolean isEmpty() {
      return missing.isEmpty() && onlyInTemplate.isEmpty() && stemOnly.isEmpty();
    }
  }

  private final IndexSearcher searcher;
  private final Map<String, Query> unitQueries;
  private final Map<String, Query> unitsInContent;
  private final Map<String, Query> stems;
  private Map<String, Weight> anywhere;
  private Map<String, Weight> inContent;
  private Map<String, Weight> stemInContent;

  /**
   * @param stems the stems that tell something in {@code searcher}'s reports, by unit (see {@link
   *     StemQuery})
   */
  HitExplainer(IndexSearcher searcher, ReportQuery query, Map<String, StemQuery> stems) {
    this.searcher = searcher;
    this.unitQueries = query.unitQueries();
    this.unitsInContent = query.unitsInContent();
    Map<String, Query> written = new LinkedHashMap<>();
    stems.forEach((unit, stem) -> written.put(unit, stem.written()));
    this.stems = written;
  }

  /** What {@code docId} lacks of the query's units, as themselves or as a variant. */
  Lacking lacking(int docId) throws IOException {
    if (anywhere == null) {
      anywhere = weights(unitQueries);
      inContent = weights(unitsInContent);
      stemInContent = weights(stems);
    }
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docId, leaves));
    int doc = docId - leaf.docBase;
    List<String> missing = new ArrayList<>();
    List<String> onlyInTemplate = new ArrayList<>();
    List<String> stemOnly = new ArrayList<>();
    for (Map.Entry<String, Weight> unit : anywhere.entrySet()) {
      Weight own = inContent.get(unit.getKey());
      if (own != null && matches(own, leaf, doc)) {
        continue;
      }
      Weight stem = stemInContent.get(unit.getKey());
      if (matches(unit.getValue(), leaf, doc)) {
        onlyInTemplate.add(unit.getKey());
      } else if (stem != null && matches(stem, leaf, doc)) {
        stemOnly.add(unit.getKey());
      } else {
        missing.add(unit.getKey());
      }
    }
    return new Lacking(missing, onlyInTemplate, stemOnly);
  }

  private Map<String, Weight> weights(Map<String, Query> queries) throws IOException {
    Map<String, Weight> weights = new LinkedHashMap<>();
    for (Map.Entry<String, Query> unit : queries.entrySet()) {
      Query rewritten = searcher.rewrite(unit.getValue());
      weights.put(
          unit.getKey(), searcher.createWeight(rewritten, ScoreMode.COMPLETE_NO_SCORES, 1f));
    }
    return weights;
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
