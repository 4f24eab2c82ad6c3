package org.nianbao.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.nianbao.document.ReportDocuments;
import org.nianbao.pipeline.LoadedReport;
import org.nianbao.pipeline.RejectedFileException;
import org.nianbao.pipeline.ReportPipeline;
import org.nianbao.places.GazetteerPlaces;
import org.nianbao.region.Gazetteer;
import org.nianbao.region.RegionLookup;
import org.nianbao.schema.ReportAnalyzers;
import org.nianbao.search.Hit;
import org.nianbao.search.ReportSearcher;
import org.nianbao.search.SearchRequest;
import org.nianbao.search.SearchResponse;
import org.nianbao.search.SortOrder;

/**
 * nianbao itself: every file of the collection goes through the real pipeline (read, parse, check)
 * and {@link ReportDocuments}, into a fresh index in a temporary folder, and queries go through
 * {@link ReportSearcher} with their filters. A file the parser rejects is not in the index and so
 * never retrieved: it counts against the engine. Each file is its own document, keyed by its path
 * (two files the parser takes for the same report both stay).
 */
public final class EngineRun implements RankingSystem {

  private final Path indexDir;
  private final ReportSearcher searcher;
  private final Map<String, String> rejected;
  private final Gazetteer gazetteer = Gazetteer.bundled();

  private EngineRun(Path indexDir, ReportSearcher searcher, Map<String, String> rejected) {
    this.indexDir = indexDir;
    this.searcher = searcher;
    this.rejected = Map.copyOf(rejected);
  }

  public static EngineRun build(JudgedCollection collection) throws IOException {
    Path dir = Files.createTempDirectory("nianbao-eval-");
    Map<String, String> rejected = new LinkedHashMap<>();
    ReportPipeline pipeline = ReportPipeline.bundled();
    try (FSDirectory directory = FSDirectory.open(dir);
        IndexWriter writer =
            new IndexWriter(directory, new IndexWriterConfig(ReportAnalyzers.perField()))) {
      for (String doc : collection.docs()) {
        try {
          LoadedReport report = pipeline.load(collection.file(doc));
          writer.addDocument(ReportDocuments.toDocument(doc, report.checked(), doc, null));
        } catch (RejectedFileException e) {
          rejected.put(doc, e.reason());
        } catch (RuntimeException bug) {
          rejected.put(doc, "internal error while parsing: " + bug);
        }
      }
      writer.commit();
    }
    return new EngineRun(dir, ReportSearcher.open(dir, GazetteerPlaces.bundled()), rejected);
  }

  @Override
  public String name() {
    return "nianbao";
  }

  /** Files the pipeline rejected, with the reason: not retrievable by the engine. */
  public Map<String, String> rejected() {
    return rejected;
  }

  @Override
  public List<String> search(JudgedQuery query, int k) throws IOException {
    return response(query, k).hits().stream().map(Hit::id).toList();
  }

  /**
   * The full response, for callers that want more than the ranking (zero results, partial matches).
   */
  public SearchResponse response(JudgedQuery query, int k) throws IOException {
    List<String> regionPath = List.of();
    if (query.region() != null) {
      if (!(gazetteer.lookup(query.region()) instanceof RegionLookup.Found found)) {
        throw new IOException(
            query.id() + ": region " + query.region() + " is not a unique division");
      }
      regionPath = found.region().path();
    }
    return searcher.search(
        new SearchRequest(
            query.query(),
            query.year(),
            regionPath,
            null,
            null,
            null,
            null,
            1,
            k,
            SortOrder.RELEVANCE));
  }

  @Override
  public void close() throws IOException {
    searcher.close();
    try (Stream<Path> files = Files.walk(indexDir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** The documents of {@code docs} that the engine indexed. */
  public List<String> indexed(List<String> docs) {
    List<String> out = new ArrayList<>();
    for (String doc : docs) {
      if (!rejected.containsKey(doc)) {
        out.add(doc);
      }
    }
    return out;
  }
}
