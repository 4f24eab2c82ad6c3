package org.nianbao.region;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the agency and the reporting year from a report title such as "绥芬河市文体广电和旅游局 2023
 * 年政府信息公开工作年度报告". Stateless and thread-safe.
 */
public final class TitleParser {

  /** 政府信息公开工作年度报告, 政府信息公开年度报告, 信息公开工作报告, 政府信息公开工作报告 … */
  private static final String REPORT = "(?:政府)?信息公开(?:工作)?(?:年度)?(?:工作)?(?:情况)?(?:报告|年报)";

  private static final String YEAR = "(?<year>(?:19|20)\\d{2})\\s*年度?";

  /** Tried in order; the agency group may be empty when the title gives none. */
  private static final List<Pattern> SHAPES =
      List.of(
          // <agency><year>年(度)政府信息公开工作年度报告
          Pattern.compile("^(?<agency>.*?)" + YEAR + REPORT),
          // <year>年<agency>政府信息公开工作年度报告
          Pattern.compile("^" + YEAR + "(?<agency>.+?)" + REPORT),
          // <agency>政府信息公开工作年度报告（<year>年度）
          Pattern.compile("^(?<agency>.+?)" + REPORT + "[（(]" + YEAR + "[）)]"));

  private static final Pattern ANY_YEAR = Pattern.compile("(20\\d{2})年");
  private static final Pattern SPACE = Pattern.compile("[\\s\\u3000]+");

  /** 教育部办公厅关于2017年教育部政府信息公开工作年度报告的公告: the report is the inner title. */
  private static final Pattern ANNOUNCEMENT = Pattern.compile("^.*?关于(.+报告)的(?:公告|通知|通报)$");

  /** Markdown heading marks, book-title marks and quotes around the title. */
  private static final Pattern WRAPPING = Pattern.compile("^[#《“\"]+|[》”\"]+$");

  public ParsedTitle parse(String title) {
    if (title == null) {
      return new ParsedTitle(null, null);
    }
    String text =
        WRAPPING.matcher(SPACE.matcher(halfWidthDigits(title)).replaceAll("")).replaceAll("");
    Matcher announcement = ANNOUNCEMENT.matcher(text);
    if (announcement.matches()) {
      text = announcement.group(1);
    }
    for (Pattern shape : SHAPES) {
      Matcher m = shape.matcher(text);
      if (m.find()) {
        return new ParsedTitle(agency(m.group("agency")), Integer.valueOf(m.group("year")));
      }
    }
    Matcher year = ANY_YEAR.matcher(text);
    return new ParsedTitle(null, year.find() ? Integer.valueOf(year.group(1)) : null);
  }

  private static String agency(String raw) {
    if (raw == null || raw.isEmpty()) {
      return null;
    }
    // "XX县人民政府信息公开…" leaves 人民 when the title does not repeat 政府.
    return raw.endsWith("人民") ? raw + "政府" : raw;
  }

  private static String halfWidthDigits(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      out.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c);
    }
    return out.toString();
  }
}
