package org.nianbao.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.document.ReportDocuments;
import org.nianbao.model.Part;
import org.nianbao.schema.ReportAnalyzers;

/**
 * More matches than the rescore window: the graded query ranks the window's candidates, so the
 * reports with the exact string still come first, the total counts every match, and pages past the
 * window are still served (ranked over all matches).
 */
class RescoreWindowTest {

  private static final int APART = ReportSearcher.RESCORE_WINDOW + 200;

  /** Reports with the exact string and the same text, by year, in the order they are indexed. */
  private static final Map<Integer, String> EXACT_BY_YEAR =
      new TreeMap<>(Map.of(2021, "exact-2021", 2022, "exact-2022", 2023, "exact-2023"));

  private static final Set<String> EXACT = Set.copyOf(EXACT_BY_YEAR.values());

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
      // Indexed last, so they are not the first candidates by doc id either; oldest first, so
      // that the doc id does not order them newest first.
      for (Map.Entry<Integer, String> exact : EXACT_BY_YEAR.entrySet()) {
        writer.addDocument(
            ReportDocuments.toDocument(
                exact.getValue(),
                TestReports.ofYear(
                    exact.getKey(), Map.of(Part.OVERVIEW, "严格落实保密审查制度，保密审查覆盖全部公开信息。")),
                null,
                null));
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

  /**
   * Reports that score the same (here the same text in three years) are listed newest first, as the
   * relevance order sorts them, whether the window's candidates were ranked again or every match
   * was ranked (a query that matches only them).
   */
  @Test
  void equalScoresListTheNewestFirst() throws IOException {
    List<String> newestFirst = List.of("exact-2023", "exact-2022", "exact-2021");
    for (String text : List.of("保密审查", "严格落实")) {
      SearchResponse response = searcher.search(SearchRequest.of(text));
      List<Hit> top = response.hits().subList(0, 3);

      assertEquals(newestFirst, top.stream().map(Hit::id).toList(), text);
      assertEquals(1, top.stream().map(Hit::score).distinct().count(), text + ": " + top);
    }
    assertEquals(EXACT.size(), searcher.search(SearchRequest.of("严格落实")).total());
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
