package org.nianbao.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nianbao.document.ReportDocuments;
import org.nianbao.model.AnnualReport;
import org.nianbao.model.CheckedReport;
import org.nianbao.model.Level;
import org.nianbao.model.Part;
import org.nianbao.model.Parts;
import org.nianbao.model.Region;
import org.nianbao.model.Section;
import org.nianbao.model.Tables;
import org.nianbao.schema.ReportAnalyzers;
import org.nianbao.web.SearchResponseJson;

/**
 * Graded matching over reports written for each case: what matches (never an unknown word whose
 * characters stand apart), in which grade, what a partial hit lacks, how text is normalised, how
 * boilerplate weighs, which variants are searched and which passage is shown.
 */
class GradedSearchTest {

  @TempDir static Path indexDir;

  private static ReportSearcher searcher;

  /**
   * id → the report's overview (and, after a |, its active part; after a second |, its "other"
   * part).
   */
  private static final Map<String, String> REPORTS =
      Map.ofEntries(
          // Unknown words: contiguous, apart, across a line break.
          Map.entry("oov-together", "我局开通“浙里办”“粤省事”服务入口，运营钉钉、哔哩哔哩、快手和抖音账号。"),
          Map.entry(
              "oov-apart", "画面抖动，音频失真。快速处理，手续简便。钉子户问题，钉牢责任。浙江省里的办事大厅。" + "粤港澳大湾区，全省事务。哔声不断，哩哩啦啦。"),
          Map.entry("oov-linebreak", "全年开通抖\n音账号一个。"),
          // Normalisation: quotes, 、, traditional characters, a PDF line break inside a word.
          Map.entry("quotes", "公开“三公”经费预算，推进“放管服”改革，落实一件事、一次办。"),
          Map.entry("traditional", "公開本部門預決算和三公經費。"),
          Map.entry("pdf", "根据《中华人民共和\n国政府信息公开条例》编制。"),
          // Grades for 保密审查制度.
          Map.entry("exact", "严格执行保密审查制度，确保信息安全。"),
          Map.entry("near", "建立保密审查工作机制，完善相关制度。"),
          Map.entry("all", "开展保密教育。|依法审查发布内容。|健全工作制度。"),
          Map.entry("partial", "落实保密审查机制。"),
          // Boilerplate: the same words said as a fact and in the template.
          Map.entry("lawsuit", "本年度发生2起行政诉讼案件，均已审结。"),
          Map.entry("template", "本年度未发生因政府信息公开工作被申请行政复议、提起行政诉讼的情况。"),
          // 第三方 评估: both words its own, one only in a table label kept as text, one lacking.
          Map.entry("assess-own", "邀请第三方机构开展政务公开评估。"),
          Map.entry("assess-template", "开展政务公开绩效评估。\n保护第三方合法权益 0"),
          Map.entry("assess-none", "开展政务公开绩效评估。"),
          // Variants.
          Map.entry("hotline", "充分利用12345政务服务便民热线回应群众诉求。"),
          // Variants mined from real reports: 头条号 for 今日头条 (淄博), 互联网申请 for 网上申请 (page 018).
          Map.entry("toutiao", "运营本局头条号，发布信息120条；群众可通过互联网申请、信函等渠道提出申请。"),
          // Sector wordings: the full names of 棚改 and 公租房 (variants mined in stop 26).
          Map.entry("housing", "全年发布棚户区改造项目进展12条，公共租赁住房分配结果3批。"),
          // An abbreviation written out (预决算: 部门决算 … 部门预算), and its words parts apart.
          Map.entry("budget-spread", "本局2021年度部门决算和2022年度部门预算均已按时发布。"),
          Map.entry("budget-apart", "年初编制部门预算。|全年组织各类培训讲座多场，内容涵盖法律法规和业务技能。|年末完成决算。"),
          // The typed wording once against a variant of it, said often.
          Map.entry("guide-typed", "年内修订了本机关的政府信息公开指南，并在网站上发布，方便群众查阅和申请。"),
          Map.entry("guide-variant", "更新信息公开指南。信息公开指南放在首页，信息公开指南每年修订。"),
          // Passages in several parts.
          Map.entry("parts", "深入推进政务公开。|开通抖音政务号，发布政务新媒体信息200条。|抖音号粉丝增长。"));

  @BeforeAll
  static void open() throws IOException {
    try (FSDirectory directory = FSDirectory.open(indexDir);
        IndexWriter writer =
            new IndexWriter(directory, new IndexWriterConfig(ReportAnalyzers.perField()))) {
      for (Map.Entry<String, String> e : REPORTS.entrySet()) {
        writer.addDocument(
            ReportDocuments.toDocument(e.getKey(), report(e.getKey(), e.getValue()), null, null));
      }
    }
    searcher = ReportSearcher.open(indexDir);
  }

  @AfterAll
  static void close() throws IOException {
    searcher.close();
  }

  // ---- unknown words only match as contiguous strings ----

  @ParameterizedTest
  @ValueSource(strings = {"快手", "哔哩哔哩", "钉钉", "浙里办", "粤省事"})
  void anUnknownWordNeverMatchesWhereItsCharactersStandApart(String word) throws IOException {
    assertEquals(List.of("oov-together"), ids(word));
  }

  @Test
  void douyinMatchesContiguousOrAcrossALineBreakOnly() throws IOException {
    assertEquals(List.of("oov-linebreak", "oov-together", "parts"), sorted(ids("抖音")));
  }

  // ---- normalisation at index and query time ----

  @Test
  void quotesEnumerationCommasAndTraditionalCharactersDoNotBreakAMatch() throws IOException {
    assertEquals(List.of("quotes", "traditional"), sorted(ids("三公经费")));
    assertEquals(List.of("quotes", "traditional"), sorted(ids("三公經費")));
    assertEquals(List.of("quotes"), ids("放管服改革"));
    assertEquals(List.of("quotes"), ids("一件事一次办"));
    // The only report with every word; others with half of them (政府, 信息, 公开 …) follow it.
    SearchResponse law = search("中华人民共和国政府信息公开条例");
    assertEquals("pdf", ids(law).get(0));
    assertEquals(
        List.of("pdf"), law.hits().stream().filter(hit -> !hit.isPartial()).map(Hit::id).toList());
    assertTrue(search("放管服改革").hits().get(0).match() == MatchGrade.EXACT);
  }

  // ---- grades ----

  @Test
  void exactBeforeNearBeforeAllBeforePartial() throws IOException {
    SearchResponse response = search("保密审查制度");
    assertEquals(List.of("exact", "near", "all", "partial"), ids(response).subList(0, 4));
    assertEquals(
        List.of(MatchGrade.EXACT, MatchGrade.NEAR, MatchGrade.ALL, MatchGrade.PARTIAL),
        response.hits().subList(0, 4).stream().map(Hit::match).toList());
    Hit partial = response.hits().get(3);
    assertEquals(List.of("制度"), partial.missing());
    assertTrue(response.query().partial());
    assertEquals(List.of("保密", "审查", "制度"), response.query().words());
    assertEquals(2, response.query().minimumShouldMatch());
    for (Hit full : response.hits().subList(0, 3)) {
      assertEquals(List.of(), full.missing());
    }
  }

  @Test
  void tooFewFullMatchesAreFollowedByReportsWithFewerWords() throws IOException {
    // 保密 审查 制度 安全: three of the four are enough; "partial" has two (保密审查) and follows.
    SearchResponse response = search("保密审查制度 安全");
    assertEquals(4, response.query().words().size());
    assertEquals(3, response.query().minimumShouldMatch());
    assertEquals(List.of("exact", "near", "all", "partial"), ids(response).subList(0, 4));
    assertEquals(4, response.total());
    assertEquals(List.of("制度", "安全"), response.hits().get(3).missing());
    assertTrue(response.query().partial());
    assertFalse(response.query().relaxed());

    // Ordered by year, they would mix with the reports that have enough words: not added.
    SearchRequest byYear =
        new SearchRequest(
            "保密审查制度 安全", null, null, null, null, null, null, 1, 10, SortOrder.YEAR_DESC);
    assertEquals(List.of("all", "exact", "near"), sorted(ids(searcher.search(byYear))));
  }

  @Test
  void nothingMatchingEnoughWordsFallsBackToAnyWordAndSaysSo() throws IOException {
    SearchResponse response = search("粤省事 国务院 小程序");
    assertTrue(response.query().relaxed());
    assertEquals(List.of("oov-together"), ids(response));
    assertEquals(List.of("国务院", "小程序"), response.hits().get(0).missing());
  }

  // ---- boilerplate weighs little ----

  @Test
  void aFactRanksAboveTheTemplatesSentence() throws IOException {
    SearchResponse response = search("行政诉讼");
    assertEquals(List.of("lawsuit", "template"), ids(response));
    assertEquals(MatchGrade.EXACT, response.hits().get(0).match());
    // The template's sentence is not the report's own: it has the word only there.
    assertEquals(MatchGrade.PARTIAL, response.hits().get(1).match());
    assertEquals(List.of(), response.hits().get(1).missing());
    assertEquals(List.of("行政诉讼"), response.hits().get(1).onlyInTemplate());
    // Still shown with why it matched, from the boilerplate.
    assertTrue(
        SearchResponseJson.snippet(response.hits().get(1).snippet()).contains("<mark>行政诉讼</mark>"),
        SearchResponseJson.snippet(response.hits().get(1).snippet()));
  }

  @Test
  void aWordOnlyInTheTemplateCoversHalfItsWeight() throws IOException {
    SearchResponse response = search("第三方 评估");
    assertEquals(List.of("assess-own", "assess-template", "assess-none"), ids(response));
    Hit own = response.hits().get(0);
    assertFalse(own.isPartial(), own.match().key());
    assertEquals(List.of(), own.onlyInTemplate());
    // Above the report lacking 第三方, below the one that writes it.
    Hit template = response.hits().get(1);
    assertEquals(MatchGrade.PARTIAL, template.match());
    assertEquals(List.of(), template.missing());
    assertEquals(List.of("第三方"), template.onlyInTemplate());
    Hit none = response.hits().get(2);
    assertEquals(MatchGrade.PARTIAL, none.match());
    assertEquals(List.of("第三方"), none.missing());
    assertEquals(List.of(), none.onlyInTemplate());
    assertTrue(template.score() > none.score(), template.score() + " vs " + none.score());
    assertTrue(response.query().partial());
  }

  // ---- variants ----

  @Test
  void variantsAreSearchedAndSaidSo() throws IOException {
    SearchResponse response = search("政务热线");
    assertEquals("hotline", ids(response).get(0));
    assertEquals(MatchGrade.EXACT, response.hits().get(0).match());
    assertTrue(response.query().variants().get("政务热线").contains("政务服务便民热线"));
    assertTrue(
        SearchResponseJson.snippet(response.hits().get(0).snippet())
            .contains("<mark>12345政务服务便民热线</mark>"),
        SearchResponseJson.snippet(response.hits().get(0).snippet()));
    // Reports with only 政务 follow, each saying it lacks 热线.
    for (Hit rest : response.hits().subList(1, response.hits().size())) {
      assertEquals(List.of("热线"), rest.missing(), rest.id());
    }
  }

  @Test
  void aReportWritingAnotherWordingIsFoundThroughTheVariantList() throws IOException {
    SearchResponse toutiao = search("今日头条");
    assertEquals(List.of("toutiao"), ids(toutiao));
    assertEquals(MatchGrade.EXACT, toutiao.hits().get(0).match());
    assertTrue(toutiao.query().variants().get("今日头条").contains("头条号"));
    SearchResponse online = search("网上申请");
    assertEquals("toutiao", ids(online).get(0));
    assertEquals(MatchGrade.EXACT, online.hits().get(0).match());
    assertTrue(online.query().variants().get("网上申请").contains("互联网申请"));
    for (String shortName : List.of("棚改", "公租房")) {
      SearchResponse housing = search(shortName);
      assertEquals(List.of("housing"), ids(housing), shortName);
      assertEquals(MatchGrade.EXACT, housing.hits().get(0).match(), shortName);
    }
  }

  @Test
  void anAbbreviationMatchesWrittenOutWithItsWordsNearEachOther() throws IOException {
    SearchResponse response = search("预决算");
    // As typed first (預決算, traditional), then written out through the spread variant 预算…决算,
    // also exact; never where 预算 and 决算 stand in different parts.
    assertEquals(List.of("traditional", "budget-spread"), ids(response));
    assertEquals(MatchGrade.EXACT, response.hits().get(1).match());
    assertTrue(
        response.query().variants().get("预决算").contains("预算…决算"),
        response.query().variants().toString());
    assertEquals(
        "本局2021年度部门[决算]和2022年度部门[预算]均已按时发布。", response.hits().get(1).snippet().render("[", "]"));
  }

  @Test
  void theWordingAsTypedComesBeforeItsVariants() throws IOException {
    SearchResponse response = search("政府信息公开指南");
    assertEquals(List.of("guide-typed", "guide-variant"), ids(response).subList(0, 2));
    assertEquals(MatchGrade.EXACT, response.hits().get(0).match());
    assertEquals(MatchGrade.EXACT, response.hits().get(1).match());
    // Searched for the variant, the report saying it comes first.
    assertEquals("guide-variant", ids("信息公开指南").get(0));
  }

  // ---- passages ----

  @Test
  void theSnippetIsThePassageWithMostWordsAndEveryMatchedPartIsListed() throws IOException {
    Hit hit =
        search("政务新媒体 抖音").hits().stream()
            .filter(h -> h.id().equals("parts"))
            .findFirst()
            .orElseThrow();
    assertEquals("active", hit.part().key());
    assertEquals(
        List.of("overview", "active", "other"), hit.parts().stream().map(Section::key).toList());
    assertEquals("开通[抖音政务号]，发布[政务新媒体]信息200条。", hit.snippet().render("[", "]"));
  }

  // ---- helpers ----

  private static CheckedReport report(String id, String text) {
    String[] parts = text.split("\\|", -1);
    Map<Part, String> main = new EnumMap<>(Part.class);
    main.put(Part.OVERVIEW, parts[0]);
    if (parts.length > 1) {
      main.put(Part.ACTIVE, parts[1]);
    }
    if (parts.length > 2) {
      main.put(Part.OTHER, parts[2]);
    }
    AnnualReport r =
        new AnnualReport(
            "某局2023年政府信息公开工作年度报告 " + id,
            "某局",
            2023,
            LocalDate.of(2024, 1, 20),
            Region.NONE,
            Level.COUNTY,
            "政府",
            new Parts(null, main, List.of()),
            Tables.NONE);
    return new CheckedReport(r, List.of());
  }

  private static SearchResponse search(String query) throws IOException {
    return searcher.search(SearchRequest.of(query));
  }

  private static List<String> ids(String query) throws IOException {
    return ids(search(query));
  }

  private static List<String> ids(SearchResponse response) {
    return response.hits().stream().map(Hit::id).toList();
  }

  private static List<String> sorted(List<String> ids) {
    List<String> copy = new ArrayList<>(ids);
    copy.sort(null);
    return copy;
  }
}
