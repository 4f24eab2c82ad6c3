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
  void listMarksSeparateWordsOutsideQuotes() {
    List<Word> three =
        List.of(new Word("政务新媒体", false), new Word("抖音", false), new Word("快手", false));
    assertEquals(three, UserQuery.parse("政务新媒体，抖音，快手").words());
    assertEquals(three, UserQuery.parse("政务新媒体;抖音/快手").words());
    assertEquals(three, UserQuery.parse("政务新媒体+抖音｜快手？").words());
    // 、 joins a phrase's parts, as reports write them (一件事、一次办).
    assertEquals(List.of(new Word("一件事、一次办", false)), UserQuery.parse("一件事、一次办").words());
    assertEquals(List.of(new Word("抖音，快手", true)), UserQuery.parse("“抖音，快手”").words());
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
  void aMinusExcludesAWordOrPhrase() {
    assertEquals(
        List.of(
            new Word("政务新媒体", false),
            new Word("抖音", false, true),
            new Word("政务 微博", true, true),
            new Word("快手", false, true)),
        UserQuery.parse("政务新媒体 -抖音 -\"政务 微博\" －快手").words());
    // A hyphen inside a word, or a minus standing alone, excludes nothing.
    assertEquals(
        List.of(new Word("2021-2023", false), new Word("-", false), new Word("公开", false)),
        UserQuery.parse("2021-2023 - 公开").words());
  }

  @Test
  void orAndAreOperatorsAndNotExcludesTheNextWord() {
    assertEquals(
        List.of(new Word("抖音", false), new Word("快手", false), new Word("微博", false)),
        UserQuery.parse("抖音 OR 快手 AND 微博").words());
    assertEquals(
        List.of(new Word("政务新媒体", false), new Word("抖音", false, true)),
        UserQuery.parse("政务新媒体 NOT 抖音").words());
    // Quoted, or in lower case, they are words.
    assertEquals(
        List.of(new Word("OR", true), new Word("or", false)), UserQuery.parse("\"OR\" or").words());
  }

  @Test
  void wantedAndExcludedSplitTheWords() {
    UserQuery query = UserQuery.parse("公开 -抖音");
    assertEquals(List.of(new Word("公开", false)), query.wanted());
    assertEquals(List.of(new Word("抖音", false, true)), query.excluded());
  }

  @Test
  void blankIsEmpty() {
    assertEquals(List.of(), UserQuery.parse("  　 \"\" ").words());
  }
}
