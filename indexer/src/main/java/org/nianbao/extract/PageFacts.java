package org.nianbao.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a page's metadata block and header lines say: 标题 / 名称, 发布机构, 来源, the page date (发布时间 / 发布日期
 * / 公开日期 / 发文日期 / 时间 / 日期), and the breadcrumb. Sites lay the block out as "key: value" lines, as a
 * table (key | value | key | value), as bullets, or as keys and values separated only by spaces (索
 * 引 号 1133… 公开方式 主动公开); all are read the same way.
 *
 * @param title the 标题 / 名称 field
 * @param publisher the 发布机构 / 发文机构 field
 * @param source the 来源 / 信息来源 field
 * @param date the page's publication date
 * @param breadcrumb the breadcrumb line, when the page has one
 */
record PageFacts(
    Optional<String> title,
    Optional<String> publisher,
    Optional<String> source,
    Optional<LocalDate> date,
    Optional<String> breadcrumb) {

  static final PageFacts NONE =
      new PageFacts(
          Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  private enum Key {
    TITLE,
    PUBLISHER,
    SOURCE,
    DATE,
    IGNORED
  }

  /** Metadata field names, longest first; the characters of a name may be spaced out (索 引 号). */
  private static final Map<String, Key> KEYS = new LinkedHashMap<>();

  static {
    for (String name : List.of("信息名称", "文件名称", "标题", "名称", "题目")) {
      KEYS.put(name, Key.TITLE);
    }
    for (String name : List.of("发布机构", "发文机构", "发文机关", "发布单位", "发布部门", "公开主体", "主办单位")) {
      KEYS.put(name, Key.PUBLISHER);
    }
    for (String name : List.of("作者/来源", "信息来源", "文章来源", "稿件来源", "来源")) {
      KEYS.put(name, Key.SOURCE);
    }
    // Labels' rule: the page's publication date, never 生效/生成/成文 dates.
    for (String name : List.of("发布时间", "发布日期", "公开日期", "发文日期", "日期", "时间")) {
      KEYS.put(name, Key.DATE);
    }
    for (String name :
        List.of(
            "索引号", "信息索引", "文号", "发文字号", "主题分类", "题裁分类", "体裁分类", "组配分类", "信息分类", "内容分类", "所属主题",
            "主题词", "关键词", "公开方式", "公开范围", "公开时限", "效力属性", "有效性", "生效日期", "生效时间", "废止日期", "废止时间",
            "成文日期", "生成日期", "内容概述", "访问次数", "浏览次数", "点击数", "阅读", "字号", "字体", "分享", "背景色", "作者",
            "投稿", "责任编辑", "编辑", "有效")) {
      KEYS.put(name, Key.IGNORED);
    }
  }

  private static final Pattern KEY_PATTERN = keyPattern();

  /** A date key glued to the value before it (来源:州经信局时间:2022年01月26日): safe only with its colon. */
  private static final Pattern GLUED_DATE =
      Pattern.compile(
          "(?<!生效|废止|成文|生成|有效)(?:发布时间|发布日期|公开日期|发文日期|时间|日期)[:：]\\s*(?=(?:19|20)\\d{2})");

  /** Words a line may carry before its first key (中央政府门户网站 www.gov.cn 2013年03月29日 来源:…). */
  private static final int MAX_LEAD = 60;

  private static final Pattern DATE =
      Pattern.compile("(20\\d{2}|19\\d{2})\\s*[-年./／]\\s*(\\d{1,2})\\s*[-月./／]\\s*(\\d{1,2})");

  private static Pattern keyPattern() {
    List<String> alternatives = new ArrayList<>();
    KEYS.keySet().stream()
        .sorted((a, b) -> b.length() - a.length())
        .forEach(
            name -> {
              StringBuilder spaced = new StringBuilder();
              for (int i = 0; i < name.length(); i++) {
                if (i > 0) {
                  spaced.append("[ \\u3000]*");
                }
                spaced.append(Pattern.quote(String.valueOf(name.charAt(i))));
              }
              alternatives.add(spaced.toString());
            });
    // A key stands at the start, after a separator or a space, and is followed by a colon, a bar or
    // a space.
    return Pattern.compile(
        "(?:^|(?<=[\\s|｜•·\\-]))(" + String.join("|", alternatives) + ")\\s*(?:[:：|｜]|\\s|$)");
  }

  /**
   * Reads the facts from the header lines of a page (table rows given as their cells joined by " |
   * ").
   */
  static PageFacts read(List<String> headerLines) {
    Optional<String> title = Optional.empty();
    Optional<String> publisher = Optional.empty();
    Optional<String> source = Optional.empty();
    Optional<LocalDate> date = Optional.empty();
    Optional<String> breadcrumb = Optional.empty();
    for (String line : headerLines) {
      if (breadcrumb.isEmpty() && PageChrome.isBreadcrumb(line)) {
        breadcrumb = Optional.of(line.strip());
        continue;
      }
      for (Field field : fields(line)) {
        switch (field.key()) {
          case TITLE -> title = title.or(() -> nonEmpty(field.value()));
          case PUBLISHER -> publisher = publisher.or(() -> nonEmpty(field.value()));
          case SOURCE -> source = source.or(() -> nonEmpty(field.value()));
          case DATE -> date = date.or(() -> date(field.value()));
          case IGNORED -> {}
        }
      }
      if (date.isEmpty()) {
        // A bare date line under the title, 2021年02月01日来源:…, a date before the page's fields, or
        // a date key glued to the value before it; never the date of another key (生效日期).
        Matcher glued = GLUED_DATE.matcher(line);
        date =
            glued.find() ? date(line.substring(glued.end())) : lead(line).flatMap(PageFacts::date);
      }
    }
    return new PageFacts(title, publisher, source, date, breadcrumb);
  }

  /** Whether a line holds metadata fields (and so belongs to the page, not the report text). */
  static boolean isMetadataLine(String line) {
    return !fields(line).isEmpty();
  }

  private record Field(Key key, String value) {}

  private static List<Field> fields(String line) {
    String text = line.strip().replaceFirst("^[-•·*]\\s*", "");
    if (text.length() > 200 || text.contains("。")) {
      return List.of();
    }
    List<Field> fields = new ArrayList<>();
    Matcher m = KEY_PATTERN.matcher(text);
    List<int[]> spans = new ArrayList<>();
    List<Key> keys = new ArrayList<>();
    while (m.find()) {
      String name = m.group(1).replaceAll("[ \\u3000]", "");
      spans.add(new int[] {m.start(1), m.end()});
      keys.add(KEYS.get(name));
    }
    if (spans.isEmpty()
        || spans.get(0)[0] > 0
            && !startsWithDate(text)
            && !isShortLead(text.substring(0, spans.get(0)[0]))) {
      return List.of(); // a key opens the line, or follows a date or a few words of chrome
    }
    for (int i = 0; i < spans.size(); i++) {
      int valueEnd = i + 1 < spans.size() ? spans.get(i + 1)[0] : text.length();
      String value =
          text.substring(Math.min(spans.get(i)[1], valueEnd), valueEnd)
              .replaceAll("^[\\s|｜:：]+|[\\s|｜]+$", "");
      fields.add(new Field(keys.get(i), value));
    }
    return fields;
  }

  /** The text before a line's first metadata key, or the whole line when it is a bare date. */
  private static Optional<String> lead(String line) {
    String text = line.strip();
    if (startsWithDate(text) && !isMetadataLine(text)) {
      return Optional.of(text);
    }
    Matcher m = KEY_PATTERN.matcher(text);
    return m.find() && isShortLead(text.substring(0, m.start(1)))
        ? Optional.of(text.substring(0, m.start(1)))
        : Optional.empty();
  }

  private static boolean isShortLead(String lead) {
    return lead.length() <= MAX_LEAD && !lead.matches(".*[，。；,;].*");
  }

  private static boolean startsWithDate(String text) {
    Matcher m = DATE.matcher(text);
    return m.lookingAt();
  }

  private static Optional<String> nonEmpty(String value) {
    String v = value.strip();
    return v.isEmpty() ? Optional.empty() : Optional.of(v);
  }

  static Optional<LocalDate> date(String value) {
    Matcher m = DATE.matcher(value);
    if (!m.find()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          LocalDate.of(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3))));
    } catch (java.time.DateTimeException notADate) {
      return Optional.empty();
    }
  }
}
