package org.nianbao.search;

import java.util.List;

/**
 * A passage of report text with the query's matches marked, kept as segments so each front end
 * escapes and marks it in its own way (HTML, terminal, JSON).
 */
public record Snippet(List<Segment> segments) {

  public static final Snippet EMPTY = new Snippet(List.of());

  /** A run of text; {@code highlighted} when it matched the query. */
  public record Segment(String text, boolean highlighted) {}

  public Snippet {
    segments = List.copyOf(segments);
  }

  /** The passage with matches wrapped in {@code open} … {@code close}, text not escaped. */
  public String render(String open, String close) {
    StringBuilder out = new StringBuilder();
    for (Segment segment : segments) {
      out.append(segment.highlighted() ? open + segment.text() + close : segment.text());
    }
    return out.toString();
  }

  public boolean isEmpty() {
    return segments.isEmpty();
  }
}
