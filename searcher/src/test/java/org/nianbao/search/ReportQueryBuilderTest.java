package org.nianbao.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nianbao.schema.ReportFields;

class ReportQueryBuilderTest {

  private final ReportQueryBuilder builder = new ReportQueryBuilder();

  private AnalyzedQuery analyze(String q) {
    return builder.analyze(UserQuery.parse(q));
  }

  /**
   * How a query is cut into units: smartcn's words, runs of characters it does not know kept whole.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "二〇二三年; 2023年",
        "二零一九年度报告; 2019年度报告",
        "一九九八年至二〇〇八年; 1998年至2008年",
        "二〇二三; 二〇二三",
        "一二三四年; 一二三四年",
        "三二〇二三年; 三二〇二三年",
        "第三方评估; 第三方评估",
      })
  void aYearInChineseNumeralsIsReadAsItsDigits(String typed, String read) {
    assertEquals(read, QueryAnalysis.withArabicYears(typed));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "抖音; 抖音",
        "快手; 快手",
        "哔哩哔哩; 哔哩哔哩",
        "钉钉; 钉钉",
        "浙里办; 浙里办",
        "粤省事; 粤省事",
        "一件事一次办; 一件事一次办",
        "政务新媒体 抖音; 政务|新媒体|抖音",
        "保密审查制度; 保密|审查|制度",
        "公开时限; 公开|时限",
        "经费不足; 经费|不足",
        "依申请公开; 依申请|公开",
        "公开意识不强; 公开|意识|不强",
        "三公經費; 三公|经费",
        "“放管服”改革; 放管服|改革",
        "一件事、一次办; 一件事一次办",
        "政府网站 ＩＰｖ６; 政府|网站|ipv6",
        "12345热线; 12345|热线",
        "20个工作日; 20个|工作日",
        "收到申请20件; 收到|申请|20件",
        "2023年政务公开; 2023年|政务|公开",
        "二〇二三年 政务公开; 2023年|政务|公开",
        "二零二二年度; 2022年度",
        "二○二四年政务新媒体; 2024年|政务|新媒体",
        "一二三四; 一二三四",
        "15个工作日内; 15个|工作日内",
        "公开的时限; 公开|时限",
        "如何申请政府信息公开; 申请|政府|信息|公开",
        "政务新媒体有哪些; 政务|新媒体",
        "为什么不予公开; 不予|公开",
        "政务公开吗; 政务|公开",
        "如何; 如何",
        "有没有抖音; 抖音",
        "怎么样; 怎么样",
        "是否公开; 是否|公开",
        "申请政府信息公开 多久能答复; 申请|政府|信息|公开|答复",
        "可以网上申请吗; 网上|申请",
        "信息公开申请被拒绝怎么办; 信息|公开|申请|拒绝",
        "年度报告什么时候公开; 年度|报告|公开",
        "答复期限多长时间; 答复|期限",
        "可公开吗; 公开",
        "政府常务会; 政府|常务会",
        "依申请公开是什么; 依申请|公开",
        "\"依申请 公开\"; 依申请公开",
        "哪些单位开通了抖音; 单位|开通|抖音",
        "政务公开 和 政府网站; 政务|公开|政府|网站",
        "抖音 或 快手; 抖音|快手",
        "的 抖音; 抖音",
        "如何 申请; 申请",
        "和; 和",
        "的 ——; 的",
        "\"和\" 抖音; 和|抖音",
        "开通了抖音的单位; 开通|抖音|单位",
        "有没有开通抖音的区县; 开通|抖音|区县",
        "抖音的区县; 抖音|区县",
        "区县的抖音; 区县|抖音",
        "抖音的粉丝; 抖音|粉丝",
        "在抖音上发布; 抖音|发布",
        "浙里办; 浙里办",
        "在浙里办; 浙里办",
        "微信小程序; 微信|小程序",
        "政府信息公开申请数量多少; 政府|信息|公开|申请|数量",
        "收到申请有多少; 收到|申请",
        "多少; 多少",
        "2020-2023 依申请公开; 2020-2023|依申请|公开",
        "2020年至2023年; 2020年至2023年",
        "抖音小程序; 抖音|小程序",
        "微信微博; 微信|微博",
        "微信群; 微信群",
        "头条号; 头条号",
        "一网通办; 一网通办",
        "在微信上发布; 微信|发布",
        "公众号粉丝; 公众号|粉丝",
        "公众号推送; 公众号|推送",
        "视频号发布; 视频号|发布",
        "投诉类申请; 投诉类|申请",
        "处理费收取; 处理费|收取",
        "查阅点设置; 查阅点|设置",
        "网站访问量和粉丝量; 网站|访问量|粉丝量",
        "答复书模板; 答复书|模板",
        "书面答复; 书面|答复",
        "新媒体矩阵; 新媒体|矩阵",
        "政务号; 政务号",
        "号召; 号召",
        "国家林草局2018; 国家|林草局|2018",
        "市场监管局2023年; 市场|监管局|2023年",
      })
  void unitsOfAQuery(String query, String units) {
    assertEquals(List.of(units.split("\\|")), analyze(query).units());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "申请政府信息公开 多久能答复; 申请政府信息公开|答复",
        "可以网上申请吗; 网上申请",
        "信息公开申请被拒绝怎么办; 信息公开申请被拒绝",
        "如何申请政府信息公开; 申请政府信息公开",
        "开通了抖音的单位; 开通了抖音的单位",
      })
  void theExactGradeLooksForEachWordWithoutWhatWasDroppedAtItsEdges(String query, String texts) {
    assertEquals(
        List.of(texts.split("\\|")),
        analyze(query).words().stream().map(AnalyzedQuery.Word::text).toList());
  }

  @ParameterizedTest
  @CsvSource({
    "人社厅, 人力资源和社会保障厅",
    "湖南人社厅, 人力资源和社会保障厅",
    "住建委, 住房城乡建委",
    "发改委, 发展和改革委员会",
    "市监局, 市场监督管理局",
    "应急局, 应急管理局",
    "文旅, 文化和旅游",
    "政务公开专区, 政务公开专窗",
  })
  void aWordAlsoSearchesTheOtherWaysReportsWriteIt(String query, String otherWording) {
    AnalyzedQuery analyzed = analyze(query);
    assertTrue(
        analyzed.expansions().values().stream().anyMatch(v -> v.contains(otherWording)),
        analyzed.expansions().toString());
  }

  @ParameterizedTest
  @CsvSource({"解读质量不高, 不高, 有待提高", "专业人员缺乏, 缺乏, 不足", "培训不够, 不够, 不足"})
  void aWeaknessIsSearchedInTheWaysReportsWriteOne(String query, String unit, String variant) {
    AnalyzedQuery analyzed = analyze(query);
    assertTrue(analyzed.units().contains(unit), analyzed.units().toString());
    assertTrue(analyzed.variantsOf(unit).contains(variant), analyzed.variantsOf(unit).toString());
  }

  @Test
  void variantsStandForAWordOrARunOfItsUnits() {
    AnalyzedQuery hotline = analyze("政务热线");
    assertEquals(List.of("政务", "热线"), hotline.units());
    assertTrue(
        hotline.expansions().get("政务热线").contains("政务服务便民热线"), hotline.expansions().toString());
    // Each unit is satisfied by a variant, which scores for one unit only: 12345热线 for 热线.
    assertTrue(hotline.variantsOf("政务").contains("12345热线"));
    assertTrue(hotline.scores("热线", "12345热线"));
    assertTrue(!hotline.scores("政务", "12345热线"));

    AnalyzedQuery review = analyze("行政复议 纠正");
    assertEquals(List.of("复议"), review.expansions().get("行政复议"));
    assertEquals(Map.of(), analyze("抖动").expansions());
  }

  @Test
  void aSpreadVariantIsNormalisedWordByWordAndNeverLookedUp() {
    Variants variants = Variants.parse(List.of("# budgets", "预决算 | 預算 … 決算 | 预算决算"));
    assertEquals(List.of("预算…决算", "预算决算"), variants.of("预决算"));
    assertEquals(List.of("预决算", "预算…决算"), variants.of("预算决算"));
    // No one types the spread member: it is searched for the others only.
    assertEquals(List.of(), variants.of("预算…决算"));
    assertEquals(List.of("预算", "决算"), Variants.words("预算…决算"));
    assertEquals(List.of("预决算"), Variants.words("预决算"));
    assertTrue(Variants.isSpread("预算…决算"));
  }

  @Test
  void anAbbreviationIsSearchedWrittenOut() {
    AnalyzedQuery reform = analyze("放管服改革");
    assertEquals(List.of("放管服", "改革"), reform.units());
    assertEquals(List.of("简政放权…放管结合…优化服务"), reform.variantsOf("放管服"));
    // The snippet marks the written-out words one by one.
    assertTrue(
        reform.markedStrings().containsAll(List.of("简政放权", "放管结合", "优化服务")),
        reform.markedStrings().toString());
    assertTrue(reform.markedStrings().stream().noneMatch(Variants::isSpread));
  }

  @Test
  void minimumShouldMatchIsAllButOneThenThreeQuartersRoundedDown() {
    // As Elasticsearch's "1<-1 5<75%": a percentage's count is rounded down (6 units → 4.5 → 4).
    assertEquals(
        List.of(0, 1, 1, 2, 3, 4, 4, 5, 6, 6, 7),
        java.util.stream.IntStream.rangeClosed(0, 10)
            .map(ReportQueryBuilder::minimumShouldMatch)
            .boxed()
            .toList());
  }

  @Test
  void aUnitIsABigramPhraseInEachFieldTitleFirstBoilerplateLast() {
    Query q = builder.unitQuery("抖音", analyze("抖音"));
    DisjunctionMaxQuery dis = assertInstanceOf(DisjunctionMaxQuery.class, q);
    // 抖音 is one bigram: a term query, which is exactly the contiguous 抖音.
    assertTrue(
        dis.getDisjuncts()
            .contains(new BoostQuery(new TermQuery(new Term(ReportFields.TITLE_CJK, "抖音")), 3f)));
    assertTrue(dis.getDisjuncts().contains(new TermQuery(new Term(ReportFields.BODY_CJK, "抖音"))));
    assertTrue(
        dis.getDisjuncts()
            .contains(
                new BoostQuery(
                    new TermQuery(new Term(ReportFields.BODY_BOILERPLATE_CJK, "抖音")), 0.2f)));
    // Its variants (抖音号 …) weigh less.
    assertTrue(
        dis.getDisjuncts()
            .contains(new BoostQuery(new PhraseQuery(ReportFields.BODY_CJK, "抖音", "音号"), 0.8f)),
        dis.toString());
  }

  @Test
  void aSingleCjkCharacterMatchesAnyBigramHoldingIt() {
    assertEquals(
        ReportFields.BODY_CJK + ":抖* " + ReportFields.BODY_CJK + ":?抖",
        builder.phrase(ReportFields.BODY_CJK, "抖").toString());
    assertEquals("抖", ReportQueryBuilder.singleCjkCharacter("抖"));
    assertEquals("抖", ReportQueryBuilder.singleCjkCharacter("“抖”。"));
    assertNull(ReportQueryBuilder.singleCjkCharacter("抖音"));
    assertNull(ReportQueryBuilder.singleCjkCharacter("a"));
    assertNull(ReportQueryBuilder.singleCjkCharacter("7"));
  }

  @Test
  void emptyOrPunctuationOnlyMatchesEverything() {
    for (String q : List.of("", "  ", "。，", "\"\"")) {
      ReportQuery built = builder.build(UserQuery.parse(q));
      assertTrue(built.isEmpty(), q);
      assertInstanceOf(MatchAllDocsQuery.class, built.scoring());
    }
    // A punctuation word among real words is dropped, not an error.
    assertEquals(List.of("抖音"), analyze("抖音 ，").units());
  }

  @Test
  void aWordSmartcnCutsIntoAWordAndALoneCharacterHasThatWordAsItsStem() {
    assertEquals(Optional.of("访问"), QueryAnalysis.stemOf("访问量"));
    assertEquals(Optional.of("答复"), QueryAnalysis.stemOf("答复书"));
    assertEquals(Optional.of("国资"), QueryAnalysis.stemOf("国资委"));
    // Names smartcn does not know have no stem: they match only as written.
    for (String name : List.of("抖音", "快手", "钉钉", "哔哩哔哩", "浙里办", "粤省事")) {
      assertEquals(Optional.empty(), QueryAnalysis.stemOf(name), name);
    }
    // A lone character before a word (新 | 媒体) leaves no stem; two words are two units.
    assertEquals(Optional.empty(), QueryAnalysis.stemOf("新媒体"));
    assertEquals(Optional.empty(), QueryAnalysis.stemOf("政府网站"));
  }
}
