package org.nianbao.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.document.ReportDocuments;
import org.nianbao.schema.ReportAnalyzers;

/**
 * More matches than the rescore window: the graded query ranks the window's candidates, so the
 * reports with the exact string still come first, the total counts every match, and pages past the
 * window are still served (ranked over all matches).
 */
class RescoreWindowTest {

  private static final int APART = ReportSearcher.RESCORE_WINDOW + 200;
  private static final Set<String> EXACT = Set.of("exact-1", "exact-2", "exact-3");

  @TempDir static Path indexDir;

  private static ReportSearcher searcher;

  @BeforeAll
  static void open() throws IOException {
    try (FSDirectory directory = FSDirectory.open(indexDir);
        IndexWriter writer =
            new IndexWriter(directory, new IndexWriterConfig(ReportAnalyzers.perField()))) {
      for (int i = 0; i < APART; i++) {
        // Both words (保密 | 审查), apart: a match, not an exact one.
        writer.addDocument(
            ReportDocuments.toDocument(
                "apart-" + i, TestReports.overviewOnly("保密工作第" + i + "项，发布前经过审查。"), null, null));
      }
      // Indexed last, so they are not the first candidates by doc id either.
      for (String id : EXACT) {
        writer.addDocument(
            ReportDocuments.toDocument(
                id, TestReports.overviewOnly("严格落实保密审查制度，保密审查覆盖全部公开信息。"), null, null));
      }
    }
    searcher = ReportSearcher.open(indexDir);
  }

  @AfterAll
  static void close() throws IOException {
    searcher.close();
  }

  @Test
  void theExactReportsLeadAndEveryMatchIsCounted() throws IOException {
    SearchResponse response = searcher.search(SearchRequest.of("保密审查"));

    assertEquals(APART + EXACT.size(), response.total());
    List<Hit> hits = response.hits();
    assertEquals(EXACT, Set.copyOf(hits.subList(0, 3).stream().map(Hit::id).toList()));
    assertTrue(
        hits.subList(0, 3).stream().allMatch(hit -> hit.match() == MatchGrade.EXACT),
        hits.toString());
    // The grades read the graded query's score, not the first phase's BM25.
    assertEquals(MatchGrade.NEAR, hits.get(3).match(), hits.get(3).toString());
  }

  @Test
  void pagesBeyondTheWindowAreRankedOverEveryMatch() throws IOException {
    int size = 10;
    int beyond = ReportSearcher.RESCORE_WINDOW / size + 5;
    SearchResponse page = searcher.search(SearchRequest.of("保密审查").withPage(beyond, size));

    assertEquals(size, page.hits().size());
    assertEquals(APART + EXACT.size(), page.total());
    // Ranked over every match, the exact reports are on the first page, not on this one.
    assertTrue(page.hits().stream().noneMatch(hit -> EXACT.contains(hit.id())));
    assertTrue(page.hits().stream().allMatch(hit -> hit.match() != MatchGrade.EXACT));
  }
}
