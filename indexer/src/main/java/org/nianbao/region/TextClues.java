package org.nianbao.region;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The place clues a report's contact lines carry: addresses (地址：淄博市张店区人民西路5号), postcodes
 * (邮编：255000) and telephone area codes (0533-2306878, （010）65123456).
 */
record TextClues(List<String> addresses, List<String> postcodes, List<String> areaCodes) {

  private static final Pattern ADDRESS =
      Pattern.compile("(?:地址|地点|住所|办公地点)[:：]?([^；;。，,\\n电邮]{2,40})");
  private static final Pattern POSTCODE = Pattern.compile("(?:邮编|邮政编码)[:：]?(\\d{6})(?!\\d)");
  // An area code is 0 + 2 digits (010, 020–029) or 0 + 3 digits, before a 7–8 digit number.
  private static final Pattern PHONE =
      Pattern.compile("(?<![\\d])[（(]?(0(?:[12]\\d|[3-9]\\d{2}))[）)]?[-－—‐ ]?(\\d{7,8})(?!\\d)");

  static TextClues in(String text) {
    return new TextClues(groups(ADDRESS, text), groups(POSTCODE, text), groups(PHONE, text));
  }

  private static List<String> groups(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return List.copyOf(found);
  }
}
