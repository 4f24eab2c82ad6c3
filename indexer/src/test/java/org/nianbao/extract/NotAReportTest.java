package org.nianbao.extract;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Texts about annual reports that are not one: the kinds government sites publish beside the
 * reports (shaped on real pages: a municipal office's notice asking for the reports, a provincial
 * 通报 on how they were published, a county's news of a training meeting, a 范文 to fill in, a column
 * page listing reports, a province's rules on reports). Each is rejected with the reason that fits.
 */
class NotAReportTest {

  private static final ReportParser PARSER = ReportParser.bundled();

  private static final String NOTICE =
      """
      索引号: 12620600MB0523338C/2025-04735 公开方式: 主动公开
      发布机构: 信息公开办 发文日期: 2025-12-19
      某市人民政府办公室关于做好2025年政府信息公开工作年度报告编制和发布工作的通知
      县、区人民政府，市政府各部门、各单位：
      为认真落实《中华人民共和国政府信息公开条例》，高质量做好2025年政府信息公开工作年度报告编制和发布工作，现就有关事项通知如下：
      一、规范年报内容。要认真撰写年度报告中的总体情况，按照主动公开、依申请公开、政府信息管理、平台建设、监督保障等方面梳理本部门工作情况。
      二、确保数据准确。认真填写规章、行政规范性文件的本年制发件数、本年废止件数、现行有效件数，准确统计本年新收政府信息公开申请数量。
      三、按时发布。各单位须于2026年1月31日前在政府网站发布年度报告。
      """;

  private static final String BULLETIN =
      """
      某省人民政府办公厅关于2009年政府信息公开工作年度报告编制公布情况的通报
      各地级以上市人民政府，省政府各部门、各直属机构：
      《中华人民共和国政府信息公开条例》规定，各级行政机关应当在每年3月31日前公布本行政机关的政府信息公开工作年度报告。现将有关情况通报如下：
      从内容上看，各单位的年度报告基本涵盖了主动公开、依申请公开等六方面内容，比较全面地反映了本单位政府信息公开工作的主要情况。
      同时，部分单位的年度报告存在数据失准、未在网站显著位置公布、未按时公布等问题。
      """;

  private static final String NEWS =
      """
      【工作推进】某县召开2023年度政府信息公开工作年报编制和发布部署会
      发布时间：2024-01-10 18:11 来源：某县人民政府 浏览量： 【字号： 打印
      为认真贯彻落实《中华人民共和国政府信息公开条例》，扎实做好政府信息公开工作年度报告编制工作，1月9日下午，县政府召开年报编制和发布部署会，11家乡镇、37家县直部门参加了会议。
      会上，针对年报总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、行政复议和行政诉讼情况、存在的主要问题及改进情况和其他需要报告的事项六大板块的撰写要求作了详细指导。
      会议强调，各单位要高度重视，严格按照年度报告格式要求认真编制，确保内容全面、数据详实、要素齐备，按时报审、公开。
      """;

  private static final String TEMPLATE =
      """
      XX县XX局2023年政府信息公开工作年度报告（参考模板）
      本报告根据《中华人民共和国政府信息公开条例》编制，全文包括总体情况、主动公开政府信息情况等六部分。本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。
      一、总体情况
      2023年，XX局深入贯彻落实……（简要描述主动公开、依申请公开、政府信息管理等情况）
      二、主动公开政府信息情况
      规章\tXX\tXX\tXX
      三、收到和处理政府信息公开申请情况
      一、本年新收政府信息公开申请数量\tXX\tXX\tXX\tXX\tXX\tXX\tXX
      """;

  private static final String LIST =
      """
      当前位置：首页 > 政府信息公开 > 政府信息公开年报
      某县人民政府2023年政府信息公开工作年度报告 2024-01-29
      某县教育局2023年政府信息公开工作年度报告 2024-01-26
      某县公安局2023年政府信息公开工作年度报告 2024-01-25
      某县财政局2023年政府信息公开工作年度报告 2024-01-24
      某县卫生健康局2023年政府信息公开工作年度报告 2024-01-22
      共5条 首页 上一页 下一页 尾页
      """;

  private static final String RULES =
      """
      某省政府信息公开工作年度报告制度（试行）
      第一条 为进一步总结提高政府信息公开工作，根据《中华人民共和国政府信息公开条例》关于年度报告的规定，结合本省实际，制定本制度。
      第二条 报告公布方式及期限。各级行政机关应当于每年3月31日前，通过政府网站等渠道公布本行政机关上年度的政府信息公开工作年度报告。
      第三条 报告内容。年度报告应当包括主动公开政府信息的情况、依申请公开政府信息和不予公开政府信息的情况。
      第四条 本制度自发布之日起施行。
      """;

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      NOTICE   | a notice
      BULLETIN | a notice
      NEWS     | a news item
      TEMPLATE | a template
      LIST     | a list of
      RULES    | a regulation
      """)
  void isRejectedWithTheReasonThatFits(String name, String reason) {
    String text =
        switch (name) {
          case "NOTICE" -> NOTICE;
          case "BULLETIN" -> BULLETIN;
          case "NEWS" -> NEWS;
          case "TEMPLATE" -> TEMPLATE;
          case "LIST" -> LIST;
          case "RULES" -> RULES;
          default -> throw new IllegalArgumentException(name);
        };
    NotAReportException e = assertThrows(NotAReportException.class, () -> PARSER.parse(text));
    assertTrue(e.getMessage().startsWith("not an annual report: " + reason), e.getMessage());
  }
}
