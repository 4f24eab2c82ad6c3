package org.nianbao.region;

/**
 * The tier of a division in the gazetteer tree (not the model's {@code Level}, which depends on
 * context).
 */
public enum DivisionKind {
  /** 省, 自治区, 直辖市. */
  PROVINCE,
  /** 地级: 地级市, 地区, 自治州, 盟. */
  PREFECTURE,
  /** 县级: 市辖区, 县, 县级市, 旗, 自治县 …; may sit directly under a province. */
  COUNTY,
  /** 乡级: 乡, 镇, 街道, 苏木. */
  TOWNSHIP
}
