package org.nianbao.web;

import org.nianbao.model.Part;

/** The Chinese name of the place in a report where a query matched (a Hit's part key). */
final class PartNames {

  private PartNames() {}

  static String of(String key) {
    if (key == null) {
      return null;
    }
    return switch (key) {
      case "title" -> "标题";
      case "preamble" -> "引言";
      case "agency" -> "机关";
      case "extra" -> "其他增设部分";
      case "tables" -> "统计表";
      default -> {
        try {
          yield Part.fromKey(key).heading();
        } catch (IllegalArgumentException e) {
          yield key;
        }
      }
    };
  }
}
