package org.nianbao.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KnownWordsTest {

  private final KnownWords known = new KnownWords(Set.of("微信", "微博", "抖音", "小程序"));

  @Test
  void aRunIsCutAtTheKnownWordsInIt() {
    assertEquals(List.of("微信", "微博"), known.split("微信微博"));
    assertEquals(List.of("浙里办", "抖音"), known.split("浙里办抖音"));
    assertEquals(List.of("抖音", "小程序"), known.split("抖音小程序"));
  }

  @Test
  void aPieceOfOneCharacterStaysWithItsNeighbour() {
    assertEquals(List.of("微信群"), known.split("微信群"));
    assertEquals(List.of("新抖音"), known.split("新抖音"));
    assertEquals(List.of("微信", "微博号"), known.split("微信微博号"));
  }

  @Test
  void aRunWithoutKnownWordsStaysWhole() {
    assertEquals(List.of("一网通办"), known.split("一网通办"));
    assertEquals(List.of("微"), known.split("微"));
  }

  @Test
  void theBundledWordsAreRead() {
    assertTrue(KnownWords.bundled().contains("小程序"));
    assertFalse(KnownWords.bundled().contains("程序"));
  }
}
