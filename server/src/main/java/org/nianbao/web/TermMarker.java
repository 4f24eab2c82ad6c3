package org.nianbao.web;

import static org.nianbao.web.Html.escape;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Marks the words of a query in report text: each word (split at spaces, quotes dropped) is found
 * literally, Latin letters ignoring case; the text is escaped piece by piece and each match wrapped
 * in {@code <mark>}, so no markup from the text or the query can get through.
 */
final class TermMarker {

  private final List<String> words;

  TermMarker(String query) {
    List<String> found = new ArrayList<>();
    if (query != null) {
      for (String word : query.replace('"', ' ').replace('“', ' ').replace('”', ' ').strip().split("\\s+")) {
        if (!word.isEmpty() && !found.contains(word)) {
          found.add(word);
        }
      }
    }
    // Longest first, so 政务新媒体 wins over 政务 where both match at one place.
    found.sort(Comparator.comparingInt(String::length).reversed());
    this.words = List.copyOf(found);
  }

  boolean isEmpty() {
    return words.isEmpty();
  }

  /** The text as HTML: escaped, with each query word in {@code <mark>}. */
  String toHtml(String text) {
    if (text == null) {
      return "";
    }
    if (words.isEmpty()) {
      return escape(text);
    }
    StringBuilder out = new StringBuilder(text.length() + 64);
    int plainStart = 0;
    int i = 0;
    while (i < text.length()) {
      String match = matchAt(text, i);
      if (match == null) {
        i++;
        continue;
      }
      out.append(escape(text.substring(plainStart, i)))
          .append("<mark>").append(escape(text.substring(i, i + match.length()))).append("</mark>");
      i += match.length();
      plainStart = i;
    }
    out.append(escape(text.substring(plainStart)));
    return out.toString();
  }

  /** How many times the query's words occur in the text. */
  int count(String text) {
    if (text == null || words.isEmpty()) {
      return 0;
    }
    int n = 0;
    int i = 0;
    while (i < text.length()) {
      String match = matchAt(text, i);
      if (match == null) {
        i++;
      } else {
        n++;
        i += match.length();
      }
    }
    return n;
  }

  private String matchAt(String text, int at) {
    for (String word : words) {
      if (text.regionMatches(true, at, word, 0, word.length())) {
        return word;
      }
    }
    return null;
  }
}
