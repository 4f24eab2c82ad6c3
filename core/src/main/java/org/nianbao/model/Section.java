package org.nianbao.model;

import java.util.Optional;

/**
 * Where in a report something stands: the title, the text before part one, one of the six {@link
 * Part}s, the added parts, or the three tables. A search hit names the section its passage comes
 * from with it; {@link #key()} is the value the JSON and the index carry.
 */
public enum Section {
  TITLE("title", "标题", null),
  PREAMBLE("preamble", "引言", null),
  OVERVIEW(Part.OVERVIEW),
  ACTIVE(Part.ACTIVE),
  REQUESTS(Part.REQUESTS),
  REVIEW_LITIGATION(Part.REVIEW_LITIGATION),
  PROBLEMS(Part.PROBLEMS),
  OTHER(Part.OTHER),
  EXTRA("extra", "其他增设部分", null),
  TABLES("tables", "统计表", null);

  private final String key;
  private final String label;
  private final Part part;

  Section(String key, String label, Part part) {
    this.key = key;
    this.label = label;
    this.part = part;
  }

  Section(Part part) {
    this(part.key(), part.heading(), part);
  }

  /** The model's key: title, preamble, overview … other, extra, tables. */
  public String key() {
    return key;
  }

  /** How a reader names it: 标题, 引言, a part's heading (一、总体情况), 其他增设部分, 统计表. */
  public String label() {
    return label;
  }

  /** The part this section is, when it is one of the six. */
  public Optional<Part> part() {
    return Optional.ofNullable(part);
  }

  /**
   * The section with this key; throws for anything else (a stored value that is not a key is a
   * bug).
   */
  public static Section fromKey(String key) {
    for (Section section : values()) {
      if (section.key.equals(key)) {
        return section;
      }
    }
    throw new IllegalArgumentException("unknown section: " + key);
  }
}
