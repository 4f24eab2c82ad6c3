package org.nianbao.region;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nianbao.model.Level;
import org.nianbao.model.Region;

class AgencyResolverTest {

  private static final AgencyResolver RESOLVER = AgencyResolver.bundled();
  private static final TitleParser TITLES = new TitleParser();

  /**
   * Names that exist in several places: the text decides, by address, telephone area code, postcode
   * or a city named nearby; with no clue only what all candidates share is given.
   */
  @ParameterizedTest(name = "{0} with \"{1}\"")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
      # agency       | text                                              | province  | city     | county | code
      鼓楼区人民政府  | 联系地址：福州市鼓楼区东街33号，邮编：350001。         | 福建省    | 福州市   | 鼓楼区 | 350102
      鼓楼区教育局    | 地址：徐州市鼓楼区中山北路。                          | 江苏省    | 徐州市   | 鼓楼区 | 320302
      朝阳区民政局    | 咨询电话：010-65094114。                              | 北京市    | 北京市   | 朝阳区 | 110105
      朝阳区民政局    | 咨询电话：（0431）88776655。                          | 吉林省    | 长春市   | 朝阳区 | 220104
      市中区财政局    | 通信地址：市中区光明路；邮编：277101。                 | 山东省    | 枣庄市   | 市中区 | 370402
      市中区财政局    | 本局在乐山市委、市政府的坚强领导下开展工作。            | 四川省    | 乐山市   | 市中区 | 511102
      新城区人民政府  | 电话：0471-6961234                                    | 内蒙古自治区 | 呼和浩特市 | 新城区 | 150102
      长安区人民政府  | 2023年，西安市长安区人民政府……                         | 陕西省    | 西安市   | 长安区 | 610116
      # no clue tells 济南 from 枣庄, but both are in 山东: only the province is certain
      市中区财政局    | 按照山东省政务公开工作要点，……                          | 山东省    | -        | -      | 370000
      # no clue at all: the four 鼓楼区 share nothing
      鼓楼区教育局    | 我局认真贯彻落实政府信息公开条例。                      | -         | -        | -      | -
      """)
  void ambiguousNamesAreDecidedByTheText(
      String agency, String text, String province, String city, String county, String code) {
    Resolution r = RESOLVER.resolve(agency, text);
    assertEquals(new Region(province, city, county, code), r.region());
    assertEquals(Level.COUNTY, r.level(), "every candidate is a district");
    // A district's name alone repeats across China: once its city is certain, the name carries it.
    assertEquals(county == null ? agency : city + agency, r.agency());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
      # agency                   | province | city     | county | level    | sector
      国家税务总局淄博市税务局     | 山东省   | 淄博市   | -      | city     | 税务
      荆州市公安局                 | 湖北省   | 荆州市   | -      | city     | 公安
      东华门街道办事处             | 北京市   | 北京市   | 东城区 | township | 政府
      东莞市莞城街道办事处         | 广东省   | 东莞市   | -      | township | 政府
      上海市宝山区人民政府         | 上海市   | 上海市   | 宝山区 | county   | 政府
      天门市人力资源和社会保障局   | 湖北省   | 天门市   | -      | city     | 人力资源和社会保障
      北京市统计局                 | 北京市   | -        | -      | province | 统计
      临夏州教育局                 | 甘肃省   | 临夏回族自治州 | - | city   | 教育
      山东省淄博市张店区马尚街道办事处 | 山东省 | 淄博市 | 张店区 | township | 政府
      国务院办公厅                 | -        | -        | -      | central  | 政府
      # the full name 公安县 is a county; 荆州市公安局 above is not 荆州市/公安县
      公安县公安局                 | 湖北省   | 荆州市   | 公安县 | county   | 公安
      # zones in the township list (高新区, 经济开发区) are no place on their own
      高新区管委会                 | -        | -        | -      | -        | -
      经济开发区管理委员会         | -        | -        | -      | -        | -
      海关总署                     | -        | -        | -      | central  | 海关
      """)
  void resolvesFromTheAgencyNameAlone(
      String agency, String province, String city, String county, String level, String sector) {
    Resolution r = RESOLVER.resolve(agency, "");
    assertEquals(province, r.region().province(), "province");
    assertEquals(city, r.region().city(), "city");
    assertEquals(county, r.region().county(), "county");
    assertEquals(Level.fromKey(level), r.level(), "level");
    assertEquals(sector, r.sector(), "sector");
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
      文化和旅游局               | 文化和旅游
      文体广电和旅游局           | 文化和旅游
      文化广电和旅游局           | 文化和旅游
      文化旅游广电局             | 文化和旅游
      文化广播电视体育和旅游局   | 文化和旅游
      文旅局                     | 文化和旅游
      人民政府                   | 政府
      政府办公室                 | 政府
      人民政府办公厅             | 政府
      街道办事处                 | 政府
      政府国资委                 | 国资
      教育和体育局               | 教育
      大数据局                   | 数据
      医疗保障局                 | 医疗保障
      退役军人事务局             | 退役军人事务
      住房和城乡建设局           | 住建
      市场监督管理局             | 市场监管
      促进外来投资局             | 投资促进
      老干部活动中心             | -
      """)
  void normalisesTheSector(String body, String sector) {
    assertEquals(sector, new SectorClassifier().classify(body));
  }

  @Test
  void shorthandWithoutACluedTextKeepsTheTitlesNameAndNoPlace() {
    Resolution r = RESOLVER.resolve("区政府国资局", "");
    assertEquals(new Resolution("区政府国资局", Region.NONE, null, "国资"), r);
  }

  @Test
  void shorthandIsCompletedFromTheDivisionTheTextNamesMost() {
    // No "<division>国资局" mention, but 浑南区 is the district the text names.
    Resolution r = RESOLVER.resolve("区政府国资局", "区国资局认真落实……浑南区营商环境持续优化，浑南区国企改革……");
    assertEquals("沈阳市浑南区国资局", r.agency());
    assertEquals("210112", r.region().code());
  }

  /** The seed reports: title from their first lines, the full text as body. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
      000_fff72aa6ee55ba2a.txt | 淄博市文化和旅游局         | 2023 | 山东省   | 淄博市   | -        | 370300 | city
      001_8c8e42fb274846ab.txt | 聊城市文化和旅游局         | 2023 | 山东省   | 聊城市   | -        | 371500 | city
      002_90f55beaacf573a4.txt | 绥芬河市文体广电和旅游局   | 2023 | 黑龙江省 | 牡丹江市 | 绥芬河市 | 231081 | county
      003_dc7a5fd35aa49e56.txt | 古县文化和旅游局           | 2022 | 山西省   | 临汾市   | 古县     | 141025 | county
      004_77873e605fc13fa1.txt | 三门峡市文化广电和旅游局   | 2024 | 河南省   | 三门峡市 | -        | 411200 | city
      """)
  void resolvesTheSeedReports(
      String file,
      String agency,
      int year,
      String province,
      String city,
      String county,
      String code,
      String level)
      throws IOException {
    // The seeds are the bundled samples: the test reads them from the repository, never skips.
    Path seed = Path.of("..", "samples", file);
    String text = Files.readString(seed, StandardCharsets.UTF_8);
    // The title is the first line(s) before the first blank-separated paragraph ending in 报告.
    String title =
        text.strip()
            .lines()
            .filter(l -> !l.isBlank())
            .limit(2)
            .collect(Collectors.joining())
            .replaceAll("(报告).*$", "$1");
    ParsedTitle parsed = TITLES.parse(title);
    assertEquals(agency, parsed.agency());
    assertEquals(year, parsed.year());
    Resolution r = RESOLVER.resolve(parsed.agency(), text);
    assertEquals(
        new Resolution(
            agency, new Region(province, city, county, code), Level.fromKey(level), "文化和旅游"),
        r);
  }
}
