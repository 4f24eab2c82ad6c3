package org.nianbao.search;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
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
   * The counts of the whole index (no query, no filter), computed on first use: once per refresh,
   * then shared by the requests, which read them one at a time (see {@link LockedFacets}).
   */
  private volatile Facets allCounts;

  /** {@link #allCounts} as {@link FacetOutput#read} gives them without a region path. */
  private volatile Map<String, List<FacetCount>> allFacets;

  /**
   * Fewest documents worth a slice of their own: below this, handing work to another thread costs
   * more than it saves.
   */
  static final int MIN_DOCS_PER_SLICE = 100;

  private FacetedSearcher(
      IndexReader reader,
      Executor executor,
      FieldInfos fieldInfos,
      SortedSetDocValuesReaderState facetState) {
    super(reader, executor);
    this.fieldInfos = fieldInfos;
    setSimilarity(new BigramSimilarity());
    this.facetState = facetState;
    Set<String> dims = new HashSet<>();
    if (facetState != null) {
      facetState.getDims().forEach(dims::add);
    }
    this.facetDims = Set.copyOf(dims);
  }

  /**
   * About one slice per core, large segments split into doc-id ranges (an index has a few large
   * segments and several small ones, so whole segments make unequal slices): a search's first
   * phase, count and sort run on every core when the machine has one free. The results are the same
   * as on one thread (ties still go to the lower doc id).
   */
  @Override
  protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
    long maxDoc = 0;
    for (LeafReaderContext leaf : leaves) {
      maxDoc += leaf.reader().maxDoc();
    }
    int cores = Runtime.getRuntime().availableProcessors();
    int perSlice = (int) Math.max(MIN_DOCS_PER_SLICE, (maxDoc + cores - 1) / cores);
    return slices(leaves, perSlice, Integer.MAX_VALUE, true);
  }

  /** Null when no document has a facet value (an empty index). */
  SortedSetDocValuesReaderState facetState() {
    return facetState;
  }

  /** The reader's field infos, merged over its segments once (the highlighter asks for them). */
  FieldInfos fieldInfos() {
    return fieldInfos;
  }

  /** The facet counts of every report; safe to read from several requests at once. */
  Facets allCounts() throws IOException {
    Facets counts = allCounts;
    if (counts == null) {
      // Two requests may both count on a fresh reader; the results are equal, either may stay.
      counts = new LockedFacets(new SortedSetDocValuesFacetCounts(facetState));
      allCounts = counts;
    }
    return counts;
  }

  /**
   * Facets read by one thread at a time. Sorted-set counts keep one doc-values reader to turn
   * ordinals into labels, and two requests reading shared counts at once got each other's labels (a
   * year facet listing sectors; once an out-of-memory error from a garbled label length). The reads
   * take microseconds; the counting they share took milliseconds.
   */
  private static final class LockedFacets extends Facets {
    private final Facets counts;

    LockedFacets(Facets counts) {
      this.counts = counts;
    }

    @Override
    public synchronized FacetResult getAllChildren(String dim, String... path) throws IOException {
      return counts.getAllChildren(dim, path);
    }

    @Override
    public synchronized FacetResult getTopChildren(int topN, String dim, String... path)
        throws IOException {
      return counts.getTopChildren(topN, dim, path);
    }

    @Override
    public synchronized Number getSpecificValue(String dim, String... path) throws IOException {
      return counts.getSpecificValue(dim, path);
    }

    @Override
    public synchronized List<FacetResult> getAllDims(int topN) throws IOException {
      return counts.getAllDims(topN);
    }

    @Override
    public synchronized List<FacetResult> getTopDims(int topNDims, int topNChildren)
        throws IOException {
      return counts.getTopDims(topNDims, topNChildren);
    }
  }

  /**
   * The facet counts of every report (as {@link FacetOutput#read} gives them without a region
   * path).
   */
  Map<String, List<FacetCount>> allFacets() throws IOException {
    Map<String, List<FacetCount>> counts = allFacets;
    if (counts == null) {
      counts = FacetOutput.read(allCounts(), facetDims, List.of());
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
    private final Executor executor;

    /** {@code executor} searches slices in parallel; null searches on the calling thread. */
    Factory(FacetsConfig config, Executor executor) {
      this.config = config;
      this.executor = executor;
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
      return new FacetedSearcher(reader, executor, fieldInfos, state);
    }
  }
}
