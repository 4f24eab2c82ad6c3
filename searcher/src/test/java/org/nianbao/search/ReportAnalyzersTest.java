package org.nianbao.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nianbao.schema.ReportAnalyzers;

/**
 * Pins how the two analyzers cut our vocabulary, so a Lucene upgrade that changes smartcn's
 * dictionary or the bigram filter fails here, visibly, before it quietly changes search results.
 * The bigrams also show the normalisation: traditional characters fold, quotes, 、, spaces and
 * single line breaks between Chinese characters vanish, clause punctuation and blank lines stay.
 */
class ReportAnalyzersTest {

  @ParameterizedTest(name = "words: {0} → {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "政务新媒体; 政务|新|媒体",
        "抖音; 抖|音",
        "依申请公开; 依|申请|公开",
        "微信; 微|信",
        "头条号; 头|条|号",
        "国务院办公厅; 国务院|办公厅",
        "淄博市人民政府; 淄博市|人民政府",
        "政府信息公开; 政府|信息|公开",
        "ＡＰＰ客户端; app|客户|端",
        "拨打12345热线。; 拨|打|12345|热线",
      })
  void smartcnWords(String text, String expected) {
    assertEquals(
        List.of(expected.split("\\|")), ReportQueryBuilder.tokens(ReportAnalyzers.words(), text));
  }

  @ParameterizedTest(name = "bigrams: {0} → {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "政务新媒体; 政务|务新|新媒|媒体",
        "抖音; 抖音",
        "抖; 抖",
        "依申请公开; 依申|申请|请公|公开",
        "依申请 公开; 依申|申请|请公|公开",
        "三公經費; 三公|公经|经费",
        "“放管服”改革; 放管|管服|服改|改革",
        "一件事、一次办; 一件|件事|事一|一次|次办",
        "抖，音; 抖|音",
        "国务院办公厅; 国务|务院|院办|办公|公厅",
        "头条号; 头条|条号",
        "ＡＰＰ客户端; app|客户|户端",
        "拨打12345热线。; 拨打|12345|热线",
      })
  void cjkBigrams(String text, String expected) {
    assertEquals(
        List.of(expected.split("\\|")), ReportQueryBuilder.tokens(ReportAnalyzers.bigrams(), text));
  }

  @org.junit.jupiter.api.Test
  void aSingleLineBreakJoinsAWordABlankLineDoesNot() {
    assertEquals(
        List.of("中华", "华人", "人民", "民共", "共和", "和国"),
        ReportQueryBuilder.tokens(ReportAnalyzers.bigrams(), "中华人民\n共和国"));
    assertEquals(
        List.of("抖动", "音频"), ReportQueryBuilder.tokens(ReportAnalyzers.bigrams(), "抖动\n\n音频"));
  }
}
