package org.nianbao.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A query word names a place only through the PlaceNames the searcher is opened with. */
class PlaceWordsTest {

  @TempDir static Path indexDir;

  @Test
  void aPlaceWordMatchesTheReportsOfTheRegionItNames() throws IOException {
    TestReports.index(indexDir);
    // 齐都, an old name of 淄博, is written in no report: only the region can match it.
    PlaceNames places =
        word -> word.equals("齐都") ? Optional.of(List.of("山东省", "淄博市")) : Optional.empty();
    try (ReportSearcher knowing = ReportSearcher.open(indexDir, places);
        ReportSearcher not = ReportSearcher.open(indexDir, PlaceNames.NONE)) {
      assertEquals(List.of(TestReports.ZIBO), ids(knowing.search(SearchRequest.of("齐都"))));
      assertEquals(List.of(), ids(not.search(SearchRequest.of("齐都"))));
    }
  }

  @Test
  void aReportOfAnotherRegionIsAPartialHitMissingThePlace() throws IOException {
    TestReports.index(indexDir);
    PlaceNames places =
        word -> word.equals("齐都") ? Optional.of(List.of("山东省", "淄博市")) : Optional.empty();
    try (ReportSearcher searcher = ReportSearcher.open(indexDir, places)) {
      // Both have 政务新媒体 in their own text; only 淄博's report is of the place typed.
      List<Hit> hits = searcher.search(SearchRequest.of("齐都 政务新媒体")).hits();

      assertEquals(
          List.of(TestReports.ZIBO, TestReports.XIHU), hits.stream().map(Hit::id).toList());
      assertEquals(MatchGrade.EXACT, hits.get(0).match());
      assertEquals(List.of(), hits.get(0).missing());
      assertEquals(MatchGrade.PARTIAL, hits.get(1).match());
      assertEquals(List.of("齐都"), hits.get(1).missing());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"县级", "区县"})
  void aLevelWordMatchesTheReportsOfThatLevel(String level) throws IOException {
    TestReports.index(indexDir);
    try (ReportSearcher searcher = ReportSearcher.open(indexDir, PlaceNames.NONE)) {
      // 西湖区 (county) and 淄博 (city) have 政务新媒体 in their own text; neither writes the level.
      List<Hit> hits = searcher.search(SearchRequest.of(level + " 政务新媒体")).hits();

      assertEquals(
          List.of(TestReports.XIHU, TestReports.ZIBO),
          hits.stream().limit(2).map(Hit::id).toList(),
          hits.toString());
      assertEquals(MatchGrade.EXACT, hits.get(0).match());
      assertEquals(List.of(), hits.get(0).missing());
      assertEquals(MatchGrade.PARTIAL, hits.get(1).match());
      assertEquals(List.of(level), hits.get(1).missing());
      // Two reports do not fill a page: reports with one of the three words follow them (东昌府区, a
      // county's, by its level alone), each lacking more than 淄博 does.
      assertTrue(
          hits.stream().skip(2).anyMatch(h -> h.id().equals(TestReports.DONGCHANGFU)),
          hits.toString());
      for (Hit fewer : hits.subList(2, hits.size())) {
        assertEquals(MatchGrade.PARTIAL, fewer.match(), fewer.toString());
        assertTrue(fewer.missing().size() > 1, fewer.toString());
      }
    }
  }

  private static List<String> ids(SearchResponse response) {
    return response.hits().stream().map(Hit::id).toList();
  }
}
