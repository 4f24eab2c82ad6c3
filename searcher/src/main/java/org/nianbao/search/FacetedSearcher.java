package org.nianbao.search;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.nianbao.schema.BigramSimilarity;

/**
 * An IndexSearcher carrying the sorted-set facet state of its reader, scoring with {@link
 * BigramSimilarity}. The state (an ordinal map over all segments) is built once when {@code
 * SearcherManager} opens a new reader, through {@link Factory}, never per request; so are the
 * counts of the whole index.
 */
final class FacetedSearcher extends IndexSearcher {

  private final SortedSetDocValuesReaderState facetState;
  private final Set<String> facetDims;
  private final FieldInfos fieldInfos;

  /**
   * The counts of the whole index (no query, no filter), computed on first use: once per refresh.
   */
  private volatile Map<String, List<FacetCount>> allFacets;

  private FacetedSearcher(
      IndexReader reader, FieldInfos fieldInfos, SortedSetDocValuesReaderState facetState) {
    super(reader);
    this.fieldInfos = fieldInfos;
    setSimilarity(new BigramSimilarity());
    this.facetState = facetState;
    Set<String> dims = new HashSet<>();
    if (facetState != null) {
      facetState.getDims().forEach(dims::add);
    }
    this.facetDims = Set.copyOf(dims);
  }

  /** Null when no document has a facet value (an empty index). */
  SortedSetDocValuesReaderState facetState() {
    return facetState;
  }

  /** The reader's field infos, merged over its segments once (the highlighter asks for them). */
  FieldInfos fieldInfos() {
    return fieldInfos;
  }

  /**
   * The facet counts of every report (as {@link FacetOutput#read} gives them without a region
   * path).
   */
  Map<String, List<FacetCount>> allFacets() throws IOException {
    Map<String, List<FacetCount>> counts = allFacets;
    if (counts == null) {
      // Two requests may both count on a fresh reader; the results are equal, either may stay.
      counts =
          FacetOutput.read(new SortedSetDocValuesFacetCounts(facetState), facetDims, List.of());
      allFacets = counts;
    }
    return counts;
  }

  /** The facet dimensions at least one document has. */
  Set<String> facetDims() {
    return facetDims;
  }

  static final class Factory extends SearcherFactory {
    private final FacetsConfig config;

    Factory(FacetsConfig config) {
      this.config = config;
    }

    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader)
        throws IOException {
      FieldInfos fieldInfos = FieldInfos.getMergedFieldInfos(reader);
      FieldInfo facets = fieldInfos.fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
      SortedSetDocValuesReaderState state =
          facets != null && facets.getDocValuesType() == DocValuesType.SORTED_SET
              ? new DefaultSortedSetDocValuesReaderState(reader, config)
              : null;
      return new FacetedSearcher(reader, fieldInfos, state);
    }
  }
}
