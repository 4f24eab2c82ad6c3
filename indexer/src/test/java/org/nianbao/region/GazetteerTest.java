package org.nianbao.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nianbao.model.Level;
import org.nianbao.model.Region;

class GazetteerTest {

  private static final Gazetteer GAZETTEER = Gazetteer.bundled();

  @Test
  void bundlesProvincesToTownships() {
    assertTrue(GAZETTEER.size() > 40_000, "size " + GAZETTEER.size());
    assertEquals(DivisionKind.TOWNSHIP, GAZETTEER.byCode("130184108").orElseThrow().kind());
    assertEquals("马头铺镇", GAZETTEER.byCode("130184108").orElseThrow().name());
  }

  /**
   * Reading the resource again gives the same gazetteer (speed is a benchmark's business, not a
   * test's).
   */
  @Test
  void theResourceReadsWhole() throws Exception {
    try (var in =
        new java.util.zip.GZIPInputStream(
            Gazetteer.class.getResourceAsStream("divisions.tsv.gz"))) {
      Gazetteer fresh = Gazetteer.read(in);
      assertEquals(GAZETTEER.size(), fresh.size());
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
      # code   | province        | city           | county              | level
      500154   | 重庆市          | 重庆市         | 开州区               | county
      500000   | 重庆市          | -              | -                   | province
      110105   | 北京市          | 北京市         | 朝阳区               | county
      429006   | 湖北省          | 天门市         | -                   | city
      419001   | 河南省          | 济源市         | -                   | city
      441900   | 广东省          | 东莞市         | -                   | city
      620200   | 甘肃省          | 嘉峪关市       | -                   | city
      231081   | 黑龙江省        | 牡丹江市       | 绥芬河市             | county
      520423   | 贵州省          | 安顺市         | 镇宁布依族苗族自治县   | county
      130184108| 河北省          | 石家庄市       | 新乐市               | township
      """)
  void regionFollowsTheModelConventions(
      String code, String province, String city, String county, String level) {
    Division d = GAZETTEER.byCode(code).orElseThrow();
    Region region = GAZETTEER.regionOf(d);
    assertEquals(
        new Region(province, city, county, d.kind() == DivisionKind.TOWNSHIP ? "130184" : code),
        region);
    assertEquals(Level.fromKey(level), GAZETTEER.levelOf(d));
  }

  @Test
  void placeholderPrefecturesAndPseudoCountiesAreFolded() {
    assertTrue(GAZETTEER.find("市辖区").isEmpty());
    assertTrue(GAZETTEER.find("省直辖县级行政区划").isEmpty());
    assertEquals(List.of("东莞市"), GAZETTEER.find("东莞市").stream().map(Division::name).toList());
    assertEquals("441900", GAZETTEER.parent(GAZETTEER.find("莞城街道").get(0)).orElseThrow().code());
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      山东        | 370000
      山东省      | 370000
      淄博        | 370300
      内蒙古      | 150000
      广西        | 450000
      新疆        | 650000
      伊犁州      | 654000
      巴音郭楞    | 652800
      克孜勒苏州  | 653000
      木垒县      | 652328
      临夏州      | 622900
      镇宁自治县  | 520423
      镇宁县      | 520423
      古县        | 141025
      古砦乡      | 450222200
      """)
  void findsFullNamesAndShortForms(String name, String code) {
    List<Division> found = GAZETTEER.find(name);
    assertEquals(List.of(code), found.stream().map(Division::code).toList());
  }

  @Test
  void noAliasIsShorterThanTwoCharacters() {
    assertTrue(GAZETTEER.find("古").isEmpty());
    assertTrue(GAZETTEER.find("和").isEmpty());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
      山东省           | 山东省   | -      | -      | 370000
      山东             | 山东省   | -      | -      | 370000
      淄博市           | 山东省   | 淄博市 | -      | 370300
      山东省/淄博市    | 山东省   | 淄博市 | -      | 370300
      淄博市/张店区    | 山东省   | 淄博市 | 张店区 | 370303
      北京市/朝阳区    | 北京市   | 北京市 | 朝阳区 | 110105
      北京市/北京市/朝阳区 | 北京市 | 北京市 | 朝阳区 | 110105
      长春市/朝阳区    | 吉林省   | 长春市 | 朝阳区 | 220104
      古县             | 山西省   | 临汾市 | 古县   | 141025
      500154           | 重庆市   | 重庆市 | 开州区 | 500154
      """)
  void lookupResolvesNamesPathsAndCodes(
      String input, String province, String city, String county, String code) {
    RegionLookup result = GAZETTEER.lookup(input);
    RegionLookup.Found found =
        assertInstanceOf(RegionLookup.Found.class, result, result.toString());
    assertEquals(new Region(province, city, county, code), found.region());
  }

  @Test
  void ambiguousNameListsEveryCandidateWithPathAndCode() {
    RegionLookup.Ambiguous ambiguous =
        assertInstanceOf(RegionLookup.Ambiguous.class, GAZETTEER.lookup("朝阳区"));
    assertEquals(
        "朝阳区 is ambiguous: 北京市/朝阳区 (110105), 吉林省/长春市/朝阳区 (220104);"
            + " give a path such as 北京市/朝阳区 or a code",
        ambiguous.message());
    assertEquals(2, ambiguous.candidates().size());
  }

  @Test
  void veryCommonTownshipNamesListTheFirstCandidatesAndCountTheRest() {
    RegionLookup.Ambiguous ambiguous =
        assertInstanceOf(RegionLookup.Ambiguous.class, GAZETTEER.lookup("城关镇"));
    assertTrue(ambiguous.candidates().size() > 20);
    assertTrue(
        ambiguous.message().contains(" and " + (ambiguous.candidates().size() - 20) + " more"),
        ambiguous.message());
  }

  @Test
  void blankInputSaysSo() {
    RegionLookup.Unknown unknown =
        assertInstanceOf(RegionLookup.Unknown.class, GAZETTEER.lookup("  "));
    assertEquals("no region given", unknown.message());
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      火星市      | unknown region
      999999      | no division has code 999999
      山东省/朝阳区 | unknown region
      """)
  void unknownInputSaysSo(String input, String message) {
    RegionLookup.Unknown unknown =
        assertInstanceOf(RegionLookup.Unknown.class, GAZETTEER.lookup(input));
    assertTrue(unknown.message().startsWith(message), unknown.message());
  }

  @Test
  void lineageAndPathFollowTheTree() {
    Division kaizhou = GAZETTEER.byCode("500154").orElseThrow();
    assertEquals("重庆市/开州区", GAZETTEER.pathOf(kaizhou));
    assertTrue(GAZETTEER.isWithin(kaizhou, GAZETTEER.byCode("500000").orElseThrow()));
    assertFalse(GAZETTEER.isWithin(kaizhou, GAZETTEER.byCode("110000").orElseThrow()));
  }

  @Test
  void theLongestNameAtAPlaceBoundsEveryNameStartingThere() {
    String text = "根据淄博市临淄区人民政府的安排";
    // 淄博市 starts at 2, 临淄区 at 5; 根据 and 的安 start no division name.
    assertTrue(GAZETTEER.longestNameAt(text, 2) >= "淄博市".length());
    assertTrue(GAZETTEER.longestNameAt(text, 5) >= "临淄区".length());
    assertEquals(0, GAZETTEER.longestNameAt(text, 0));
    assertEquals(0, GAZETTEER.longestNameAt(text, text.indexOf("的安")));
    // Never past the text's end, and nothing for a single last character.
    assertTrue(GAZETTEER.longestNameAt("淄博", 0) <= 2);
    assertEquals(0, GAZETTEER.longestNameAt(text, text.length() - 1));
    // An alias starts a name too: 淄博 (of 淄博市).
    assertEquals(2, GAZETTEER.longestNameAt("淄博", 0));
  }
}
