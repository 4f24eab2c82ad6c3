package org.nianbao.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.model.CheckedReport;
import org.nianbao.schema.ReportFacets;
import org.nianbao.schema.ReportFields;

/**
 * A word is as rare in a title as it is in reports: 管理 is in every body here and in one title, and
 * that title must not make 管理 weigh like a rare word.
 */
class BlendedRarityTest {

  /** Reports whose bodies have 管理 and nothing of the query's topic. */
  private static final int FILLERS = 12;

  @TempDir static Path indexDir;

  private static ReportSearcher searcher;

  @BeforeAll
  static void open() throws IOException {
    List<Map.Entry<String, CheckedReport>> reports = new ArrayList<>();
    for (int i = 0; i < FILLERS; i++) {
      reports.add(Map.entry("filler-" + i, TestReports.overviewOnly("加强内部管理，第" + i + "项工作按期完成。")));
    }
    // Both have 殡葬 and 管理 near each other in the body, not as the string 殡葬管理: one grade.
    reports.add(
        Map.entry("in-title", TestReports.titled("某管理区2023年政府信息公开工作年度报告", "公开殡葬服务信息，加强管理。")));
    reports.add(Map.entry("about-it", TestReports.overviewOnly("公开殡葬服务收费标准、殡葬设施名录和殡葬改革政策，加强管理。")));
    TestReports.write(indexDir, reports);
    searcher = ReportSearcher.open(indexDir);
  }

  @AfterAll
  static void close() throws IOException {
    searcher.close();
  }

  @Test
  void theReportWritingAboutTheRareWordLeadsTheOneWithTheCommonWordInItsTitle() throws IOException {
    SearchResponse response = searcher.search(SearchRequest.of("殡葬管理"));

    List<Hit> hits = response.hits();
    assertEquals(
        List.of("about-it", "in-title"), hits.subList(0, 2).stream().map(Hit::id).toList());
    assertEquals(hits.get(0).match(), hits.get(1).match(), hits.toString());
    assertTrue(hits.get(0).score() > hits.get(1).score(), hits.toString());
  }

  @Test
  void aContentFieldReadsTheLargerDocumentFrequencyOfTitleAndBody() throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(indexDir))) {
      IndexSearcher searcher = searcherOver(reader);
      BytesRef manage = new BytesRef("管理");
      int inTitles = reader.docFreq(new Term(ReportFields.TITLE_CJK, manage));
      int inBodies = reader.docFreq(new Term(ReportFields.BODY_CJK, manage));
      assertEquals(1, inTitles);
      assertEquals(FILLERS + 2, inBodies);

      TermStatistics title =
          searcher.termStatistics(new Term(ReportFields.TITLE_CJK, manage), inTitles, inTitles);
      // The title field has as many values as reports here, so the body's frequency stands.
      assertEquals(inBodies, title.docFreq());
      assertTrue(title.totalTermFreq() >= title.docFreq());

      BytesRef funeral = new BytesRef("殡葬");
      int funeralInBodies = reader.docFreq(new Term(ReportFields.BODY_CJK, funeral));
      assertEquals(
          funeralInBodies,
          searcher
              .termStatistics(
                  new Term(ReportFields.BODY_CJK, funeral), funeralInBodies, funeralInBodies)
              .docFreq());
    }
  }

  /** The searcher a {@link ReportSearcher} reads with, over {@code reader}. */
  private static IndexSearcher searcherOver(DirectoryReader reader) throws IOException {
    return new FacetedSearcher.Factory(ReportFacets.config(), null).newSearcher(reader, null);
  }
}
