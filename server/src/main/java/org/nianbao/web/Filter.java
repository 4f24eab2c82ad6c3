package org.nianbao.web;

import org.nianbao.model.Level;

/**
 * The filters of a search, each a URL parameter and a facet dimension of the same name, with the
 * Chinese name the sidebar shows and how one value reads on a chip.
 */
enum Filter {
  YEAR("year", "年度"),
  REGION("region", "地区"),
  AGENCY("agency", "机关"),
  SECTOR("sector", "领域"),
  LEVEL("level", "层级"),
  FLAG("flag", "勾稽问题");

  private final String key;
  private final String label;

  Filter(String key, String label) {
    this.key = key;
    this.label = label;
  }

  /** The URL parameter and the facet dimension. */
  String key() {
    return key;
  }

  /** The sidebar heading. */
  String label() {
    return label;
  }

  /** How a value reads to a user: 2023年, 山东省 › 淄博市, 县级, R1 申请数量不平衡. */
  String display(String value) {
    return switch (this) {
      case YEAR -> value + "年";
      case REGION -> value.replace("/", " › ");
      case LEVEL -> levelLabel(value);
      case FLAG -> value + " " + FlagRules.shortName(value);
      default -> value;
    };
  }

  private static String levelLabel(String key) {
    try {
      Level level = Level.fromKey(key);
      return level == null ? key : level.label();
    } catch (IllegalArgumentException e) {
      return key;
    }
  }
}
