package org.nianbao.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.nianbao.index.IndexSummary;
import org.nianbao.index.ProgressListener;
import org.nianbao.index.ReportIndexer;
import org.nianbao.pipeline.ReportPipeline;

/**
 * Builds a real index on disk from the bundled sample reports (samples/*.txt) with the real
 * indexer.
 */
final class SampleIndex {

  private SampleIndex() {}

  static Path samplesFolder() throws IOException {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path samples = dir.resolve("samples");
      if (Files.isDirectory(samples)) {
        try (Stream<Path> files = Files.list(samples)) {
          if (files.anyMatch(p -> p.getFileName().toString().endsWith(".txt"))) {
            return samples;
          }
        }
      }
    }
    throw new IllegalStateException(
        "no samples/ folder with reports above " + Path.of("").toAbsolutePath());
  }

  /** Indexes every sample into {@code indexDir}; returns how many reports the index holds. */
  static int build(Path indexDir) throws IOException {
    return build(indexDir, List.of(samplesFolder()));
  }

  /** The labelled real reports of corpus/dev (pages, excerpts, PDFs), beside samples/. */
  static Path devCorpus() throws IOException {
    return samplesFolder().getParent().resolve("corpus").resolve("dev");
  }

  /**
   * Indexes every report under {@code folders} into {@code indexDir}; returns how many reports the
   * index holds.
   */
  static int build(Path indexDir, List<Path> folders) throws IOException {
    try (ReportIndexer indexer = ReportIndexer.open(indexDir, ReportPipeline.bundled())) {
      IndexSummary summary = indexer.index(folders, ProgressListener.NONE);
      assertTrue(summary.allSucceeded(), "every sample indexes: " + summary.failures());
      return summary.reportsInIndex();
    }
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
