package org.nianbao.region;

import java.util.List;
import java.util.function.Predicate;

/**
 * The bare level word a shorthand agency name starts with (市文化广电和旅游局, 区政府国资局, 自治区生态环境厅), and which
 * divisions it can stand for.
 */
enum LevelWord {
  AUTONOMOUS_REGION("自治区", d -> d.kind() == DivisionKind.PROVINCE && d.name().endsWith("自治区")),
  AUTONOMOUS_PREFECTURE(
      "自治州", d -> d.kind() == DivisionKind.PREFECTURE && d.name().endsWith("自治州")),
  AUTONOMOUS_COUNTY("自治县", d -> d.kind() == DivisionKind.COUNTY && d.name().endsWith("自治县")),
  STREET("街道", d -> d.kind() == DivisionKind.TOWNSHIP && d.name().endsWith("街道")),
  PROVINCE("省", d -> d.kind() == DivisionKind.PROVINCE && d.name().endsWith("省")),
  // 市 stands for a municipality, a prefecture-level city or a county-level city.
  CITY("市", d -> d.kind() != DivisionKind.TOWNSHIP && d.name().endsWith("市")),
  COUNTY("县", d -> d.kind() == DivisionKind.COUNTY && d.name().endsWith("县")),
  DISTRICT("区", d -> d.kind() == DivisionKind.COUNTY && d.name().endsWith("区")),
  PREFECTURE("州", d -> d.kind() == DivisionKind.PREFECTURE && d.name().endsWith("州")),
  BANNER("旗", d -> d.kind() == DivisionKind.COUNTY && d.name().endsWith("旗")),
  LEAGUE("盟", d -> d.kind() == DivisionKind.PREFECTURE && d.name().endsWith("盟")),
  TOWN("镇", d -> d.kind() == DivisionKind.TOWNSHIP && d.name().endsWith("镇")),
  TOWNSHIP("乡", d -> d.kind() == DivisionKind.TOWNSHIP && d.name().endsWith("乡"));

  /** Words that start with a level character but are not shorthand: 市场监督管理局, 乡村振兴局. */
  private static final List<String> NOT_SHORTHAND = List.of("市场", "乡村", "区域", "县域", "州府");

  private final String word;
  private final Predicate<Division> fits;

  LevelWord(String word, Predicate<Division> fits) {
    this.word = word;
    this.fits = fits;
  }

  String word() {
    return word;
  }

  boolean fits(Division d) {
    return fits.test(d);
  }

  /**
   * The level word {@code agency} starts with, or null. Constants are declared longest word first.
   */
  static LevelWord leading(String agency) {
    if (NOT_SHORTHAND.stream().anyMatch(agency::startsWith)) {
      return null;
    }
    for (LevelWord w : values()) {
      if (agency.startsWith(w.word) && agency.length() > w.word.length()) {
        return w;
      }
    }
    return null;
  }
}
