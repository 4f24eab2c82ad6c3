package org.nianbao.search;

import java.util.Locale;

/** Result order; {@link #key()} is the value of the {@code sort} URL parameter. */
public enum SortOrder {
  RELEVANCE,
  YEAR_DESC,
  YEAR_ASC;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static SortOrder fromKey(String key) {
    for (SortOrder order : values()) {
      if (order.key().equals(key)) {
        return order;
      }
    }
    throw new IllegalArgumentException("sort must be relevance, year_desc or year_asc, got " + key);
  }
}
