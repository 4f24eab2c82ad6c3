package org.nianbao.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.document.ReportDocuments;
import org.nianbao.pipeline.FileLoad;
import org.nianbao.pipeline.LoadedReport;
import org.nianbao.pipeline.ReportPipeline;
import org.nianbao.schema.ReportAnalyzers;
import org.nianbao.schema.ReportFields;

/**
 * The cross-year pass decides bodies on several threads and writes what a one-thread pass writes:
 * the same documents, rewritten or cleared, in the same order, on real reports (the dev pages, the
 * two 洪泽区 PDFs, the 淄博市水利局 pair whose 2023 text copies 2022's).
 */
class CrossYearPassThreadsTest {

  @TempDir Path dir;

  @Test
  void severalThreadsWriteTheIndexOneThreadWrites() throws IOException {
    List<LoadedReport> reports = reports();
    Path one = dir.resolve("one");
    Path four = dir.resolve("four");
    CrossYearPass.Result sequential = pass(reports, one, 1);
    CrossYearPass.Result parallel = pass(reports, four, 4);

    assertEquals(sequential, parallel);
    assertTrue(sequential.rewritten() > 0, "the pass should rewrite some reports: " + sequential);
    assertTrue(sequential.bodies() > 20, sequential.toString());
    assertEquals(dump(one), dump(four));
  }

  private static List<LoadedReport> reports() throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> pages = Files.list(Path.of("..", "corpus", "dev", "pages"))) {
      pages.sorted().forEach(files::add);
    }
    files.add(Path.of("..", "corpus", "dev", "pdf", "hongze-2023.pdf"));
    files.add(Path.of("..", "corpus", "dev", "pdf", "hongze-2024.pdf"));
    Path copied = Path.of("src", "test", "resources", "org", "nianbao", "years");
    files.add(copied.resolve("shuili-2022.txt"));
    files.add(copied.resolve("shuili-2023.txt"));
    ReportPipeline pipeline = ReportPipeline.bundled();
    List<LoadedReport> loaded = new ArrayList<>();
    for (Path file : files) {
      if (pipeline.tryLoad(file, Optional.empty()) instanceof FileLoad.Loaded l) {
        loaded.add(l.report());
      }
    }
    return loaded;
  }

  /** Writes every report (pending, as the indexer does), then runs the pass on {@code threads}. */
  private static CrossYearPass.Result pass(List<LoadedReport> reports, Path indexDir, int threads)
      throws IOException {
    IndexWriterConfig config =
        new IndexWriterConfig(ReportAnalyzers.perField()).setMergePolicy(NoMergePolicy.INSTANCE);
    try (Directory directory = FSDirectory.open(indexDir);
        IndexWriter writer = new IndexWriter(directory, config)) {
      for (LoadedReport report : reports) {
        writer.updateDocument(
            new Term(ReportFields.ID, report.id()),
            ReportDocuments.toDocument(
                report.id(), report.checked(), report.file().path().toString(), "hash"));
      }
      writer.commit();
      CrossYearPass.Result result = CrossYearPass.run(writer, threads);
      writer.commit();
      return result;
    }
  }

  /** Every document in doc-id order: live or not, its pending mark, every stored value. */
  private static List<String> dump(Path indexDir) throws IOException {
    List<String> out = new ArrayList<>();
    try (Directory directory = FSDirectory.open(indexDir);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        NumericDocValues pending = leaf.reader().getNumericDocValues(ReportFields.YEARS_PENDING);
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          StringBuilder line = new StringBuilder();
          line.append(live == null || live.get(doc) ? "live" : "deleted");
          line.append(" pending=")
              .append(pending != null && pending.advanceExact(doc) ? pending.longValue() : -1);
          Document d = leaf.reader().storedFields().document(doc);
          for (IndexableField field : d.getFields()) {
            line.append(' ').append(field.name()).append('=').append(field.stringValue());
          }
          out.add(line.toString());
        }
      }
    }
    return out;
  }
}
