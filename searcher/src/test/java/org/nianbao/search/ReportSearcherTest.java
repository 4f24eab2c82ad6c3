package org.nianbao.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nianbao.search.TestReports.DONGCHANGFU;
import static org.nianbao.search.TestReports.GUOBAN;
import static org.nianbao.search.TestReports.XIHU;
import static org.nianbao.search.TestReports.ZIBO;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.document.ReportDocuments;
import org.nianbao.model.AnnualReport;
import org.nianbao.model.CheckedReport;
import org.nianbao.model.Level;
import org.nianbao.model.Part;
import org.nianbao.model.Parts;
import org.nianbao.model.Region;
import org.nianbao.model.Rule;
import org.nianbao.schema.ReportAnalyzers;
import org.nianbao.schema.ReportFields;

class ReportSearcherTest {

  @TempDir static Path indexDir;

  private static ReportSearcher searcher;

  @BeforeAll
  static void open() throws IOException {
    TestReports.index(indexDir);
    searcher = ReportSearcher.open(indexDir);
  }

  @AfterAll
  static void close() throws IOException {
    searcher.close();
  }

  // ---- matching ----

  @Test
  void aQueryTypedAsAQuestionReachesTheExactGradeOfItsWords() throws IOException {
    // 政务新媒体 stands in 淄博's text and 西湖区's title; 有哪些 in no report.
    List<Hit> hits = searcher.search(SearchRequest.of("政务新媒体有哪些")).hits();

    assertEquals(Set.of(ZIBO, XIHU), Set.of(hits.get(0).id(), hits.get(1).id()));
    assertEquals(MatchGrade.EXACT, hits.get(0).match());
    assertEquals(MatchGrade.EXACT, hits.get(1).match());
  }

  @Test
  void aWordTypedWithAMinusLeavesOutTheReportsContainingIt() throws IOException {
    // 政务新媒体 stands in 淄博 (with 抖音) and 西湖区 (without).
    SearchResponse withoutDouyin = search("政务新媒体 -抖音");
    assertEquals(List.of(XIHU), ids(withoutDouyin));
    assertEquals(1, withoutDouyin.total());
    assertEquals(List.of("抖音"), withoutDouyin.query().excluded());
    assertEquals(List.of("政务", "新媒体"), withoutDouyin.query().words());

    // Excluded alone: every report but those.
    SearchResponse allButDouyin = search("-抖音");
    assertEquals(Set.of(DONGCHANGFU, XIHU, GUOBAN), Set.copyOf(ids(allButDouyin)));
    assertEquals(3, allButDouyin.total(), "the total leaves them out too");
    assertEquals(
        3,
        allButDouyin.facets().get(ReportFields.FACET_YEAR).stream()
            .mapToLong(FacetCount::count)
            .sum(),
        "and so do the facets");
    assertEquals(List.of("抖音"), allButDouyin.query().excluded());

    // A year excluded leaves out that year's reports, whether or not their text says it.
    assertEquals(Set.of(DONGCHANGFU, GUOBAN), Set.copyOf(ids(search("公开 -2023"))));
  }

  @Test
  void aSpanOfYearsMatchesTheReportsOfThoseYears() throws IOException {
    // 国务院办公厅 2021, 东昌府区 2022, 淄博 and 西湖区 2023: all have 公开 in their text or title.
    SearchResponse span = search("2021-2022 公开");
    assertEquals(Set.of(GUOBAN, DONGCHANGFU), Set.copyOf(ids(span).subList(0, 2)));
    assertTrue(
        span.hits().subList(0, 2).stream().noneMatch(Hit::isPartial), span.hits().toString());
    assertEquals(List.of("2021-2022", "公开"), span.query().words());
    assertEquals(
        Set.of(GUOBAN, DONGCHANGFU), Set.copyOf(ids(search("2022至2021年 公开")).subList(0, 2)));
  }

  @Test
  void orAndAndAreNotWordsToFind() throws IOException {
    assertEquals(ids(search("抖音 政务新媒体")), ids(search("抖音 OR 政务新媒体")));
    assertEquals(ids(search("抖音 政务新媒体")), ids(search("抖音 AND 政务新媒体")));
    assertEquals(List.of(XIHU), ids(search("政务新媒体 NOT 抖音")));
  }

  @Test
  void nianbaoIsTheAnnualReportOfTheTitle() throws IOException {
    // Users and the sites' menus say 年报; the titles say 年度报告. The title has every word, through
    // variants (文旅局 → 文化和旅游局), near each other, not as one string: a near match, none missing.
    SearchResponse response = search("淄博文旅局年报");
    assertEquals(ZIBO, response.hits().get(0).id());
    assertEquals(MatchGrade.NEAR, response.hits().get(0).match());
    assertEquals(List.of(), response.hits().get(0).missing());
  }

  @Test
  void aReportOfAnotherYearIsPartialBelowTheYearsReportsWhateverItsWording(@TempDir Path dir)
      throws IOException {
    // 2022's report says 年报 as typed; 2023's only has the variant 年度报告, in its title.
    CheckedReport other = TestReports.ofYear(2022, Map.of(Part.OVERVIEW, "我局按时编制并发布年报，接受社会监督。"));
    CheckedReport typed = TestReports.ofYear(2023, Map.of(Part.OVERVIEW, "全年主动公开政府信息120条。"));
    TestReports.write(dir, List.of(Map.entry("y2022", other), Map.entry("y2023", typed)));
    try (ReportSearcher own = ReportSearcher.open(dir)) {
      List<Hit> hits = own.search(SearchRequest.of("2023 年报")).hits();
      assertEquals(List.of("y2023", "y2022"), hits.stream().map(Hit::id).toList());
      assertTrue(hits.get(0).match() != MatchGrade.PARTIAL, hits.toString());
      assertEquals(MatchGrade.PARTIAL, hits.get(1).match());
      assertEquals(List.of("2023"), hits.get(1).missing());
      assertTrue(hits.get(1).score() < 1f, hits.toString());
    }
  }

  @Test
  void aReportWritingAboutAWordRanksAboveOneThatOnlyListsIt(@TempDir Path dir) throws IOException {
    // The listing report is short and names 政府采购 twice, each time as an item of a list: by
    // relevance alone it ranks first. The writing report names it once, in a sentence of its own,
    // among more words.
    CheckedReport listing =
        TestReports.ofYear(
            2023, Map.of(Part.OVERVIEW, "公开机构职能、政府采购、人事任免等信息。专栏设置财政预决算、政府采购、重大项目三个子栏目。"));
    CheckedReport writing =
        TestReports.ofYear(
            2023,
            Map.of(
                Part.OVERVIEW,
                "全年主动公开政府信息一千二百条，涵盖机构职能、人事任免和财政资金等方面内容。"
                    + "我局在门户网站集中发布政府采购意向、采购公告和中标结果，全年公开项目三十五个，"
                    + "同时及时更新办事指南和政策解读材料，方便群众查阅。"));
    TestReports.write(dir, List.of(Map.entry("listing", listing), Map.entry("writing", writing)));
    try (ReportSearcher own = ReportSearcher.open(dir)) {
      List<Hit> hits = own.search(SearchRequest.of("政府采购")).hits();
      assertEquals(List.of("writing", "listing"), ids(hits), hits.toString());
      // The same grade: the order inside it moved, not the grade.
      assertEquals(MatchGrade.EXACT, hits.get(0).match());
      assertEquals(MatchGrade.EXACT, hits.get(1).match());
      // Partial matches covering as much of the query are ordered the same way.
      List<Hit> partial = own.search(SearchRequest.of("政府采购 抖音")).hits();
      assertEquals(List.of("writing", "listing"), ids(partial), partial.toString());
      for (Hit hit : partial) {
        assertEquals(MatchGrade.PARTIAL, hit.match());
        assertEquals(List.of("抖音"), hit.missing());
      }
    }
  }

  @Test
  void aYearTypedIsTheReportsYearNotAYearItsTextMentions(@TempDir Path dir) throws IOException {
    TestReports.write(
        dir,
        List.of(
            Map.entry(
                "of2022", TestReports.ofYear(2022, Map.of(Part.OVERVIEW, "全年通过政务新媒体发布信息80条。"))),
            Map.entry(
                "of2023",
                TestReports.ofYear(2023, Map.of(Part.OVERVIEW, "政务新媒体发布信息120条，较2022年增长五成。"))),
            Map.entry(
                "unknown", TestReports.withoutYear(Map.of(Part.OVERVIEW, "2022年，政务新媒体发布信息95条。")))));
    try (ReportSearcher own = ReportSearcher.open(dir)) {
      List<Hit> hits = own.search(SearchRequest.of("2022 政务新媒体")).hits();
      // The 2023 report writes 2022 only to compare: it lacks the year typed. A report whose year
      // is unknown has only its text to go by.
      assertEquals(
          Set.of("of2022", "unknown"), Set.of(hits.get(0).id(), hits.get(1).id()), hits.toString());
      assertTrue(hits.get(1).match() != MatchGrade.PARTIAL, hits.toString());
      assertEquals("of2023", hits.get(2).id());
      assertEquals(MatchGrade.PARTIAL, hits.get(2).match());
      assertEquals(List.of("2022"), hits.get(2).missing());
      // Two years typed are either year: a report has one.
      List<Hit> either = own.search(SearchRequest.of("2022 2023 政务新媒体")).hits();
      assertEquals(
          Set.of("of2022", "of2023", "unknown"), Set.copyOf(ids(either)), either.toString());
      assertTrue(
          either.stream().noneMatch(h -> h.match() == MatchGrade.PARTIAL), either.toString());
      // Typed with 年度, the year is still one word, the reports' year (or, for a report of no
      // known year, the year however its text writes it).
      assertEquals(
          Set.of("of2022", "unknown"), Set.copyOf(ids(own.search(SearchRequest.of("2022年度")))));
    }
  }

  @Test
  void aYearTypedAmongOtherWordsFiltersWhileItsReportsFillAPage(@TempDir Path dir)
      throws IOException {
    List<Map.Entry<String, CheckedReport>> reports = new ArrayList<>();
    for (int i = 0; i < ReportSearcher.TOP_UP_BELOW; i++) {
      reports.add(
          Map.entry(
              "of2022-" + i,
              TestReports.ofYear(2022, Map.of(Part.OVERVIEW, "政务新媒体发布信息" + (80 + i) + "条。"))));
    }
    reports.add(
        Map.entry("of2023", TestReports.ofYear(2023, Map.of(Part.OVERVIEW, "政务新媒体发布信息120条。"))));
    TestReports.write(dir, reports);
    try (ReportSearcher own = ReportSearcher.open(dir)) {
      SearchResponse response = own.search(SearchRequest.of("2022 政务新媒体"));
      // A page of 2022's reports: the 2023 report, which lacks only the year, is not counted.
      assertEquals(ReportSearcher.TOP_UP_BELOW, response.total());
      assertTrue(response.hits().stream().allMatch(h -> h.year() == 2022), response.toString());
      assertEquals(2, response.query().minimumShouldMatch()); // the year, and one of 政务, 新媒体
      // Typed alone, the year still lists its reports.
      assertEquals(ReportSearcher.TOP_UP_BELOW, own.search(SearchRequest.of("2022")).total());
    }
  }

  @Test
  void aPartialMatchWithMoreOfTheRareWordsOutranksOneRepeatingACommonWord(@TempDir Path dir)
      throws IOException {
    List<Map.Entry<String, CheckedReport>> reports = new ArrayList<>();
    reports.add(overview("repeats", 2023, "开通网上申请，开通信函申请，开通传真申请，开通当面申请，开通电话咨询。"));
    reports.add(overview("rare", 2022, "各单位利用抖音发布政务信息，全年发布视频三百余条，内容涵盖政策解读和办事指南。"));
    reports.add(overview("other-0", 2021, "本年度开通政务服务热线。"));
    for (int i = 1; i < 4; i++) {
      reports.add(overview("other-" + i, 2020 - i, "各单位按时报送信息" + i + "条。"));
    }
    TestReports.write(dir, reports);
    try (ReportSearcher own = ReportSearcher.open(dir)) {
      // No report has three of the four words: the query falls back to any of them. The report with
      // 单位 and the rare 抖音 covers more of the query than the one repeating 开通, which BM25 alone
      // ranked first.
      SearchResponse response = own.search(SearchRequest.of("单位 开通 抖音 账号"));
      assertTrue(response.query().relaxed(), response.query().toString());
      List<Hit> hits = response.hits();
      assertEquals(List.of("rare", "repeats"), ids(response).subList(0, 2), hits.toString());
      assertEquals(List.of("开通", "账号"), hits.get(0).missing());
      assertEquals(List.of("单位", "抖音", "账号"), hits.get(1).missing());
      assertTrue(hits.get(0).score() < 1f, hits.toString());
    }
  }

  @Test
  void aPartialMatchWithTheTopicWordOutranksOneWithARarerWordOfTheQuestion(@TempDir Path dir)
      throws IOException {
    List<Map.Entry<String, CheckedReport>> reports = new ArrayList<>();
    // 开通 is in one report, 抖音 in three: by rarity alone the verb of the question weighs more.
    reports.add(overview("verb", 2023, "本年度开通网上申请渠道，方便群众提出申请。"));
    for (int i = 0; i < 3; i++) {
      reports.add(overview("douyin-" + i, 2022 - i, "利用抖音发布政务信息" + (100 + i) + "条，内容涵盖政策解读。"));
    }
    for (int i = 0; i < 3; i++) {
      reports.add(overview("other-" + i, 2018 - i, "按时报送信息" + (10 + i) + "条。"));
    }
    TestReports.write(dir, reports);
    try (ReportSearcher own = ReportSearcher.open(dir)) {
      SearchResponse response = own.search(SearchRequest.of("哪些部门开通了抖音"));
      assertEquals(List.of("部门", "开通", "抖音"), response.query().words());
      List<Hit> hits = response.hits();
      // 抖音 is a word of the domain's vocabulary (a variant group), 开通 and 部门 are not: the
      // reports with 抖音 come first, the one with only the question's verb after them.
      assertEquals(
          Set.of("douyin-0", "douyin-1", "douyin-2"),
          Set.copyOf(ids(response).subList(0, 3)),
          hits.toString());
      assertEquals("verb", ids(response).get(3), hits.toString());
      assertEquals(List.of("部门", "抖音"), hits.get(3).missing());
    }
  }

  @Test
  void aReportWithOnlyTheStemOfAGluedWordIsAPartialMatchThatShowsTheStem(@TempDir Path dir)
      throws IOException {
    List<Map.Entry<String, CheckedReport>> reports = new ArrayList<>();
    reports.add(overview("word", 2023, "本年度政府网站访问量达12万次，较上年增长两成。"));
    reports.add(overview("stem", 2022, "本年度政府网站访问人次达8万，公众留言30条。"));
    for (int i = 0; i < 7; i++) {
      reports.add(overview("other-" + i, 2021 - i, "按时报送政务信息" + (10 + i) + "条。"));
    }
    TestReports.write(dir, reports);
    try (ReportSearcher own = ReportSearcher.open(dir)) {
      SearchResponse response = own.search(SearchRequest.of("访问量"));
      // 访问 is in 2 of the 9 reports: it tells of 访问量.
      assertEquals(Map.of("访问量", "访问"), response.query().stems());
      assertEquals(List.of("word", "stem"), ids(response), response.hits().toString());
      assertEquals(2, response.total());
      Hit word = response.hits().get(0);
      assertEquals(MatchGrade.EXACT, word.match());
      assertEquals(List.of(), word.stemOnly());
      Hit stem = response.hits().get(1);
      assertEquals(MatchGrade.PARTIAL, stem.match());
      assertEquals(List.of("访问量"), stem.stemOnly());
      assertEquals(List.of(), stem.missing());
      assertEquals(List.of(), stem.onlyInTemplate());
      assertTrue(stem.snippet().render("[", "]").contains("[访问]"), stem.snippet().toString());
      // Quoted, the word is exactly that string: no stem.
      SearchResponse quoted = own.search(SearchRequest.of("\"访问量\""));
      assertEquals(List.of("word"), ids(quoted), quoted.hits().toString());
      assertEquals(Map.of(), quoted.query().stems());
    }
  }

  @Test
  void aStemInMoreThanAQuarterOfTheReportsFindsNothing(@TempDir Path dir) throws IOException {
    List<Map.Entry<String, CheckedReport>> reports = new ArrayList<>();
    reports.add(overview("word", 2023, "本年度政府网站访问量达12万次。"));
    for (int i = 0; i < 3; i++) {
      reports.add(overview("stem-" + i, 2022 - i, "群众可访问政府网站查阅信息" + (10 + i) + "条。"));
    }
    for (int i = 0; i < 5; i++) {
      reports.add(overview("other-" + i, 2015 - i, "按时报送政务信息" + (10 + i) + "条。"));
    }
    TestReports.write(dir, reports);
    try (ReportSearcher own = ReportSearcher.open(dir)) {
      // 访问 is in 4 of the 9 reports: having it says little of 访问量.
      SearchResponse response = own.search(SearchRequest.of("访问量"));
      assertEquals(List.of("word"), ids(response), response.hits().toString());
      assertEquals(1, response.total());
      assertEquals(Map.of(), response.query().stems());
      assertFalse(
          response.hits().get(0).snippet().render("[", "]").contains("[访问]"),
          "a stem that tells nothing is not marked");
    }
  }

  @Test
  void aWordMatchesOnlyWhereItsCharactersAreContiguous() throws IOException {
    // 东昌府区 has 抖 (抖动) and 音 (音频) apart: no match.
    assertEquals(List.of(ZIBO), ids(search("抖音")));
    assertEquals(1, search("抖音").total());
  }

  @Test
  void aSingleCharacterMatchesInsideAnyWord() throws IOException {
    assertEquals(Set.of(ZIBO, DONGCHANGFU), Set.copyOf(ids(search("抖"))));
    // 音 ends 抖音 (?音) in 淄博 and starts 音频 (音*) in 东昌府区.
    assertEquals(Set.of(ZIBO, DONGCHANGFU), Set.copyOf(ids(search("音"))));
    // 稳 ends a run before punctuation (平稳，).
    assertEquals(List.of(DONGCHANGFU), ids(search("稳")));
  }

  @Test
  void aCommonSingleCharacterIsFoundAndOneInTooManyWordsIsRefusedWithAMessage(@TempDir Path dir)
      throws IOException {
    // 民 starts 300 different bigrams (more than Lucene's default expansion limit of 128); 办
    // starts 1,100 (more than a query may hold).
    try (FSDirectory directory = FSDirectory.open(dir);
        IndexWriter writer =
            new IndexWriter(directory, new IndexWriterConfig(ReportAnalyzers.perField()))) {
      writer.addDocument(
          ReportDocuments.toDocument(
              "min", TestReports.overviewOnly(pairs('民', '\u4e00', 300)), null, null));
      writer.addDocument(
          ReportDocuments.toDocument(
              "ban", TestReports.overviewOnly(pairs('办', '\u6000', 1100)), null, null));
    }
    try (ReportSearcher own = ReportSearcher.open(dir)) {
      assertEquals(List.of("min"), ids(own.search(SearchRequest.of("民"))));
      InvalidSearchRequest refused =
          assertThrows(InvalidSearchRequest.class, () -> own.search(SearchRequest.of("办")));
      assertEquals(InvalidSearchRequest.Parameter.QUERY, refused.parameter());
      assertTrue(refused.getMessage().contains("type a longer word"), refused.getMessage());
    }
  }

  /**
   * {@code first} followed by each of {@code count} other characters from {@code from} on, one pair
   * a clause.
   */
  private static String pairs(char first, char from, int count) {
    StringBuilder text = new StringBuilder();
    for (char c = from; count > 0; c++) {
      if (c != first) {
        text.append(first).append(c).append('，');
        count--;
      }
    }
    return text.toString();
  }

  @Test
  void reportsWithEveryWordComeFirstThenThoseMissingOne() throws IOException {
    SearchResponse both = search("政务新媒体 抖音");
    // 西湖区 has 政务 and 新媒体 (its title) but no 抖音: a partial match, after 淄博, saying so.
    assertEquals(List.of(ZIBO, XIHU), ids(both));
    assertEquals(MatchGrade.EXACT, both.hits().get(0).match());
    assertEquals(MatchGrade.PARTIAL, both.hits().get(1).match());
    assertEquals(List.of("抖音"), both.hits().get(1).missing());
    assertTrue(both.query().partial());

    // Nothing has 国务院 with the others. Two of the three words are enough; 国办 has 国务院 alone,
    // one of three: it only follows them, because they do not fill a page.
    SearchResponse state = search("政务新媒体 国务院");
    assertEquals(2, state.query().minimumShouldMatch());
    assertEquals(Set.of(ZIBO, XIHU), Set.copyOf(ids(state).subList(0, 2)));
    assertEquals(List.of(TestReports.GUOBAN), ids(state).subList(2, ids(state).size()));
    assertEquals(List.of("政务", "新媒体"), state.hits().get(2).missing());
    assertTrue(state.hits().stream().allMatch(Hit::isPartial));
  }

  @Test
  void aQuotedPhraseIsOneExactStringAcrossSoftSeparatorsButNotAcrossClauses() throws IOException {
    // Unquoted, 依申请公开 is 依申请 | 公开: 东昌府区 has both, the others only 公开.
    assertEquals(DONGCHANGFU, ids(search("依申请公开")).get(0));
    assertEquals(List.of(DONGCHANGFU), ids(search("\"依申请公开\"")));
    // A space inside the quotes is a soft separator, like a line break in the text.
    assertEquals(List.of(DONGCHANGFU), ids(search("\"依申请 公开\"")));
    // 东昌府区 writes 抖动。音频: the full stop ends the run.
    assertEquals(List.of(), ids(search("\"抖动音频\"")));
  }

  @Test
  void aTitleMatchRanksAboveABodyMatch() throws IOException {
    SearchResponse response = search("政务新媒体");
    assertEquals(List.of(XIHU, ZIBO), ids(response));
    assertTrue(response.hits().get(0).score() > response.hits().get(1).score());
    assertEquals("title", response.hits().get(0).part().key());
    assertEquals("overview", response.hits().get(1).part().key());
  }

  // ---- hits, snippets ----

  @Test
  void snippetsMarkTheMatchedWordsInTheChosenPart() throws IOException {
    Hit hit = search("政务新媒体 抖音").hits().get(0);
    // overview holds both words, "other" only 政务新媒体.
    assertEquals("overview", hit.part().key());
    List<Snippet.Segment> marked =
        hit.snippet().segments().stream().filter(Snippet.Segment::highlighted).toList();
    // 抖音政务号 is a variant of 抖音, marked whole; 政务 and 新媒体 merge into one mark.
    assertEquals(
        List.of(new Snippet.Segment("抖音政务号", true), new Snippet.Segment("政务新媒体", true)), marked);
    // Sentences joined towards ~120 characters; the line break became a space.
    assertEquals(
        "2023年，我局坚持以公开为常态。 全年通过政府网站发布信息312条。我局开通[抖音政务号]，发布[政务新媒体]信息200条，阅读量超过十万人次。",
        hit.snippet().render("[", "]"));

    Hit requests = search("依申请公开").hits().get(0);
    assertEquals("requests", requests.part().key());
    assertEquals("全年办理[依申请公开]事项25件，均在法定期限内答复。", requests.snippet().render("[", "]"));

    Hit single = search("稳").hits().get(0);
    assertEquals("overview", single.part().key());
    assertEquals("区政府网站全年运行平[稳]，未出现抖动。音频节目每周更新。", single.snippet().render("[", "]"));

    Hit title = search("政务新媒体").hits().get(0);
    assertEquals("杭州市西湖区人民政府2023年度政府信息公开工作年度报告（[政务新媒体]专篇）", title.snippet().render("[", "]"));
  }

  @Test
  void aCharacterBesideLatinLettersMatchesWhereItRunsOnIntoTheNextWord(@TempDir Path dir)
      throws IOException {
    // 三门峡's 2024 report: 、 between Chinese characters vanishes, so 站 runs on into 小红书.
    String listed = "“三门峡文旅”视频号、抖音、B站、小红书等网络官方平台推送视频1276条。";
    String apart = "全年处理B类事项12件，更新站点栏目3个。";
    String alone = "开设B站账号";
    TestReports.write(
        dir,
        List.of(
            Map.entry("listed", TestReports.overviewOnly(listed)),
            Map.entry("apart", TestReports.overviewOnly(apart)),
            Map.entry("alone", TestReports.overviewOnly(alone))));
    try (ReportSearcher own = ReportSearcher.open(dir)) {
      SearchResponse response = own.search(SearchRequest.of("B站"));
      assertEquals(Set.of("listed", "alone"), Set.copyOf(ids(response)));
      assertEquals(2, response.total());
      assertTrue(
          response.hits().stream().allMatch(hit -> hit.match() == MatchGrade.EXACT),
          response.hits().toString());
      Hit hit = response.hits().stream().filter(h -> h.id().equals("listed")).findFirst().get();
      // The mark is the word, not the bigram 站小 its last character ran on into.
      assertTrue(
          hit.snippet().render("[", "]").contains("[B站]、小红书"), hit.snippet().render("[", "]"));
      // Another character after B runs on into 类事 (B类事项); one before it ends 处理 (处理B类).
      SearchResponse before = own.search(SearchRequest.of("B类"));
      assertEquals(List.of("apart"), ids(before));
      assertEquals("全年处理[B类]事项12件，更新站点栏目3个。", before.hits().get(0).snippet().render("[", "]"));
      SearchResponse after = own.search(SearchRequest.of("理B"));
      assertEquals(List.of("apart"), ids(after));
      assertEquals("全年处[理B]类事项12件，更新站点栏目3个。", after.hits().get(0).snippet().render("[", "]"));
    }
  }

  @Test
  void theSnippetShowsTheRarerWordWhenPassagesHoldAsManyOfTheQuerysWords(@TempDir Path dir)
      throws IOException {
    Map<Part, String> parts = new EnumMap<>(Part.class);
    parts.put(Part.OVERVIEW, "政务公开工作扎实推进，公开内容不断丰富。");
    parts.put(Part.ACTIVE, "运用第三方检测平台实行常态化监测。");
    CheckedReport withBoth = TestReports.ofYear(2023, parts);
    List<Map.Entry<String, CheckedReport>> reports = new ArrayList<>();
    reports.add(Map.entry("both", withBoth));
    for (int i = 0; i < 3; i++) {
      reports.add(
          Map.entry(
              "other-" + i,
              TestReports.ofYear(
                  2022 - i, Map.of(Part.OVERVIEW, "全年主动公开政府信息" + (100 + i) + "条。"))));
    }
    TestReports.write(dir, reports);
    try (ReportSearcher own = ReportSearcher.open(dir)) {
      Hit hit = own.search(SearchRequest.of("公开 第三方")).hits().get(0);
      assertEquals("both", hit.id());
      // Each passage holds one of the two words; 公开 is in every report, 第三方 in one.
      assertEquals("active", hit.part().key());
      assertEquals("运用[第三方]检测平台实行常态化监测。", hit.snippet().render("[", "]"));
    }
  }

  @Test
  void aMatchDeepInALongReportIsFoundAndCutAroundTheMatch(@TempDir Path dir) throws IOException {
    String filler = "本机关持续推进政务公开工作。".repeat(2000); // 28,000 characters, beyond the default 10,000
    String longSentence =
        "我们" + "认真梳理各类事项，".repeat(15) + "上线政务服务小程序" + "，进一步优化办事流程".repeat(15) + "。";
    CheckedReport base = TestReports.guoban();
    Map<Part, String> main = new EnumMap<>(Part.class);
    main.put(Part.ACTIVE, filler + longSentence + filler);
    AnnualReport r = base.report();
    CheckedReport longReport =
        new CheckedReport(
            new AnnualReport(
                r.title(),
                r.agency(),
                r.year(),
                r.published(),
                r.region(),
                r.level(),
                r.sector(),
                new Parts(null, main, List.of()),
                r.tables()),
            List.of());
    TestReports.write(dir, List.of(Map.entry("long", longReport)));
    try (ReportSearcher own = ReportSearcher.open(dir)) {
      Hit hit = own.search(SearchRequest.of("小程序")).hits().get(0);
      assertEquals("active", hit.part().key());
      String text = hit.snippet().render("[", "]");
      assertTrue(text.startsWith("…") && text.endsWith("…"), text);
      assertTrue(text.contains("上线政务服务[小程序]"), text);
      assertEquals(SnippetFormatter.MAX_CHARS + 2, hit.snippet().render("", "").length(), text);
    }
  }

  @Test
  void aLongPassageIsCutWhereTheQuerysWordsStandTogether(@TempDir Path dir) throws IOException {
    // One sentence of 300 characters: 政策解读 alone near its start, then 一图读懂 beside 政策解读 near its
    // end.
    String sentence =
        "全年发布政策解读8篇"
            + "，认真梳理各类事项".repeat(20)
            + "，采取简明问答、一图读懂等形式开展政策解读"
            + "，进一步优化办事流程".repeat(8)
            + "。";
    TestReports.write(
        dir, List.of(Map.entry("long", TestReports.ofYear(2023, Map.of(Part.ACTIVE, sentence)))));
    try (ReportSearcher own = ReportSearcher.open(dir)) {
      String text =
          own.search(SearchRequest.of("政策解读 一图读懂")).hits().get(0).snippet().render("[", "]");
      assertTrue(text.contains("[一图读懂]等形式开展[政策解读]"), text);
      assertTrue(text.startsWith("…"), text);
      assertFalse(text.contains("8篇"), "the lone 政策解读 far before is cut off: " + text);
      // The cut splits no marked word: every mark is a whole query word.
      Matcher mark = Pattern.compile("\\[([^\\]]*)\\]").matcher(text);
      while (mark.find()) {
        assertTrue(Set.of("政策解读", "一图读懂").contains(mark.group(1)), text);
      }
    }
  }

  @Test
  void filtersKeepTheRankingOfTheQuery() throws IOException {
    SearchResponse response =
        searchAll(request("政务新媒体", 2023, List.of(), null, null, 1, 10, SortOrder.RELEVANCE));
    assertEquals(List.of(XIHU, ZIBO), ids(response));
    assertTrue(response.hits().get(1).score() > 0);
  }

  @Test
  void hitsCarryTheStoredFields() throws IOException {
    Hit hit = search("抖音").hits().get(0);
    assertEquals(ZIBO, hit.id());
    assertEquals("淄博市文化和旅游局2023年度政府信息公开工作年度报告", hit.title());
    assertEquals("淄博市文化和旅游局", hit.agency());
    assertEquals(2023, hit.year());
    assertEquals(new Region("山东省", "淄博市", null, "370300"), hit.region());
    assertEquals("city", hit.level().key());
    assertEquals("文化和旅游", hit.sector());
    assertEquals(List.of("R1"), hit.flags().stream().map(Rule::id).toList());

    Hit central =
        searchAll(request("", null, List.of(), null, null, 1, 10, SortOrder.YEAR_ASC))
            .hits()
            .get(0);
    assertEquals(GUOBAN, central.id());
    assertEquals(Region.NONE, central.region());
    assertEquals(null, central.part());
    assertTrue(central.snippet().isEmpty());
  }

  // ---- order and pages ----

  @Test
  void anEmptyQueryListsEveryReportNewestFirst() throws IOException {
    SearchResponse all = search("");
    assertEquals(4, all.total());
    assertEquals(List.of(ZIBO, XIHU, DONGCHANGFU, GUOBAN), ids(all));
  }

  @Test
  void sortsByYear() throws IOException {
    assertEquals(
        List.of(GUOBAN, DONGCHANGFU, ZIBO, XIHU),
        ids(searchAll(request("", null, List.of(), null, null, 1, 10, SortOrder.YEAR_ASC))));
    assertEquals(
        List.of(DONGCHANGFU, ZIBO),
        ids(searchAll(request("抖", null, List.of(), null, null, 1, 10, SortOrder.YEAR_ASC))));
    assertEquals(
        List.of(ZIBO, DONGCHANGFU),
        ids(searchAll(request("抖", null, List.of(), null, null, 1, 10, SortOrder.YEAR_DESC))));
    // Same year: the better score first.
    assertEquals(
        List.of(XIHU, ZIBO),
        ids(searchAll(request("政务新媒体", null, List.of(), null, null, 1, 10, SortOrder.YEAR_DESC))));
  }

  @Test
  void pages() throws IOException {
    SearchResponse second =
        searchAll(request("", null, List.of(), null, null, 2, 2, SortOrder.RELEVANCE));
    assertEquals(4, second.total());
    assertEquals(List.of(DONGCHANGFU, GUOBAN), ids(second));
    SearchResponse beyond =
        searchAll(request("", null, List.of(), null, null, 3, 2, SortOrder.RELEVANCE));
    assertEquals(4, beyond.total());
    assertEquals(List.of(), ids(beyond));
  }

  // ---- filters and facets ----

  @Test
  void facetsOfEverything() throws IOException {
    Map<String, List<FacetCount>> facets = search("").facets();
    assertEquals(Set.of("year", "region", "agency", "sector", "level", "flag"), facets.keySet());
    assertEquals(List.of("2023=2", "2022=1", "2021=1"), counts(facets.get("year")));
    assertEquals(List.of("山东省=2", "浙江省=1"), counts(facets.get("region")));
    assertEquals(List.of("政府=3", "文化和旅游=1"), counts(facets.get("sector")));
    assertEquals(List.of("county=2", "central=1", "city=1"), counts(facets.get("level")));
    assertEquals(List.of("R1=2", "R5=1"), counts(facets.get("flag")));
    assertEquals(4, facets.get("agency").size());
  }

  @Test
  void aProvinceKeepsItsCitiesAndCounties() throws IOException {
    SearchResponse shandong =
        searchAll(request("", null, List.of("山东省"), null, null, 1, 10, SortOrder.RELEVANCE));
    // 淄博市 is a city-level body, 东昌府区 a county under 聊城市: both are in 山东省.
    assertEquals(List.of(ZIBO, DONGCHANGFU), ids(shandong));
    assertEquals(2, shandong.total());
    // Provinces ignore the region filter (drill sideways); the chosen province's cities follow.
    assertEquals(
        List.of("山东省=2", "浙江省=1", "山东省/淄博市=1", "山东省/聊城市=1"),
        counts(shandong.facets().get("region")));
    assertEquals(List.of("2023=1", "2022=1"), counts(shandong.facets().get("year")));

    SearchResponse liaocheng =
        searchAll(request("", null, List.of("山东省", "聊城市"), null, null, 1, 10, SortOrder.RELEVANCE));
    assertEquals(List.of(DONGCHANGFU), ids(liaocheng));
    assertEquals(
        List.of("山东省=2", "浙江省=1", "山东省/淄博市=1", "山东省/聊城市=1", "山东省/聊城市/东昌府区=1"),
        counts(liaocheng.facets().get("region")));
    FacetCount county = liaocheng.facets().get("region").get(4);
    assertEquals("东昌府区", county.value());
    assertEquals(List.of("山东省", "聊城市", "东昌府区"), county.path());

    assertEquals(
        List.of(XIHU),
        ids(
            searchAll(
                request(
                    "",
                    null,
                    List.of("浙江省", "杭州市", "西湖区"),
                    null,
                    null,
                    1,
                    10,
                    SortOrder.RELEVANCE))));
    assertEquals(
        List.of(),
        ids(searchAll(request("", null, List.of("河北省"), null, null, 1, 10, SortOrder.RELEVANCE))));
  }

  @Test
  void eachDimensionCountsWithoutItsOwnFilter() throws IOException {
    SearchResponse y2023 =
        searchAll(request("", 2023, List.of(), null, null, 1, 10, SortOrder.RELEVANCE));
    assertEquals(List.of(ZIBO, XIHU), ids(y2023));
    assertEquals(List.of("2023=2", "2022=1", "2021=1"), counts(y2023.facets().get("year")));
    assertEquals(List.of("山东省=1", "浙江省=1"), counts(y2023.facets().get("region")));

    SearchResponse both =
        searchAll(request("", 2023, List.of("山东省"), null, null, 1, 10, SortOrder.RELEVANCE));
    assertEquals(List.of(ZIBO), ids(both));
    assertEquals(List.of("2023=1", "2022=1"), counts(both.facets().get("year")));
    assertEquals(List.of("山东省=1", "浙江省=1", "山东省/淄博市=1"), counts(both.facets().get("region")));
    assertEquals(List.of("文化和旅游=1"), counts(both.facets().get("sector")));

    // With a query, counts cover its matches only.
    SearchResponse dou =
        searchAll(request("抖", null, List.of(), null, null, 1, 10, SortOrder.RELEVANCE));
    assertEquals(List.of("2023=1", "2022=1"), counts(dou.facets().get("year")));
  }

  @Test
  void keywordFilters() throws IOException {
    assertEquals(
        List.of(XIHU, DONGCHANGFU),
        ids(
            searchAll(
                new SearchRequest(
                    "", null, null, null, null, Level.COUNTY, null, 1, 10, SortOrder.RELEVANCE))));
    assertEquals(
        List.of(ZIBO, DONGCHANGFU),
        ids(
            searchAll(
                new SearchRequest(
                    "", null, null, null, null, null, Rule.R1, 1, 10, SortOrder.RELEVANCE))));
    assertEquals(
        List.of(GUOBAN),
        ids(
            searchAll(
                new SearchRequest(
                    "", null, null, "国务院办公厅", null, null, null, 1, 10, SortOrder.RELEVANCE))));
    SearchResponse gov =
        searchAll(
            new SearchRequest("", null, null, null, "政府", null, null, 1, 10, SortOrder.RELEVANCE));
    assertEquals(List.of(XIHU, DONGCHANGFU, GUOBAN), ids(gov));
    assertEquals(List.of("政府=3", "文化和旅游=1"), counts(gov.facets().get("sector")));
    assertEquals(List.of("county=2", "central=1"), counts(gov.facets().get("level")));
  }

  // ---- reports, count, refresh, open ----

  @Test
  void readsAReportBack() {
    StoredReport stored = searcher.report(ZIBO).orElseThrow();
    assertEquals(ZIBO, stored.id());
    assertEquals("/reports/" + ZIBO + ".docx", stored.source());
    assertEquals(TestReports.zibo(), stored.checked());
    assertFalse(searcher.report("no-such-id").isPresent());
    assertEquals(4, searcher.reportCount());
  }

  @Test
  void refreshSeesNewReportsAndTheirFacets(@TempDir Path dir) throws IOException {
    TestReports.index(dir);
    try (ReportSearcher own = ReportSearcher.open(dir)) {
      assertEquals(4, own.reportCount());
      try (FSDirectory directory = FSDirectory.open(dir);
          IndexWriter writer =
              new IndexWriter(directory, new IndexWriterConfig(ReportAnalyzers.perField()))) {
        writer.addDocument(ReportDocuments.toDocument("extra", TestReports.xihu(), null, null));
      }
      assertEquals(4, own.reportCount());
      own.refresh();
      assertEquals(5, own.reportCount());
      assertEquals(
          List.of("山东省=2", "浙江省=2"),
          counts(own.search(SearchRequest.of("")).facets().get("region")));
    }
  }

  @Test
  void anEmptyIndexAnswersWithNothing(@TempDir Path dir) throws IOException {
    try (FSDirectory directory = FSDirectory.open(dir);
        IndexWriter writer =
            new IndexWriter(directory, new IndexWriterConfig(ReportAnalyzers.perField()))) {
      writer.commit();
    }
    try (ReportSearcher own = ReportSearcher.open(dir)) {
      SearchResponse response = own.search(SearchRequest.of("抖音"));
      assertEquals(0, response.total());
      assertEquals(List.of(), response.hits());
      assertEquals(
          Set.of("year", "region", "agency", "sector", "level", "flag"),
          response.facets().keySet());
      assertEquals(0, own.reportCount());
    }
  }

  @Test
  void oneSearcherServesManyThreads() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<String>>> results = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        String q = i % 2 == 0 ? "政务新媒体" : "抖";
        results.add(pool.submit(() -> ids(searcher.search(SearchRequest.of(q)))));
      }
      for (int i = 0; i < results.size(); i++) {
        List<String> got = results.get(i).get();
        if (i % 2 == 0) {
          assertEquals(List.of(XIHU, ZIBO), got);
        } else {
          assertEquals(Set.of(ZIBO, DONGCHANGFU), Set.copyOf(got));
        }
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void openingWhereThereIsNoIndexSaysSo(@TempDir Path dir) throws IOException {
    IOException empty = assertThrows(IOException.class, () -> ReportSearcher.open(dir));
    assertTrue(empty.getMessage().contains("no index"), empty.getMessage());
    IOException missing =
        assertThrows(IOException.class, () -> ReportSearcher.open(dir.resolve("absent")));
    assertTrue(missing.getMessage().contains("no index"), missing.getMessage());
    assertFalse(Files.exists(dir.resolve("absent")));
  }

  // ---- helpers ----

  /** A report of {@code year} whose overview is {@code text}, named {@code id}. */
  private static Map.Entry<String, CheckedReport> overview(String id, int year, String text) {
    return Map.entry(id, TestReports.ofYear(year, Map.of(Part.OVERVIEW, text)));
  }

  private static SearchResponse search(String query) throws IOException {
    return searcher.search(SearchRequest.of(query));
  }

  private static SearchResponse searchAll(SearchRequest request) throws IOException {
    return searcher.search(request);
  }

  private static SearchRequest request(
      String q,
      Integer year,
      List<String> region,
      String agency,
      String sector,
      int page,
      int size,
      SortOrder sort) {
    return new SearchRequest(q, year, region, agency, sector, null, null, page, size, sort);
  }

  private static List<String> ids(SearchResponse response) {
    return ids(response.hits());
  }

  private static List<String> ids(List<Hit> hits) {
    return hits.stream().map(Hit::id).toList();
  }

  private static List<String> counts(List<FacetCount> counts) {
    return counts.stream().map(c -> c.pathString() + "=" + c.count()).collect(Collectors.toList());
  }
}
