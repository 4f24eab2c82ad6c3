package org.nianbao.search;

import java.util.Locale;
import java.util.Optional;

/** Result order; {@link #key()} is the value of the {@code sort} URL parameter. */
public enum SortOrder {
  RELEVANCE,
  YEAR_DESC,
  YEAR_ASC;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The order with this key, in any case (YEAR_DESC is year_desc). */
  public static Optional<SortOrder> find(String key) {
    for (SortOrder order : values()) {
      if (order.key().equalsIgnoreCase(key == null ? "" : key.strip())) {
        return Optional.of(order);
      }
    }
    return Optional.empty();
  }
}
