package org.nianbao.bench.load;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One request of the query mix: the words (empty for a filters-only listing), the filters, and the
 * page. Every request asks for what the search page shows: top 10, facet counts, highlighted
 * passages.
 *
 * @param kind rare, common, oov, phrase, filtered, empty or deep: what the query exercises
 */
public record BenchQuery(
    String kind,
    String q,
    Integer year,
    String region,
    String level,
    String sector,
    String flag,
    int page) {

  public static final int SIZE = 10;

  /** The words the query must all match, as the API splits them (quoted phrases kept whole). */
  public List<String> words() {
    List<String> words = new ArrayList<>();
    String rest = q.strip();
    while (!rest.isEmpty()) {
      if (rest.startsWith("\"")) {
        int end = rest.indexOf('"', 1);
        end = end < 0 ? rest.length() : end;
        words.add(rest.substring(1, end));
        rest = end + 1 >= rest.length() ? "" : rest.substring(end + 1).strip();
      } else {
        int space = rest.indexOf(' ');
        words.add(space < 0 ? rest : rest.substring(0, space));
        rest = space < 0 ? "" : rest.substring(space + 1).strip();
      }
    }
    return words;
  }

  /** The query string of {@code /api/v1/search}. */
  public String apiQueryString() {
    StringBuilder s = new StringBuilder("q=").append(enc(q));
    if (year != null) {
      s.append("&year=").append(year);
    }
    if (region != null) {
      s.append("&region=").append(enc(region));
    }
    if (level != null) {
      s.append("&level=").append(level);
    }
    if (sector != null) {
      s.append("&sector=").append(enc(sector));
    }
    if (flag != null) {
      s.append("&flag=").append(flag);
    }
    if (page > 1) {
      s.append("&page=").append(page);
    }
    return s.append("&size=").append(SIZE).toString();
  }

  /** A short readable label for tables: 抖音 year=2023 region=山东省 page=3. */
  public String label() {
    StringBuilder s = new StringBuilder(q.isEmpty() ? "(empty)" : q);
    if (year != null) {
      s.append(" year=").append(year);
    }
    if (region != null) {
      s.append(" region=").append(region);
    }
    if (level != null) {
      s.append(" level=").append(level);
    }
    if (sector != null) {
      s.append(" sector=").append(sector);
    }
    if (flag != null) {
      s.append(" flag=").append(flag);
    }
    if (page > 1) {
      s.append(" page=").append(page);
    }
    return s.toString();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
