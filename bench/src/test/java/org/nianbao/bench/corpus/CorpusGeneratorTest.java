package org.nianbao.bench.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CorpusGeneratorTest {

  private static final List<CorpusGenerator.Generated> CORPUS =
      new CorpusGenerator(11).generate(400);

  @Test
  void sameSeedSameCorpusAndSmallerIsAPrefix() {
    List<CorpusGenerator.Generated> again = new CorpusGenerator(11).generate(400);
    assertEquals(CORPUS, again);
    assertEquals(CORPUS.subList(0, 100), new CorpusGenerator(11).generate(100));
  }

  @Test
  void everyReportIsADistinctReport() {
    Set<String> keys = new HashSet<>();
    for (CorpusGenerator.Generated g : CORPUS) {
      assertTrue(
          keys.add(g.agency() + "|" + g.year()), "two reports of " + g.agency() + " " + g.year());
    }
  }

  @Test
  void titleLineNamesAgencyAndYear() {
    for (CorpusGenerator.Generated g : CORPUS) {
      String first = g.text().substring(0, g.text().indexOf('\n'));
      assertEquals(g.agency() + g.year() + "年政府信息公开工作年度报告", first);
    }
  }

  @Test
  void coversLayoutsLevelsYearsAndTemplates() {
    assertEquals(
        EnumSet.allOf(TableLayout.class),
        CORPUS.stream().map(CorpusGenerator.Generated::layout).collect(Collectors.toSet()));
    assertEquals(
        Set.of("central", "province", "city", "county", "township"),
        CORPUS.stream().map(CorpusGenerator.Generated::level).collect(Collectors.toSet()));
    assertEquals(
        Set.of("2008", "2019", "2021"),
        CORPUS.stream().map(CorpusGenerator.Generated::template).collect(Collectors.toSet()));
    int minYear = CORPUS.stream().mapToInt(CorpusGenerator.Generated::year).min().orElseThrow();
    int maxYear = CORPUS.stream().mapToInt(CorpusGenerator.Generated::year).max().orElseThrow();
    assertTrue(minYear <= 2010 && maxYear >= 2024, minYear + "–" + maxYear);
    assertTrue(CORPUS.stream().map(CorpusGenerator.Generated::sector).distinct().count() >= 15);
  }

  @Test
  void boilerplateAndTemplateLabelsArePresent() {
    for (CorpusGenerator.Generated g : CORPUS) {
      assertTrue(g.text().contains("统计期限自" + g.year() + "年1月1日起"), g.relativePath());
      if (g.template().equals("2021")) {
        assertTrue(g.text().contains("等六个部分"), g.relativePath());
        assertTrue(g.text().contains("本年新收政府信息公开申请数量"), g.relativePath());
        assertTrue(g.text().contains("本年度未发生其他需要报告的事项"), g.relativePath());
      }
    }
  }

  @Test
  void mostReportsAreConsistentAndSomeAreNot() {
    long broken =
        CORPUS.stream()
            .filter(g -> !g.template().equals("2008") && !g.violations().equals("-"))
            .count();
    long modern = CORPUS.stream().filter(g -> !g.template().equals("2008")).count();
    assertTrue(broken > 0 && broken < modern / 4, broken + " of " + modern);
  }

  @Test
  void layoutsLookLikeTheSamples() {
    for (CorpusGenerator.Generated g : CORPUS) {
      String t = g.text();
      if (g.template().equals("2008")) {
        continue;
      }
      switch (g.layout()) {
        case DOCX_CELLS -> assertTrue(t.contains("\n\t一、本年新收政府信息公开申请数量\n\t"), g.relativePath());
        case TAB_ROWS -> assertTrue(t.contains("\n一、本年新收政府信息公开申请数量\t"), g.relativePath());
        case BAR_ROWS -> assertTrue(t.contains("\n| 一、本年新收政府信息公开申请数量 | "), g.relativePath());
      }
    }
  }
}
