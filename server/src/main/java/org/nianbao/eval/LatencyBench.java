package org.nianbao.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.FSDirectory;
import org.nianbao.document.ReportDocuments;
import org.nianbao.model.CheckedReport;
import org.nianbao.pipeline.RejectedFileException;
import org.nianbao.pipeline.ReportPipeline;
import org.nianbao.places.GazetteerPlaces;
import org.nianbao.schema.ReportAnalyzers;
import org.nianbao.search.QueryShapes;
import org.nianbao.search.ReportSearcher;
import org.nianbao.search.SearchRequest;

/**
 * The latency cost of graded matching, before and after, in one run: an index of {@code copies}
 * copies of every report the collection parses to, and every judged query timed in the old shape
 * (exact phrases, all required) and the graded shape, top 10 by score, after a warm-up. The
 * end-to-end search (facets, snippets, missing words) of the graded shape is timed as well. A
 * simple in-process timing on one machine: compare the two lines, not the absolute numbers.
 */
public final class LatencyBench {

  static final int WARMUP_ROUNDS = 3;
  static final int TIMED_ROUNDS = 10;

  /** One shape's timings over every query and round, in milliseconds. */
  public record Timing(String shape, double mean, double p50, double p95) {}

  public record Result(int documents, int queries, int rounds, List<Timing> timings) {

    public String table() {
      StringBuilder out =
          new StringBuilder(
              String.format(
                  Locale.ROOT,
                  "latency: %d documents, %d queries × %d rounds (after %d warm-up rounds), milliseconds%n",
                  documents,
                  queries,
                  rounds,
                  WARMUP_ROUNDS));
      out.append(String.format(Locale.ROOT, "%-34s %8s %8s %8s%n", "shape", "mean", "p50", "p95"));
      for (Timing t : timings) {
        out.append(
            String.format(
                Locale.ROOT, "%-34s %8.2f %8.2f %8.2f%n", t.shape(), t.mean(), t.p50(), t.p95()));
      }
      return out.toString();
    }
  }

  private LatencyBench() {}

  public static Result run(JudgedCollection collection, List<JudgedQuery> queries, int copies)
      throws IOException {
    List<CheckedReport> reports = new ArrayList<>();
    ReportPipeline pipeline = ReportPipeline.bundled();
    for (String doc : collection.docs()) {
      try {
        reports.add(pipeline.load(collection.file(doc)).checked());
      } catch (RejectedFileException | RuntimeException e) {
        // not indexed, as in the engine's run
      }
    }
    Path dir = Files.createTempDirectory("nianbao-latency-");
    try {
      try (FSDirectory directory = FSDirectory.open(dir);
          IndexWriter writer =
              new IndexWriter(directory, new IndexWriterConfig(ReportAnalyzers.perField()))) {
        for (int copy = 0; copy < copies; copy++) {
          for (int i = 0; i < reports.size(); i++) {
            writer.addDocument(
                ReportDocuments.toDocument(copy + "-" + i, reports.get(i), null, null));
          }
        }
        writer.forceMerge(1);
      }
      QueryShapes shapes = new QueryShapes(GazetteerPlaces.bundled());
      List<String> texts = queries.stream().map(JudgedQuery::query).toList();
      List<Timing> timings = new ArrayList<>();
      try (FSDirectory directory = FSDirectory.open(dir);
          DirectoryReader reader = DirectoryReader.open(directory)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setSimilarity(QueryShapes.similarity());
        timings.add(
            time(
                "before: exact phrases, all required",
                texts,
                q -> topTen(searcher, shapes.strict(q))));
        timings.add(time("after: graded", texts, q -> topTen(searcher, shapes.graded(q))));
      }
      try (ReportSearcher searcher = ReportSearcher.open(dir, GazetteerPlaces.bundled())) {
        timings.add(
            time(
                "after: graded, end to end",
                texts,
                q -> {
                  try {
                    return searcher.search(SearchRequest.of(q)).total();
                  } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                  }
                }));
      }
      return new Result(reports.size() * copies, texts.size(), TIMED_ROUNDS, timings);
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  private static long topTen(IndexSearcher searcher, Query query) {
    try {
      return searcher.search(query, 10).totalHits.value();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Timing time(String shape, List<String> queries, Function<String, Long> run) {
    for (int round = 0; round < WARMUP_ROUNDS; round++) {
      queries.forEach(run::apply);
    }
    double[] ms = new double[queries.size() * TIMED_ROUNDS];
    int n = 0;
    for (int round = 0; round < TIMED_ROUNDS; round++) {
      for (String q : queries) {
        long start = System.nanoTime();
        run.apply(q);
        ms[n++] = (System.nanoTime() - start) / 1e6;
      }
    }
    Arrays.sort(ms);
    return new Timing(
        shape,
        Arrays.stream(ms).average().orElse(0),
        ms[ms.length / 2],
        ms[(int) (ms.length * 0.95)]);
  }
}
