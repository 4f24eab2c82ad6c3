package org.nianbao.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.search.UserQuery.Word;

class UserQueryTest {

  @Test
  void splitsOnAsciiAndFullWidthSpaces() {
    assertEquals(
        List.of(new Word("政务新媒体", false), new Word("抖音", false), new Word("微信", false)),
        UserQuery.parse(" 政务新媒体  抖音　微信 ").words());
  }

  @Test
  void quotesMakeOnePhrase() {
    assertEquals(
        List.of(new Word("依申请 公开", true), new Word("答复", false)),
        UserQuery.parse("\"依申请 公开\" 答复").words());
    assertEquals(
        List.of(new Word("年报", false), new Word("政务 公开", true)),
        UserQuery.parse("年报“政务 公开”").words());
  }

  @Test
  void anUnclosedQuoteRunsToTheEnd() {
    assertEquals(
        List.of(new Word("a", false), new Word("依申请 公开", true)),
        UserQuery.parse("a \"依申请 公开").words());
  }

  @Test
  void blankIsEmpty() {
    assertEquals(List.of(), UserQuery.parse("  　 \"\" ").words());
  }
}
