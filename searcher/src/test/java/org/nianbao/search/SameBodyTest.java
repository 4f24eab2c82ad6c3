package org.nianbao.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.document.ReportDocuments;
import org.nianbao.model.AnnualReport;
import org.nianbao.model.CheckedReport;
import org.nianbao.model.Level;
import org.nianbao.model.Parts;
import org.nianbao.model.Region;
import org.nianbao.model.Tables;
import org.nianbao.schema.ReportAnalyzers;

/** A report's body across years: the reports under the same body key, by year, and nothing else. */
class SameBodyTest {

  private static final Region ZIBO = new Region("山东省", "淄博市", null, "370300");

  private static CheckedReport report(String agency, int year, Region region) {
    return new CheckedReport(
        new AnnualReport(
            agency + year + "年政府信息公开工作年度报告",
            agency,
            year,
            LocalDate.of(year + 1, 1, 20),
            region,
            Level.CITY,
            "文化和旅游",
            new Parts(null, java.util.Map.of(), List.of()),
            Tables.NONE),
        List.of());
  }

  @Test
  void aRenamedBureausYearsAreOneBodyAndAnotherCitysAreNot(@TempDir Path dir) throws Exception {
    try (FSDirectory directory = FSDirectory.open(dir);
        IndexWriter writer =
            new IndexWriter(directory, new IndexWriterConfig(ReportAnalyzers.perField()))) {
      writer.addDocument(
          ReportDocuments.toDocument("z2023", report("淄博市文化和旅游局", 2023, ZIBO), null, null));
      writer.addDocument(
          ReportDocuments.toDocument("z2018", report("淄博市文化广电新闻出版局", 2018, ZIBO), null, null));
      writer.addDocument(
          ReportDocuments.toDocument("z2019", report("淄博市文化广电和旅游局", 2019, ZIBO), null, null));
      writer.addDocument(
          ReportDocuments.toDocument(
              "l2023",
              report("聊城市文化和旅游局", 2023, new Region("山东省", "聊城市", null, "371500")),
              null,
              null));
    }
    try (ReportSearcher searcher = ReportSearcher.open(dir)) {
      assertEquals(
          List.of("z2018", "z2019", "z2023"),
          searcher.sameBody("z2019").stream().map(StoredReport::id).toList());
      assertEquals(
          List.of("l2023"), searcher.sameBody("l2023").stream().map(StoredReport::id).toList());
      assertEquals(List.of(), searcher.sameBody("nope"));
    }
  }
}
