package org.nianbao.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.pipeline.ReportPipeline;
import org.nianbao.schema.ReportAnalyzers;
import org.nianbao.schema.ReportFields;

/**
 * An index written before the boilerplate twin lost its offsets cannot take new documents (Lucene
 * refuses a field whose index options change): opening it says so by name, before any write, and
 * leaves it as it was.
 */
class IndexCompatibilityTest {

  @Test
  void anIndexWhoseBoilerplateKeepsOffsetsIsRefusedByNameAndLeftIntact(@TempDir Path indexDir)
      throws IOException {
    FieldType withOffsets = new FieldType();
    withOffsets.setTokenized(true);
    withOffsets.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    withOffsets.freeze();
    try (FSDirectory directory = FSDirectory.open(indexDir);
        IndexWriter writer =
            new IndexWriter(directory, new IndexWriterConfig(ReportAnalyzers.perField()))) {
      Document doc = new Document();
      doc.add(new Field(ReportFields.BODY_BOILERPLATE_CJK, "本年度未发生行政复议", withOffsets));
      writer.addDocument(doc);
    }

    IOException refused =
        assertThrows(
            IOException.class, () -> ReportIndexer.open(indexDir, ReportPipeline.bundled()));
    assertTrue(refused.getMessage().contains(indexDir.toString()), refused.getMessage());
    assertTrue(refused.getMessage().contains("index the reports again"), refused.getMessage());
    try (FSDirectory directory = FSDirectory.open(indexDir);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      assertEquals(1, reader.numDocs());
    }
  }

  @Test
  void anIndexOfThisVersionOpens(@TempDir Path indexDir) throws IOException {
    try (ReportIndexer indexer = ReportIndexer.open(indexDir, ReportPipeline.bundled())) {
      // created empty
    }
    try (ReportIndexer again = ReportIndexer.open(indexDir, ReportPipeline.bundled())) {
      // reopened: no refusal
    }
  }
}
