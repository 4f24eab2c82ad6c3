package org.nianbao.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TotalHitCountCollectorManager;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.document.ReportDocuments;
import org.nianbao.model.AnnualReport;
import org.nianbao.model.CheckedReport;
import org.nianbao.model.Flag;
import org.nianbao.model.Level;
import org.nianbao.model.Part;
import org.nianbao.model.Parts;
import org.nianbao.model.Region;
import org.nianbao.model.Rule;
import org.nianbao.model.Tables;
import org.nianbao.schema.ReportAnalyzers;
import org.nianbao.schema.ReportFacets;

/**
 * The facet counts of a filtered search are drill-sideways counts: each filtered dimension is
 * counted without its own filter, every other one with all filters. The searcher counts them in one
 * pass per filtered dimension on its slices; this test computes the same requests with Lucene's own
 * {@link DrillSideways} and compares every count of every dimension, over several segments.
 */
class SidewaysCountsTest {

  private static final String[] PROVINCES = {"山东省", "浙江省", "河南省"};
  private static final String[][] CITIES = {{"淄博市", "聊城市"}, {"杭州市", "宁波市"}, {"郑州市", "洛阳市"}};
  private static final String[] SECTORS = {"教育", "卫生健康", "政府"};
  private static final String[] TOPICS = {"政务新媒体抖音账号", "依申请公开办理", "保密审查制度", "政府信息公开工作"};

  @TempDir static Path indexDir;

  private static ReportSearcher searcher;

  @BeforeAll
  static void open() throws IOException {
    try (FSDirectory directory = FSDirectory.open(indexDir);
        IndexWriter writer =
            new IndexWriter(directory, new IndexWriterConfig(ReportAnalyzers.perField()))) {
      for (int i = 0; i < 120; i++) {
        writer.addDocument(ReportDocuments.toDocument("r" + i, report(i), null, null));
        if (i % 40 == 39) {
          writer.commit(); // several segments, as a real index has
        }
      }
    }
    searcher = ReportSearcher.open(indexDir);
  }

  @AfterAll
  static void close() throws IOException {
    searcher.close();
  }

  /** Report {@code i}: its year, place, level, sector, topic and flags cycle at different rates. */
  private static CheckedReport report(int i) {
    int p = i % PROVINCES.length;
    String city = CITIES[p][(i / 3) % 2];
    Map<Part, String> main = new EnumMap<>(Part.class);
    main.put(Part.OVERVIEW, "全年推进" + TOPICS[i % TOPICS.length] + "，第" + i + "项。");
    List<Flag> flags = new ArrayList<>();
    if (i % 5 == 0) {
      flags.add(new Flag(Rule.fromId("R1"), "R1 violated"));
    }
    if (i % 7 == 0) {
      flags.add(new Flag(Rule.fromId("R5"), "R5 violated"));
    }
    Level level = i % 4 == 0 ? Level.CITY : Level.COUNTY;
    return new CheckedReport(
        new AnnualReport(
            city + "某机关" + (i % 11) + "年度报告",
            city + "某机关" + (i % 11),
            2020 + i % 5,
            null,
            new Region(PROVINCES[p], city, null, null),
            level,
            SECTORS[i % SECTORS.length],
            new Parts(null, main, List.of()),
            Tables.NONE),
        flags);
  }

  private static SearchRequest request(
      String query, Integer year, List<String> region, String sector, Level level, String flag) {
    return new SearchRequest(
        query,
        year,
        region,
        null,
        sector,
        level,
        flag == null ? null : Rule.fromId(flag),
        1,
        10,
        SortOrder.RELEVANCE);
  }

  @Test
  void everyFilterCombinationCountsAsLuceneDrillSideways() throws IOException {
    List<SearchRequest> requests = new ArrayList<>();
    for (String query : List.of("", "政务新媒体", "保密审查 制度", "公开")) {
      requests.add(request(query, 2022, null, null, null, null));
      requests.add(request(query, null, List.of("山东省"), null, null, null));
      requests.add(request(query, 2023, List.of("浙江省", "杭州市"), null, null, null));
      requests.add(request(query, null, null, "教育", Level.COUNTY, null));
      requests.add(request(query, 2021, List.of("河南省"), "政府", Level.CITY, "R1"));
      requests.add(request(query, null, null, null, null, "R5"));
    }
    int compared = 0;
    for (SearchRequest request : requests) {
      Expected expected = drillSideways(request);
      SearchResponse actual = searcher.search(request);
      assertEquals(expected.total(), actual.total(), "total of " + request);
      assertEquals(expected.facets(), actual.facets(), "facets of " + request);
      compared += expected.total() > 0 ? 1 : 0;
    }
    assertTrue(compared >= requests.size() / 2, "most requests match something: " + compared);
  }

  /**
   * A dimension whose own filter is dropped may count every report: those counts are shared by the
   * requests of one refresh, and requests read them at once (a facet reader is not thread-safe).
   */
  @Test
  void concurrentRequestsReadTheSharedCountsIntact() throws Exception {
    List<SearchRequest> requests =
        List.of(
            request("", null, List.of("河南省"), null, null, null),
            request("", null, List.of("浙江省", "宁波市"), null, null, null),
            request("", 2022, null, null, null, null));
    List<SearchResponse> alone = new ArrayList<>();
    for (SearchRequest request : requests) {
      alone.add(searcher.search(request));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Void>> runs = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int offset = t;
        runs.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 300; i++) {
                    int r = (i + offset) % requests.size();
                    SearchResponse response = searcher.search(requests.get(r));
                    assertEquals(alone.get(r).facets(), response.facets());
                    assertEquals(alone.get(r).total(), response.total());
                  }
                  return null;
                }));
      }
      for (Future<Void> run : runs) {
        run.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private record Expected(long total, Map<String, List<FacetCount>> facets) {}

  /** The request counted by Lucene's own drill-sideways over the query's matches. */
  private static Expected drillSideways(SearchRequest request) throws IOException {
    FacetsConfig config = ReportFacets.config();
    ReportQuery query = new ReportQueryBuilder().build(UserQuery.parse(request.query()));
    try (FSDirectory directory = FSDirectory.open(indexDir);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      SortedSetDocValuesReaderState state =
          new DefaultSortedSetDocValuesReaderState(reader, config);
      IndexSearcher plain = new IndexSearcher(reader);
      DrillSideways.ConcurrentDrillSidewaysResult<Integer> result =
          new DrillSideways(plain, config, state)
              .search(
                  ReportFilters.drillDown(config, query.matching(), request),
                  new TotalHitCountCollectorManager(plain.getSlices()));
      Set<String> dims = new HashSet<>();
      state.getDims().forEach(dims::add);
      return new Expected(
          result.collectorResult, FacetOutput.read(result.facets, dims, request.regionPath()));
    }
  }
}
