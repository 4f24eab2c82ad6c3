package org.nianbao.model;

import java.util.Locale;

/** The administrative level of the publishing body; {@link #key()} is the model's JSON value. */
public enum Level {
  CENTRAL("中央"),
  PROVINCE("省级"),
  CITY("市级"),
  COUNTY("县级"),
  TOWNSHIP("乡镇");

  private final String label;

  Level(String label) {
    this.label = label;
  }

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** A Chinese label for display. */
  public String label() {
    return label;
  }

  /** Parses a JSON value such as {@code county}; null for null. */
  public static Level fromKey(String key) {
    if (key == null) {
      return null;
    }
    for (Level level : values()) {
      if (level.key().equals(key)) {
        return level;
      }
    }
    throw new IllegalArgumentException(
        "unknown level: " + key + " (expected central, province, city, county or township)");
  }
}
