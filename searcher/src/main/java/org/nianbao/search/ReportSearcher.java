package org.nianbao.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.nianbao.document.ReportAnalyzers;
import org.nianbao.document.ReportDocuments;
import org.nianbao.document.ReportFields;
import org.nianbao.json.ReportJson;

/**
 * Searches an index of reports. One instance serves a whole web server: it is thread-safe, every
 * searcher acquired is released, and {@link #refresh()} picks up what the indexer committed.
 */
public final class ReportSearcher implements Closeable {

  private final Directory directory;
  private final SearcherManager manager;
  private final FacetsConfig facetsConfig = ReportDocuments.facetsConfig();
  private final ReportQueryBuilder queryBuilder = new ReportQueryBuilder();

  private ReportSearcher(Directory directory) throws IOException {
    this.directory = directory;
    this.manager = new SearcherManager(directory, new FacetedSearcher.Factory(facetsConfig));
  }

  /** Opens the index in {@code indexDir}; fails with a clear message when there is none. */
  public static ReportSearcher open(Path indexDir) throws IOException {
    if (!Files.isDirectory(indexDir)) {
      throw new IOException("no index at " + indexDir + ": the folder does not exist (build one with `nianbao index`)");
    }
    Directory directory = FSDirectory.open(indexDir);
    try {
      if (!DirectoryReader.indexExists(directory)) {
        throw new IOException("no index at " + indexDir + ": the folder holds no Lucene index (build one with `nianbao index`)");
      }
      ReportAnalyzers.warmUp();
      return new ReportSearcher(directory);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  public SearchResponse search(SearchRequest request) throws IOException {
    long started = System.nanoTime();
    FacetedSearcher searcher = acquire();
    try {
      ReportQuery query = queryBuilder.build(UserQuery.parse(request.query()));
      DrillDownQuery filtered = ReportFilters.drillDown(facetsConfig, query.scoring(), request);
      Sort sort = ResultOrder.sort(request.sort(), query.isEmpty());
      int topN = request.page() * request.size();

      TopDocs top;
      Map<String, List<FacetCount>> facets;
      if (searcher.facetState() != null) {
        DrillSideways sideways = new DrillSideways(searcher, facetsConfig, searcher.facetState());
        DrillSideways.DrillSidewaysResult result = sideways.search(filtered, null, null, topN, sort, true);
        top = result.hits;
        facets = FacetOutput.read(result.facets, searcher.facetDims(), request.regionPath());
      } else {
        top = searcher.search(filtered, new TopFieldCollectorManager(sort, Math.max(1, topN), null, Integer.MAX_VALUE));
        facets = FacetOutput.empty();
      }

      int from = Math.min((request.page() - 1) * request.size(), top.scoreDocs.length);
      ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, from, top.scoreDocs.length);
      List<Hit> hits = hits(searcher, query, page);
      long tookMs = (System.nanoTime() - started) / 1_000_000;
      return new SearchResponse(top.totalHits.value(), tookMs, hits, facets);
    } finally {
      release(searcher);
    }
  }

  private static List<Hit> hits(IndexSearcher searcher, ReportQuery query, ScoreDoc[] page) throws IOException {
    int[] docIds = Arrays.stream(page).mapToInt(sd -> sd.doc).toArray();
    List<Map<String, MatchedPassage>> passages = query.isEmpty() || docIds.length == 0
        ? null
        : new SnippetHighlighter(searcher, query.words()).highlight(query.matching(), docIds);
    HitReader reader = new HitReader(searcher.storedFields());
    List<Hit> hits = new ArrayList<>(page.length);
    for (int i = 0; i < page.length; i++) {
      String part = null;
      Snippet snippet = Snippet.EMPTY;
      if (passages != null) {
        part = PartChooser.choose(passages.get(i), query.words());
        if (part != null) {
          snippet = passages.get(i).get(part).snippet();
        }
      }
      hits.add(reader.read(page[i].doc, part, snippet, page[i].score));
    }
    return hits;
  }

  /** The report with this id, read back from its stored JSON. */
  public Optional<StoredReport> report(String id) {
    FacetedSearcher searcher = acquire();
    try {
      TopDocs top = searcher.search(new TermQuery(new Term(ReportFields.ID, id)), 1);
      if (top.scoreDocs.length == 0) {
        return Optional.empty();
      }
      Document doc = searcher.storedFields().document(top.scoreDocs[0].doc,
          Set.of(ReportFields.ID, ReportFields.SOURCE, ReportFields.MODEL_JSON));
      return Optional.of(new StoredReport(doc.get(ReportFields.ID), doc.get(ReportFields.SOURCE),
          ReportJson.read(doc.get(ReportFields.MODEL_JSON))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      release(searcher);
    }
  }

  /** How many reports the index holds (as of the last refresh). */
  public int reportCount() {
    FacetedSearcher searcher = acquire();
    try {
      return searcher.getIndexReader().numDocs();
    } finally {
      release(searcher);
    }
  }

  /** Sees what was committed since the last refresh; the facet state is rebuilt only if it changed. */
  public void refresh() throws IOException {
    manager.maybeRefresh();
  }

  private FacetedSearcher acquire() {
    try {
      return (FacetedSearcher) manager.acquire();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void release(FacetedSearcher searcher) {
    try {
      manager.release(searcher);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      manager.close();
    } finally {
      directory.close();
    }
  }
}
