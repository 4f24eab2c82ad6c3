package org.nianbao.search;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
import org.apache.lucene.index.Term;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.util.BytesRef;
import org.nianbao.schema.BigramSimilarity;
import org.nianbao.schema.ReportFields;

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

  /** Words whose content document frequency is kept; cleared whole when full. */
  static final int DOC_FREQ_CACHE_SIZE = 10_000;

  /** A bigram's largest document frequency in the content fields, by its bytes. */
  private final Map<BytesRef, Long> contentDocFreqs = new ConcurrentHashMap<>();

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

  /**
   * A content field's term is as rare as it is in the report's content, title and body read as one
   * (Elasticsearch's {@code cross_fields}, a blended document frequency): the larger of its
   * document frequencies in {@link ReportFields#CONTENT_FIELDS}. Each field's own frequency made a
   * word common in reports look rare in titles: on 20,000 reports, 管理 is in the title of 1,305 and
   * the body of all, so for 殡葬管理 a title with 管理区 or 应急管理部 (boosted as titles are) outscored a body
   * that writes 殡葬 six times, and nine of the first ten hits lacked 殡葬. The boilerplate twin keeps
   * its own frequencies: a table label is everywhere there and rare in prose.
   */
  @Override
  public TermStatistics termStatistics(Term term, int docFreq, long totalTermFreq)
      throws IOException {
    if (!ReportFields.CONTENT_FIELDS.contains(term.field())) {
      return super.termStatistics(term, docFreq, totalTermFreq);
    }
    long blended = Math.max(docFreq, contentDocFreq(term));
    // Never more reports than the field has: a word in every body and a few titles is as common
    // in titles as a word can be (BM25's idf stays above 0).
    CollectionStatistics field = collectionStatistics(term.field());
    if (field != null) {
      blended = Math.min(blended, field.docCount());
    }
    return new TermStatistics(term.bytes(), blended, Math.max(totalTermFreq, blended));
  }

  /**
   * The largest document frequency of {@code term}'s text in the content fields, looked up once per
   * reader: a search creates its weights anew, and the same words come again and again.
   */
  private long contentDocFreq(Term term) throws IOException {
    Long known = contentDocFreqs.get(term.bytes());
    if (known == null) {
      long most = 0;
      for (String field : ReportFields.CONTENT_FIELDS) {
        most = Math.max(most, getIndexReader().docFreq(new Term(field, term.bytes())));
      }
      if (contentDocFreqs.size() >= DOC_FREQ_CACHE_SIZE) {
        contentDocFreqs.clear();
      }
      contentDocFreqs.put(BytesRef.deepCopyOf(term.bytes()), most);
      known = most;
    }
    return known;
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
