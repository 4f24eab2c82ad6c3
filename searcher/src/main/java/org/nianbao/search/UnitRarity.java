package org.nianbao.search;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * Where a unit's weight in a partial match is read from: its text's rarity across the reports, or,
 * for a year or a place, how few reports are of it (2023 is written in most reports' text, but only
 * the 2023 reports are of 2023, and only they match it).
 *
 * @param text the unit as analysed
 * @param metadata the reports the unit names by their metadata, if it names a year or a place
 * @param topic whether the unit is a word of the domain's vocabulary (a member of a variant group,
 *     or a known name such as 抖音): what a query is about, as against the words a question frames it
 *     with (开通, 哪些部门, 账号)
 */
record UnitRarity(String text, Optional<Query> metadata, boolean topic) {

  UnitRarity {
    Objects.requireNonNull(text);
    Objects.requireNonNull(metadata);
  }

  /** The unit's inverse document frequency in {@code searcher}'s reports. */
  double weight(IndexSearcher searcher) throws IOException {
    if (metadata.isEmpty()) {
      return UnitWeights.textWeight(searcher.getIndexReader(), text);
    }
    return UnitWeights.idf(searcher.getIndexReader().numDocs(), searcher.count(metadata.get()));
  }
}
