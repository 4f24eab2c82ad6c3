package org.nianbao.extract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.model.Part;
import org.nianbao.schema.Numerals;
import org.nianbao.source.Deadline;

/**
 * Splits a report's lines into the text before the first part, the six parts and added parts, by
 * their headings, whatever the numbering (二、 / 2、 / （3） / none) and even when a heading is broken
 * over two lines.
 *
 * <p>Part headings and the subsections inside 总体情况 look alike (（一）主动公开情况 is a subsection, 二、主动公开 a
 * part), so: the first part heading found fixes the numbering style of parts; later headings in a
 * bracketed style are taken only when the parts use it too. Parts are taken in template order only,
 * so a later mention cannot reopen an earlier part. A top-level numbered line that is no known part
 * (古县's 五、全面提升政务服务效能) starts an added part.
 */
final class PartSplitter {

  /** Top-level numbering: 二、 2、 2. 第二部分; bracketed: （二） (2) （3）. */
  private static final Pattern TOP =
      Pattern.compile(
          "^(?:第([一二三四五六七八九十]+)部分|([一二三四五六七八九十]+)\\s*[、.．]|([0-9]{1,2})\\s*[、．]|([0-9]{1,2})\\.(?![0-9]))\\s*");

  private static final Pattern BRACKETED =
      Pattern.compile("^[（(]\\s*([一二三四五六七八九十]+|[0-9]{1,2})\\s*[)）]\\s*");
  private static final int MAX_HEADING = 40;

  enum Numbering {
    TOP,
    BRACKETED,
    NONE
  }

  /** A recognised heading line. */
  record Heading(int line, int lines, Part part, String text, Numbering numbering, int number) {}

  record Split(
      String preamble, Map<Part, String> parts, List<Section> extra, List<Heading> headings) {}

  record Section(String heading, String text) {}

  private PartSplitter() {}

  static Split split(List<String> lines, int firstBodyLine) {
    List<Heading> headings = findHeadings(lines, firstBodyLine);
    String preamble =
        join(lines, firstBodyLine, headings.isEmpty() ? lines.size() : headings.get(0).line());
    Map<Part, String> parts = new EnumMap<>(Part.class);
    List<Section> extra = new ArrayList<>();
    for (int i = 0; i < headings.size(); i++) {
      Heading heading = headings.get(i);
      int end = i + 1 < headings.size() ? headings.get(i + 1).line() : lines.size();
      String text = join(lines, heading.line() + heading.lines(), end);
      if (heading.part() != null) {
        parts.put(heading.part(), text);
      } else {
        extra.add(new Section(heading.text(), text));
      }
    }
    return new Split(preamble, parts, extra, headings);
  }

  private static List<Heading> findHeadings(List<String> lines, int from) {
    List<Heading> headings = new ArrayList<>();
    Numbering partStyle = null;
    int lastPart = -1;
    for (int i = from; i < lines.size(); i++) {
      Deadline.check();
      String line = lines.get(i);
      if (line.isBlank() || line.contains("\t") || line.contains("|")) {
        continue; // table cells and rows are never headings
      }
      Candidate candidate = candidate(line.strip());
      if (candidate == null) {
        continue;
      }
      int consumed = 1;
      Part part = matchPart(candidate);
      if (part == null && candidate.numbering() != Numbering.NONE && i + 1 < lines.size()) {
        // A heading broken over lines: 三、收到和处理政府信息公开申请 / 情况
        String next = lines.get(i + 1).strip();
        if (!next.isEmpty() && next.length() <= 12 && !next.contains("\t")) {
          Candidate joined =
              new Candidate(
                  candidate.text() + Labels.normalize(next),
                  candidate.numbering(),
                  candidate.number());
          Part joinedPart = matchPart(joined);
          if (joinedPart != null) {
            candidate = joined;
            part = joinedPart;
            consumed = 2;
          }
        }
      }
      if (part != null && consumed == 1 && brokenTail(candidate, lines, i + 1)) {
        consumed = 2; // 三、收到和处理政府信息公开申请 / 情况: the tail belongs to the heading
      }
      if (part != null) {
        // Parts share one numbering style: 1. 主动公开情况 inside （一）总体情况 is a subsection.
        boolean styleFits =
            partStyle == null
                || candidate.numbering() == partStyle
                || candidate.numbering() == Numbering.NONE
                || partStyle == Numbering.NONE;
        if (part.ordinal() > lastPart && styleFits) {
          if (partStyle == null) {
            partStyle = candidate.numbering();
          }
          headings.add(
              new Heading(
                  i, consumed, part, line.strip(), candidate.numbering(), candidate.number()));
          lastPart = part.ordinal();
          i += consumed - 1;
        }
      } else if (isAddedPart(candidate, headings, partStyle)) {
        headings.add(
            new Heading(i, 1, null, line.strip(), candidate.numbering(), candidate.number()));
      }
    }
    return headings;
  }

  private record Candidate(String text, Numbering numbering, int number) {}

  private static Candidate candidate(String line) {
    if (line.length() > MAX_HEADING + 6) {
      return null;
    }
    Matcher top = TOP.matcher(line);
    Matcher bracketed = BRACKETED.matcher(line);
    Candidate c;
    if (top.find()) {
      String numeral = firstNonNull(top.group(1), top.group(2), top.group(3), top.group(4));
      c = new Candidate(line.substring(top.end()), Numbering.TOP, Numerals.value(numeral));
    } else if (bracketed.find()) {
      c =
          new Candidate(
              line.substring(bracketed.end()),
              Numbering.BRACKETED,
              Numerals.value(bracketed.group(1)));
    } else {
      c = new Candidate(line, Numbering.NONE, -1);
    }
    String text = Labels.normalize(c.text()).replaceAll("[。：:．.；;]+$", "");
    if (text.isEmpty() || text.length() > MAX_HEADING || text.contains("。")) {
      return null;
    }
    return new Candidate(text, c.numbering(), c.number());
  }

  /** Whether a line, on its own, is a part heading (一、总体情况, 二、主动公开政府信息情况 …). */
  static boolean isPartHeading(String line) {
    if (line.contains("\t") || line.contains("|")) {
      return false;
    }
    Candidate candidate = candidate(line.strip());
    return candidate != null && matchPart(candidate) != null;
  }

  /**
   * The part a heading names, in the 2021 template's words and in those of the formats before it
   * (一、概述 … 三、依申请公开政府信息情况 … 五、因政府信息公开申请行政复议、提起行政诉讼的情况 …). Loose names (主动公开) count only with
   * top-level numbering.
   */
  private static Part matchPart(Candidate c) {
    String t = c.text();
    boolean top = c.numbering() == Numbering.TOP;
    boolean numbered = c.numbering() != Numbering.NONE;
    if (t.equals("总体情况")
        || t.startsWith("总体情况") && numbered
        || top
            && (t.equals("概述")
                || t.equals("概况")
                || t.equals("总体概况")
                || t.equals("工作概述")
                || t.equals("基本情况"))) {
      return Part.OVERVIEW;
    }
    if (t.contains("主动公开政府信息") && (numbered || t.length() <= 16)
        || top && t.contains("主动公开") && t.length() <= 16 && !t.contains("依申请")) {
      return Part.ACTIVE;
    }
    if (t.contains("收到和处理") && t.contains("申请") && (numbered || t.length() <= 20)
        || top && t.contains("依申请公开") && t.length() <= 24
        || top && t.contains("申请") && (t.contains("办理") || t.contains("处理")) && t.length() <= 20) {
      return Part.REQUESTS;
    }
    if (t.contains("行政复议") && (numbered || t.length() <= 30)
        || top && t.contains("复议") && t.contains("诉讼")) {
      return Part.REVIEW_LITIGATION;
    }
    if ((t.contains("存在的主要问题") || t.contains("存在问题") && t.contains("改进"))
            && (numbered || t.length() <= 25)
        || top && t.contains("主要问题") && t.length() <= 30) {
      return Part.PROBLEMS;
    }
    if (t.contains("其他需要报告") && (numbered || t.length() <= 14)
        || top && (t.contains("需要说明的事项") || t.contains("其他需要说明")) && t.length() <= 20) {
      return Part.OTHER;
    }
    return null;
  }

  /**
   * 五、全面提升政务服务效能: top-level numbered with a Chinese numeral, after a part, short, numbered after
   * the heading before it, and not a table label such as 四、结转下年度继续办理.
   */
  private static boolean isAddedPart(Candidate c, List<Heading> headings, Numbering partStyle) {
    if (c.numbering() == Numbering.NONE
        || c.numbering() != partStyle
        || headings.isEmpty()
        || c.text().length() > 24) {
      return false;
    }
    if (c.text().matches(".*(本年新收|上年结转|结转下年|办理结果|[0-9]{2,}).*")) {
      return false;
    }
    return c.number() > headings.get(headings.size() - 1).number() && c.number() >= 2;
  }

  /** The line after a heading that names a part is the rest of it: short, no sentence (情况, 事项). */
  private static boolean brokenTail(Candidate heading, List<String> lines, int next) {
    if (next >= lines.size() || heading.text().endsWith("情况") || heading.text().endsWith("事项")) {
      return false;
    }
    String tail = lines.get(next).strip();
    return !tail.isEmpty()
        && tail.length() <= 6
        && tail.matches("[\\u3400-\\u9fff]+")
        && (tail.endsWith("情况") || tail.endsWith("事项"));
  }

  private static String join(List<String> lines, int from, int to) {
    // Only blank lines are trimmed: a leading TAB marks the first cell of a DOCX table.
    return String.join("\n", lines.subList(Math.min(from, to), to))
        .replaceAll("^(?:[ \u3000]*\n)+", "")
        .stripTrailing();
  }

  private static String firstNonNull(String... values) {
    for (String value : values) {
      if (value != null) {
        return value;
      }
    }
    return null;
  }
}
