package org.nianbao.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

class ListItemMarkFilterTest {

  private static final String MARK = ReportAnalyzers.LIST_ITEM_MARK;

  /** Each token as term@position[start,end). */
  private static List<String> tokens(Analyzer analyzer, String field, String text)
      throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      int position = -1;
      while (stream.incrementToken()) {
        position += increment.getPositionIncrement();
        out.add(
            term + "@" + position + "[" + offset.startOffset() + "," + offset.endOffset() + ")");
      }
      stream.end();
    }
    return out;
  }

  @Test
  void marksTheTokensBesideAnEnumerationCommaAtTheirPositionAndOffsets() throws IOException {
    // 开0 通1 了2 微3 信4 、5 微6 博7 、8 抖9 音10 账11 号12 。13 抖14 音15
    String text = "开通了微信、微博、抖音账号。抖音";
    assertEquals(
        List.of(
            "开通@0[0,2)",
            "通了@1[1,3)",
            "了微@2[2,4)",
            // A removed comma falls inside the end offset of the token before it.
            "微信@3[3,6)",
            MARK + "@3[3,6)",
            "信微@4[4,7)", // across the comma: not an item's edge
            "微博@5[6,9)",
            MARK + "@5[6,9)",
            "博抖@6[7,10)",
            "抖音@7[9,11)",
            MARK + "@7[9,11)",
            "音账@8[10,12)",
            "账号@9[11,13)",
            "抖音@10[14,16)"), // in a sentence: no mark
        tokens(ReportAnalyzers.newBigramsMarkingLists(), ReportFields.BODY_CJK, text));
  }

  @Test
  void theBodyContentIsIndexedWithMarksAndQueriesAndOtherFieldsWithout() throws IOException {
    String text = "微信、微博";
    List<String> plain = List.of("微信@0[0,3)", "信微@1[1,4)", "微博@2[3,5)");
    assertEquals(plain, tokens(ReportAnalyzers.bigrams(), ReportFields.BODY_CJK, text));
    assertEquals(plain, tokens(ReportAnalyzers.perField(), ReportFields.TITLE_CJK, text));
    assertEquals(
        plain, tokens(ReportAnalyzers.perField(), ReportFields.BODY_BOILERPLATE_CJK, text));
    assertEquals(
        List.of("微信@0[0,3)", MARK + "@0[0,3)", "信微@1[1,4)", "微博@2[3,5)", MARK + "@2[3,5)"),
        tokens(ReportAnalyzers.perField(), ReportFields.BODY_CJK, text));
  }

  @Test
  void aTextWithoutCommasIsNotMarkedAndTheComponentsForgetTheLastText() throws IOException {
    Analyzer analyzer = ReportAnalyzers.newBigramsMarkingLists();
    tokens(analyzer, ReportFields.BODY_CJK, "微信、微博");
    // The same components read the next text: the commas of the last one are not remembered.
    assertEquals(
        List.of("微信@0[0,2)", "信微@1[1,3)", "微博@2[2,4)"),
        tokens(analyzer, ReportFields.BODY_CJK, "微信微博"));
  }

  @Test
  void aCommaBetweenOtherCharactersMarksTheTokensBesideItToo() throws IOException {
    // Not removed between digits (no Han on both sides), still an enumeration.
    assertEquals(
        List.of("12345@0[0,5)", MARK + "@0[0,5)", "热线@1[6,8)", MARK + "@1[6,8)"),
        tokens(ReportAnalyzers.newBigramsMarkingLists(), ReportFields.BODY_CJK, "12345、热线"));
  }
}
