package org.nianbao.bench.baseline;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.nianbao.bench.load.BenchQuery;
import org.nianbao.bench.load.SearchTarget;

/**
 * The plain Lucene 10.5 baseline: what a straightforward Lucene application does with the same
 * texts. One smartcn text field (stored, offsets in postings for the highlighter), the title, a few
 * keyword and IntField filters, sorted-set facets on year, province, level and sector (state built
 * once per reader, as the Lucene docs advise). A search is: every word as a smartcn phrase (so 抖音 →
 * 抖 音 adjacent), the filters, top 10 of the page, the four facet counts, two highlighted passages
 * per hit and the stored title and id. No HTTP, no JSON.
 */
public final class PlainLucene implements Closeable {

  static final String ID = "id";
  static final String TITLE = "title";
  static final String TEXT = "text";
  static final String YEAR = "year";
  static final String PROVINCE = "province";
  static final String LEVEL = "level";
  static final String SECTOR = "sector";
  static final String FLAG = "flag";
  private static final List<String> DIMS = List.of(YEAR, PROVINCE, LEVEL, SECTOR);

  private static final FieldType TEXT_TYPE = new FieldType();

  static {
    TEXT_TYPE.setTokenized(true);
    TEXT_TYPE.setStored(true);
    TEXT_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    TEXT_TYPE.freeze();
  }

  public record IndexResult(
      int threads,
      double seconds,
      int docs,
      double docsPerSec,
      double mbPerSec,
      long indexBytes,
      double indexBytesPerTextByte) {}

  private final Analyzer analyzer = new SmartChineseAnalyzer();
  private final FacetsConfig facetsConfig = new FacetsConfig();
  private Directory directory;
  private DirectoryReader reader;
  private IndexSearcher searcher;
  private SortedSetDocValuesReaderState facetState;
  private UnifiedHighlighter highlighter;

  /**
   * Indexes every text on {@code threads} threads (64 MB RAM buffer, one commit at the end, no
   * force-merge).
   */
  public IndexResult index(CorpusTexts corpus, Path dir, int threads)
      throws IOException, InterruptedException {
    directory = FSDirectory.open(dir);
    facetsConfig.setMultiValued(FLAG, true);
    IndexWriterConfig config =
        new IndexWriterConfig(analyzer)
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
            // The same buffer as nianbao's indexer (ReportIndexer.RAM_BUFFER_MB under its -Xmx2g):
            // segment counts change search times, and both sides should flush alike.
            .setRAMBufferSizeMB(256);
    List<CorpusTexts.Doc> docs = corpus.docs();
    long t0 = System.nanoTime();
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      AtomicInteger next = new AtomicInteger();
      List<Thread> workers = new ArrayList<>();
      List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
      for (int t = 0; t < threads; t++) {
        workers.add(
            Thread.ofPlatform()
                .name("plain-indexer-" + t)
                .start(
                    () -> {
                      try {
                        for (int i; (i = next.getAndIncrement()) < docs.size(); ) {
                          writer.addDocument(facetsConfig.build(document(docs.get(i))));
                        }
                      } catch (IOException | RuntimeException e) {
                        failures.add(e);
                      }
                    }));
      }
      for (Thread w : workers) {
        w.join();
      }
      if (!failures.isEmpty()) {
        throw new IOException("plain Lucene indexing failed", failures.get(0));
      }
      writer.commit();
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    long size = directorySize(dir);
    open();
    return new IndexResult(
        threads,
        seconds,
        docs.size(),
        docs.size() / seconds,
        corpus.bytes() / 1e6 / seconds,
        size,
        (double) size / corpus.bytes());
  }

  private static Document document(CorpusTexts.Doc d) {
    Document doc = new Document();
    doc.add(new StringField(ID, d.id(), Field.Store.YES));
    doc.add(new Field(TITLE, d.title(), TEXT_TYPE));
    doc.add(new Field(TEXT, d.text(), TEXT_TYPE));
    doc.add(new IntField(YEAR, d.year(), Field.Store.YES));
    doc.add(new SortedSetDocValuesFacetField(YEAR, Integer.toString(d.year())));
    doc.add(new SortedSetDocValuesFacetField(LEVEL, d.level()));
    doc.add(new StringField(LEVEL, d.level(), Field.Store.NO));
    if (!d.sector().isEmpty()) {
      doc.add(new SortedSetDocValuesFacetField(SECTOR, d.sector()));
      doc.add(new StringField(SECTOR, d.sector(), Field.Store.NO));
    }
    if (!d.province().isEmpty()) {
      doc.add(new SortedSetDocValuesFacetField(PROVINCE, d.province()));
      doc.add(new StringField(PROVINCE, d.province(), Field.Store.NO));
    }
    for (String flag : d.flags()) {
      doc.add(new StringField(FLAG, flag, Field.Store.NO));
    }
    return doc;
  }

  private void open() throws IOException {
    reader = DirectoryReader.open(directory);
    searcher = new IndexSearcher(reader);
    // Once per reader, not per request.
    facetState = new DefaultSortedSetDocValuesReaderState(reader, facetsConfig);
    highlighter =
        UnifiedHighlighter.builder(searcher, analyzer).withMaxLength(Integer.MAX_VALUE - 1).build();
  }

  /** The same request as the HTTP one, in process. */
  public SearchTarget target() {
    return this::search;
  }

  long search(BenchQuery q) throws IOException {
    QueryBuilder builder = new QueryBuilder(analyzer);
    BooleanQuery.Builder bool = new BooleanQuery.Builder();
    List<String> words = q.words();
    for (String word : words) {
      Query phrase = builder.createPhraseQuery(TEXT, word);
      bool.add(phrase == null ? new MatchNoDocsQuery() : phrase, BooleanClause.Occur.MUST);
    }
    if (words.isEmpty()) {
      bool.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
    }
    if (q.year() != null) {
      bool.add(IntField.newExactQuery(YEAR, q.year()), BooleanClause.Occur.FILTER);
    }
    addTerm(bool, PROVINCE, q.region());
    addTerm(bool, LEVEL, q.level());
    addTerm(bool, SECTOR, q.sector());
    addTerm(bool, FLAG, q.flag());
    Query query = bool.build();

    int topN = q.page() * BenchQuery.SIZE;
    FacetsCollectorManager.FacetsResult result =
        words.isEmpty()
            ? FacetsCollectorManager.search(
                searcher,
                query,
                topN,
                new Sort(new SortedNumericSortField(YEAR, SortField.Type.INT, true)),
                new FacetsCollectorManager())
            : FacetsCollectorManager.search(searcher, query, topN, new FacetsCollectorManager());
    Facets facets = new SortedSetDocValuesFacetCounts(facetState, result.facetsCollector());
    for (String dim : DIMS) {
      facets.getTopChildren(10, dim);
    }
    TopDocs all = result.topDocs();
    int from = Math.min((q.page() - 1) * BenchQuery.SIZE, all.scoreDocs.length);
    ScoreDoc[] page = Arrays.copyOfRange(all.scoreDocs, from, all.scoreDocs.length);
    if (!words.isEmpty() && page.length > 0) {
      highlighter.highlight(TEXT, query, new TopDocs(all.totalHits, page), 2);
    }
    StoredFields stored = searcher.storedFields();
    for (ScoreDoc sd : page) {
      stored.document(sd.doc, java.util.Set.of(ID, TITLE));
    }
    return all.totalHits.value();
  }

  private static void addTerm(BooleanQuery.Builder bool, String field, String value) {
    if (value != null) {
      bool.add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER);
    }
  }

  static long directorySize(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(Files::isRegularFile)
          .mapToLong(
              p -> {
                try {
                  return Files.size(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              })
          .sum();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    try (Analyzer a = analyzer) {
      if (reader != null) {
        reader.close();
      }
      if (directory != null) {
        directory.close();
      }
    }
  }
}
