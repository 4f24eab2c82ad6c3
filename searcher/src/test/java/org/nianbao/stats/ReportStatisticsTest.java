package org.nianbao.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.document.ReportDocuments;
import org.nianbao.model.AnnualReport;
import org.nianbao.model.Applicant;
import org.nianbao.model.CellRef;
import org.nianbao.model.CheckedReport;
import org.nianbao.model.CountTable;
import org.nianbao.model.Level;
import org.nianbao.model.Part;
import org.nianbao.model.Parts;
import org.nianbao.model.Region;
import org.nianbao.model.RequestRow;
import org.nianbao.model.RequestsTable;
import org.nianbao.model.Tables;
import org.nianbao.schema.ReportAnalyzers;
import org.nianbao.schema.ReportFields;
import org.nianbao.search.PlaceNames;
import org.nianbao.search.ReportSearcher;
import org.nianbao.search.SearchRequest;

/**
 * Grouping when a group's reports lie in several segments: each segment's groups are named after
 * the segment is collected and added to the index-wide ones, so one body's years, written in
 * separate commits, must still make one group with every value. (The HTTP tests' indexes are
 * written in one run, where a body's reports seldom span segments.)
 */
class ReportStatisticsTest {

  private static final CellRef NEW = CellRef.of(RequestRow.NEW, Applicant.TOTAL);

  @Test
  void aGroupSpreadOverSegmentsIsOneGroup(@TempDir Path dir) throws Exception {
    // One commit per report and no merging: six segments, 甲's three years in three of them.
    Object[][] reports = {
      {"甲市教育局", 2021, 5L},
      {"乙市教育局", 2022, 3L},
      {"丙市教育局", 2023, 20L},
      {"甲市教育局", 2022, 7L},
      {"乙市教育局", 2023, null},
      {"甲市教育局", 2023, 9L}
    };
    try (FSDirectory directory = FSDirectory.open(dir);
        IndexWriter writer =
            new IndexWriter(
                directory,
                new IndexWriterConfig(ReportAnalyzers.perField())
                    .setMergePolicy(NoMergePolicy.INSTANCE))) {
      for (int i = 0; i < reports.length; i++) {
        String id = "r" + i;
        writer.updateDocument(
            new Term(ReportFields.ID, id),
            ReportDocuments.toDocument(
                id,
                report((String) reports[i][0], (Integer) reports[i][1], (Long) reports[i][2]),
                "/r/" + id + ".txt",
                "hash-" + id));
        writer.commit();
      }
    }
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
      assertEquals(reports.length, reader.leaves().size(), "a segment per report");
    }
    try (ReportSearcher searcher = ReportSearcher.open(dir, PlaceNames.NONE)) {
      StatsResult result =
          new ReportStatistics(searcher)
              .stats(
                  new StatsRequest(
                      SearchRequest.of(""), GroupBy.AGENCY, List.of(NEW), null, 2, 100));
      assertEquals(3, result.groupCount());
      Map<String, Group> groups = new java.util.HashMap<>();
      result.groups().forEach(g -> groups.put(g.key(), g));
      assertEquals(
          List.of("甲市教育局", "乙市教育局", "丙市教育局"),
          result.groups().stream().map(Group::key).toList(),
          "most reports first");
      check(groups.get("甲市教育局"), 3, 3, 21.0, 7.0, 5.0, 9.0);
      check(groups.get("乙市教育局"), 2, 1, 3.0, 3.0, 3.0, 3.0);
      check(groups.get("丙市教育局"), 1, 1, 20.0, 20.0, 20.0, 20.0);
      check(result.overall(), 6, 5, 44.0, 7.0, 3.0, 20.0);
      assertEquals(List.of(20.0, 9.0), result.top().stream().map(RankedReport::value).toList());
    }
  }

  private static void check(
      Group group,
      long reports,
      long withValue,
      double sum,
      double median,
      double min,
      double max) {
    MeasureSummary s = group.measures().get(0);
    assertEquals(reports, group.reports(), group.key() + " reports");
    assertEquals(withValue, s.reports(), group.key() + " reports giving the cell");
    assertEquals(sum, s.sum(), group.key() + " sum");
    assertEquals(median, s.median(), group.key() + " median");
    assertEquals(min, s.min(), group.key() + " min");
    assertEquals(max, s.max(), group.key() + " max");
    assertNull(s.pooled(), "a cell has no pooled rate");
  }

  private static CheckedReport report(String agency, int year, Long newRequests) {
    Tables tables = Tables.NONE;
    if (newRequests != null) {
      tables =
          new Tables(
              null,
              new RequestsTable(
                  CountTable.builder(RequestRow.class, Applicant.class)
                      .put(RequestRow.NEW, Applicant.TOTAL, newRequests)
                      .build()),
              null);
    }
    AnnualReport report =
        new AnnualReport(
            agency + year + "年政府信息公开工作年度报告",
            agency,
            year,
            LocalDate.of(year + 1, 1, 20),
            Region.NONE,
            Level.CITY,
            "教育",
            new Parts(null, Map.of(Part.OVERVIEW, "本年度依法公开政府信息。"), List.of()),
            tables);
    return new CheckedReport(report, List.of());
  }
}
