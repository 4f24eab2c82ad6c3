package org.nianbao.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where the prose states how many requests were received (R5). */
class StatedRequestCountsTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = ';',
      textBlock =
          """
      2023年，我局共受理政府信息公开申请件11件，比2022年增长4件;    11
      2022年，我局收到1条政府信息公开申请，并于20个工作日内给予书面回复; 1
      2024年我局收到依申请公开4件，予以公开1件;                      4
      2023 年我局未收到需要公开信息的申请;                          0
      全年共收到政府信息公开申请十二件;                             12
      本年度共接收政府信息公开申请 3 件;                            3
      """)
  void statedCounts(String sentence, long expected) {
    List<StatedRequestCount> found = StatedRequestCounts.find(sentence + "。");
    assertEquals(1, found.size(), () -> "one statement in «" + sentence + "»: " + found);
    assertEquals(expected, found.get(0).count(), sentence);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      textBlock =
          """
      2024年受理办理政务热线公单66件，办结率100%
      我局承办人大代表建议10件，政协委员提案36件
      主动公开信息6101条
      """)
  void notRequestCounts(String sentence) {
    assertEquals(List.of(), StatedRequestCounts.find(sentence + "。"), sentence);
  }

  @org.junit.jupiter.api.Test
  void noReviewApplicationIsNotAStatementAboutInformationRequests() {
    assertEquals(List.of(), StatedRequestCounts.find("本年度未收到行政复议申请。"));
  }

  @org.junit.jupiter.api.Test
  void eachSentenceOnce() {
    List<StatedRequestCount> found =
        StatedRequestCounts.find("2023年，我局收到政府信息公开申请5件。其中予以公开3件。\n上年未收到政府信息公开申请。");
    assertEquals(List.of(5L, 0L), found.stream().map(StatedRequestCount::count).toList());
  }
}
