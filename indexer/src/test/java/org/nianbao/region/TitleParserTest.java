package org.nianbao.region;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitleParserTest {

  private final TitleParser parser = new TitleParser();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
      绥芬河市文体广电和旅游局 2023 年政府信息公开工作年度报告      | 绥芬河市文体广电和旅游局 | 2023
      淄博市文化和旅游局2023年度政府信息公开工作年度报告            | 淄博市文化和旅游局       | 2023
      包头市文化旅游广电局2021年政府信息公开年度报告                | 包头市文化旅游广电局     | 2021
      西藏自治区政府国资委2023年度信息公开工作报告                  | 西藏自治区政府国资委     | 2023
      自然资源部2024年政府信息公开工作报告                          | 自然资源部               | 2024
      镇宁自治县政府2019年信息公开工作年度报告                       | 镇宁自治县政府           | 2019
      2020年卫生健康委员会政府信息公开工作年度报告                   | 卫生健康委员会           | 2020
      2021年平舆县人民政府信息公开工作年度报告                       | 平舆县人民政府           | 2021
      古县文化和旅游局政府信息公开工作年度报告（2022年度）           | 古县文化和旅游局         | 2022
      三门峡市文化广电和旅游局政府信息公开工作年度报告(2024年)        | 三门峡市文化广电和旅游局 | 2024
      古县文化和旅游局２０２２年政府信息公开工作年度报告             | 古县文化和旅游局         | 2022
      政府信息公开工作年度报告                                      | -                        | -
      关于2025年度工作的说明                                        | -                        | 2025
      """)
  void readsAgencyAndYear(String title, String agency, Integer year) {
    assertEquals(new ParsedTitle(agency, year), parser.parse(title));
  }

  @Test
  void ignoresAMarkdownHeadingMark() {
    assertEquals(new ParsedTitle("聊城市文化和旅游局", 2023), parser.parse("# 聊城市文化和旅游局 2023年政府信息公开工作年度报告"));
  }
}
