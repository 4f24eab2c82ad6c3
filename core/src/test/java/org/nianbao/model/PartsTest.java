package org.nianbao.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PartsTest {

  @Test
  void textsAreInReadingOrderWithoutTheMissingOnes() {
    // Given out of order and with a gap (no 二、主动公开 part, no preamble).
    Parts parts =
        new Parts(
            null,
            Map.of(Part.PROBLEMS, "五、存在的主要问题", Part.OVERVIEW, "一、总体情况"),
            List.of(new ExtraPart("七、附件", "附件说明"), new ExtraPart("八、空", null)));

    assertEquals(List.of("一、总体情况", "五、存在的主要问题", "附件说明"), parts.texts());
    assertEquals(
        List.of("前言", "一、总体情况"),
        new Parts("前言", Map.of(Part.OVERVIEW, "一、总体情况"), List.of()).texts());
  }
}
