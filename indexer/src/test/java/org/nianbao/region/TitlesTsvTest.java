package org.nianbao.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nianbao.model.Level;

/** Every row of the dev set titles.tsv: title → agency and year → region, level and sector. */
class TitlesTsvTest {

  /**
   * Where the title gives only shorthand, the report's text decides; these are the kind of lines a
   * real report has (its own name in the opening sentence, an address in the contact line).
   */
  private static final Map<String, String> BODY_TEXT =
      Map.of(
          "2020年卫生健康委员会政府信息公开工作年度报告",
          "2020年，绵阳市卫生健康委员会认真贯彻落实《中华人民共和国政府信息公开条例》。联系地址：绵阳市涪城区安昌路17号。",
          "区政府国资局2022年政府信息公开工作年度报告",
          "2022年，浑南区国资局在区委、区政府的正确领导下，扎实推进政务公开。办公地址：沈阳市浑南区智慧三街。",
          "自治区生态环境厅2023年政府信息公开工作年度报告",
          "2023年，新疆维吾尔自治区生态环境厅坚持以习近平新时代中国特色社会主义思想为指导。地址：乌鲁木齐市天山区。");

  private static final TitleParser TITLES = new TitleParser();
  private static final AgencyResolver RESOLVER = AgencyResolver.bundled();

  record Row(
      String title,
      String agency,
      Integer year,
      String province,
      String city,
      String county,
      Level level,
      String sector) {}

  /**
   * titles.tsv writes each agency as its title does; the model names a body uniquely in the whole
   * country (see AgencyNamer): a district with its city, a township with its county, divisions by
   * their full names. These rows' canonical names differ from their titles.
   */
  private static final java.util.Map<String, String> CANONICAL =
      java.util.Map.of(
          "马头铺镇人民政府", "新乐市马头铺镇人民政府",
          "镇宁自治县政府", "镇宁布依族苗族自治县政府",
          "双塔区人民政府", "朝阳市双塔区人民政府",
          "平城区促进外来投资局", "大同市平城区促进外来投资局",
          "于洪区教育局", "沈阳市于洪区教育局",
          "浑南区国资局", "沈阳市浑南区国资局");

  static List<Row> rows() throws IOException {
    List<Row> rows = new ArrayList<>();
    try (InputStream in = TitlesTsvTest.class.getResourceAsStream("/titles.tsv")) {
      assertNotNull(in, "titles.tsv on the test classpath");
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      reader.readLine(); // header
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        String[] c = line.split("\t", -1);
        rows.add(
            new Row(
                c[0],
                c[1],
                Integer.valueOf(c[2]),
                blank(c[3]),
                blank(c[4]),
                blank(c[5]),
                Level.fromKey(c[6]),
                blank(c[7])));
      }
    }
    return rows;
  }

  private static String blank(String s) {
    return s.isEmpty() ? null : s;
  }

  static Stream<Arguments> cases() throws IOException {
    return rows().stream().map(r -> Arguments.of(r.title(), r));
  }

  @Test
  void readsTheWholeDevSet() throws IOException {
    assertEquals(29, rows().size());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void resolvesTitleRow(String title, Row expected) {
    ParsedTitle parsed = TITLES.parse(title);
    assertEquals(expected.year(), parsed.year(), "year");
    Resolution r = RESOLVER.resolve(parsed.agency(), BODY_TEXT.getOrDefault(title, ""));
    assertEquals(
        CANONICAL.getOrDefault(expected.agency(), expected.agency()), r.agency(), "agency");
    assertEquals(expected.province(), r.region().province(), "province");
    assertEquals(expected.city(), r.region().city(), "city");
    assertEquals(expected.county(), r.region().county(), "county");
    assertEquals(expected.level(), r.level(), "level");
    assertEquals(expected.sector(), r.sector(), "sector");
  }
}
