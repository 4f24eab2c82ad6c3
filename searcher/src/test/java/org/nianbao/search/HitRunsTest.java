package org.nianbao.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nianbao.schema.ReportFacets;

/**
 * A page's hits read, highlighted and explained in several runs at once are the hits read on one
 * thread: same reports, order, scores, grades, missing words and passages.
 */
class HitRunsTest {

  @TempDir static Path indexDir;

  private static FSDirectory directory;
  private static DirectoryReader reader;
  private static ExecutorService executor;
  private static FacetedSearcher searcher;

  @BeforeAll
  static void open() throws IOException {
    TestReports.index(indexDir);
    directory = FSDirectory.open(indexDir);
    reader = DirectoryReader.open(directory);
    executor = Executors.newFixedThreadPool(2);
    searcher =
        (FacetedSearcher)
            new FacetedSearcher.Factory(ReportFacets.config(), executor).newSearcher(reader, null);
  }

  @AfterAll
  static void close() throws IOException {
    reader.close();
    directory.close();
    executor.shutdown();
  }

  @ParameterizedTest
  @ValueSource(strings = {"政府信息公开", "政务新媒体", "年度报告", "政府网站", "政府网站 抖音", "主动公开 信息"})
  void runsGiveTheHitsOfOneThread(String text) throws IOException {
    ReportQuery query = new ReportQueryBuilder(PlaceNames.NONE).build(UserQuery.parse(text));
    ScoreDoc[] page = searcher.search(query.scoring(), 10).scoreDocs;
    assertTrue(page.length >= 2, text + ": too few hits to split");

    List<Hit> oneThread = ReportSearcher.hits(searcher, query, page, 1);
    assertEquals(page.length, oneThread.size());
    for (int runs = 2; runs <= page.length; runs++) {
      assertEquals(oneThread, ReportSearcher.hits(searcher, query, page, runs), text + ", " + runs);
    }
  }
}
