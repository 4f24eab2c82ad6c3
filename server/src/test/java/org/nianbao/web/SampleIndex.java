package org.nianbao.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.nianbao.check.ConsistencyChecker;
import org.nianbao.document.ReportAnalyzers;
import org.nianbao.document.ReportDocuments;
import org.nianbao.document.ReportFields;
import org.nianbao.document.ReportIds;
import org.nianbao.extract.ReportParser;
import org.nianbao.model.AnnualReport;
import org.nianbao.model.CheckedReport;

/** Builds a real index on disk from the bundled sample reports (samples/*.txt), through the real pipeline. */
final class SampleIndex {

  private SampleIndex() {}

  static Path samplesFolder() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path samples = dir.resolve("samples");
      if (Files.isRegularFile(samples.resolve("README.md"))) {
        return samples;
      }
    }
    throw new IllegalStateException("no samples/ folder above " + Path.of("").toAbsolutePath());
  }

  /** Parses, checks and indexes every sample into {@code indexDir}; returns how many were indexed. */
  static int build(Path indexDir) throws Exception {
    ReportParser parser = ReportParser.bundled();
    ConsistencyChecker checker = new ConsistencyChecker();
    List<Path> files;
    try (Stream<Path> listing = Files.list(samplesFolder())) {
      files = listing.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
    try (Directory directory = FSDirectory.open(indexDir);
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(ReportAnalyzers.perField()))) {
      for (Path file : files) {
        AnnualReport report = parser.parse(Files.readString(file, StandardCharsets.UTF_8));
        CheckedReport checked = new CheckedReport(report, checker.check(report));
        String id = ReportIds.of(report);
        writer.updateDocument(new Term(ReportFields.ID, id),
            ReportDocuments.toDocument(id, checked, "samples/" + file.getFileName(), null));
      }
      writer.commit();
    }
    return files.size();
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
