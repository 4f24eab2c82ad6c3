package org.nianbao.schema;

import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;

/**
 * BM25 for phrases over overlapping bigrams. Lucene scores a phrase with the sum of its terms'
 * IDFs, which for bigrams grows with the phrase's length, not its rarity: 新媒体 (新媒 + 媒体) would
 * outweigh 抖音 (one rare bigram). Here a phrase takes the IDF of its rarest bigram, the closest
 * cheap estimate of the phrase's own IDF (a phrase is never commoner than its rarest bigram). Norms
 * are BM25's, so an index written with the default similarity reads the same.
 *
 * <p>Length normalisation is milder than BM25's default (b = {@value #B} instead of 0.75): a
 * report's length says more about the body's size and habits (a ministry, a township) than about
 * how much it is about one topic, so a long report that describes its Douyin account should not
 * fall behind a short one that names 新媒体 once.
 *
 * <p>In the schema package because it belongs to the index as much as the analyzers do: the
 * searcher scores with it, and the OpenSearch plugin registers it for the mapping's bigram fields.
 */
public final class BigramSimilarity extends BM25Similarity {

  public static final float K1 = 1.2f;
  public static final float B = 0.5f;

  public BigramSimilarity() {
    super(K1, B);
  }

  @Override
  public Explanation idfExplain(CollectionStatistics collectionStats, TermStatistics[] termStats) {
    Explanation rarest = null;
    for (TermStatistics term : termStats) {
      Explanation idf = idfExplain(collectionStats, term);
      if (rarest == null || idf.getValue().floatValue() > rarest.getValue().floatValue()) {
        rarest = idf;
      }
    }
    return Explanation.match(rarest.getValue(), "idf of the phrase's rarest bigram:", rarest);
  }
}
