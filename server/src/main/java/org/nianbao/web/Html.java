package org.nianbao.web;

import org.nianbao.search.Snippet;

/** HTML escaping for text that goes into element content or quoted attribute values. */
public final class Html {

  private Html() {}

  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** A snippet as HTML: every character escaped, matches in {@code <mark>}. */
  public static String snippet(Snippet snippet) {
    StringBuilder out = new StringBuilder();
    for (Snippet.Segment segment : snippet.segments()) {
      if (segment.highlighted()) {
        out.append("<mark>").append(escape(segment.text())).append("</mark>");
      } else {
        out.append(escape(segment.text()));
      }
    }
    return out.toString();
  }
}
