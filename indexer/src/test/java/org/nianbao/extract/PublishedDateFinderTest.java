package org.nianbao.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The date a report prints as its own, in every form; dates inside sentences are never taken. */
class PublishedDateFinderTest {

  private static Optional<LocalDate> find(String... lines) {
    return PublishedDateFinder.find(List.of(lines));
  }

  @ParameterizedTest(name = "signature «{0}»")
  @CsvSource(
      delimiter = ';',
      textBlock =
          """
      2024年1月12日;        2024-01-12
      2024 年 1 月 12 日;   2024-01-12
      二〇二四年一月十二日;  2024-01-12
      二〇二四年一月三十一日; 2024-01-31
      二〇二三年十二月五日;  2023-12-05
      2024-01-12;           2024-01-12
      2024.1.12;            2024-01-12
      2024/01/12;           2024-01-12
      """)
  void aSignatureDateUnderTheLastPart(String signature, String expected) {
    assertEquals(
        Optional.of(LocalDate.parse(expected)),
        find(
            "XX局2023年政府信息公开工作年度报告",
            "一、总体情况",
            "正文。",
            "六、其他需要报告的事项",
            "无。",
            "",
            "XX局",
            "  " + signature + "  ",
            ""),
        signature);
  }

  @Test
  void aDateUnderTheTitleAsInSuifenhe() {
    assertEquals(
        Optional.of(LocalDate.of(2024, 1, 12)),
        find(
            "",
            "绥芬河市文体广电和旅游局 2023 年政府信息公开工作年度报告",
            "",
            "2024 年 1 月 12 日",
            "",
            "本年度报告所列数据统计期限为 2023 年 1 月 1 日至 2023 年 12 月 31 日。",
            "一、总体情况",
            "a",
            "b",
            "c",
            "d",
            "e",
            "f",
            "g",
            "h",
            "i",
            "j",
            "k",
            "l",
            "m",
            "n"));
  }

  @Test
  void aWebPagesPublicationDate() {
    assertEquals(
        Optional.of(LocalDate.of(2024, 1, 15)),
        find(
            "首页 > 政务公开 > 年度报告",
            "XX局2023年政府信息公开工作年度报告",
            "发布日期：2024-01-15  来源：XX局  浏览次数：",
            "一、总体情况",
            "本年度报告中所列数据的统计期限自2023年1月1日起，至2023年12月31日止。"));
  }

  @Test
  void theSignatureWinsOverTheWebPagesDate() {
    assertEquals(
        Optional.of(LocalDate.of(2024, 1, 20)),
        find("XX局2023年政府信息公开工作年度报告", "发布时间：2024-01-25", "一、总体情况", "正文。", "XX局", "2024年1月20日"));
  }

  @Test
  void datesInsideSentencesAreNotTaken() {
    assertEquals(
        Optional.empty(),
        find(
            "XX局2023年政府信息公开工作年度报告",
            "本年度报告中所列数据的统计期限自2023年1月1日起，至2023年12月31日止。",
            "一、总体情况",
            "截至2023年12月31日，我局共发布信息627条。",
            "2024年1月12日前完成整改。",
            "六、其他需要报告的事项",
            "统计期限2023年1月1日至2023年12月31日"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      textBlock =
          """
      2024年2月30日
      2024年13月1日
      二〇二四年十三月一日
      """)
  void impossibleDatesAreNotDates(String line) {
    assertEquals(Optional.empty(), PublishedDateFinder.standalone(line));
  }
}
