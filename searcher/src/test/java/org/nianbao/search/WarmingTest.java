package org.nianbao.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The searches a server runs before it listens: every bundled one, then one filtered by year. */
class WarmingTest {

  @Test
  void readsTheFileSkippingCommentsAndBlankLines() {
    List<String> queries = Warming.bundledQueries();
    assertEquals(List.of("政务新媒体 抖音", "依申请公开", "怎么申请政府信息公开", "\"先审查、后公开\""), queries);
  }

  @Test
  void runsEveryBundledSearchThenTheFirstInTheNewestYear(@TempDir Path dir) throws IOException {
    TestReports.index(dir); // reports of 2021, 2022 and 2023
    try (ReportSearcher searcher = ReportSearcher.open(dir)) {
      Warming warming = Warming.run(searcher);
      List<String> expected = new ArrayList<>(Warming.bundledQueries());
      expected.add("政务新媒体 抖音 year=2023");
      assertEquals(expected, warming.searches());
      assertEquals(List.of(), warming.failures());
      assertFalse(warming.took().isNegative());
    }
  }

  @Test
  void anEmptyIndexHasNoYearToFilterBy(@TempDir Path dir) throws IOException {
    TestReports.write(dir, List.of()); // the writer commits when it closes
    try (ReportSearcher searcher = ReportSearcher.open(dir)) {
      Warming warming = Warming.run(searcher);
      assertEquals(Warming.bundledQueries(), warming.searches());
      assertEquals(List.of(), warming.failures());
    }
  }

  @Test
  void aFailingSearchIsReportedNotThrown(@TempDir Path dir) throws IOException {
    TestReports.index(dir);
    ReportSearcher searcher = ReportSearcher.open(dir);
    searcher.close();
    Warming warming = Warming.run(searcher);
    assertEquals(Warming.bundledQueries(), warming.searches());
    assertEquals(Warming.bundledQueries().size(), warming.failures().size());
    assertTrue(warming.failures().get(0).startsWith("政务新媒体 抖音: "), warming.failures().get(0));
  }
}
