package org.nianbao.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the report's title among the page's header lines: the line naming 信息公开 … 报告, joined with
 * the line above when the title is set over two lines (古县文化和旅游局 / 2022年政府信息公开工作年度报告) or with the
 * line below when it breaks before 报告 (…政府信息公开工作 / 年度报告). Also finds a title glued to the first
 * sentence of the body (铁锁乡2021年度政府信息公开工作年度报告根据…).
 */
final class TitleFinder {

  private static final int WINDOW = 30;
  private static final int MAX_TITLE = 80;

  /** A report title at the start of a longer line: up to …报告 (with the year before it). */
  private static final Pattern GLUED =
      Pattern.compile(
          "^(.{0,40}?(?:19|20)\\d{2}\\s*年度?.{0,12}?信息公开(?:工作)?(?:年度)?(?:工作)?报告)(?=[^》”」）)]).{10,}");

  /** The title as one line, and the index of the first line after it. */
  record TitleLines(String text, int endLine) {}

  private TitleFinder() {}

  /** Whether the line reads as a report title: short, no sentence, naming 信息公开 … 报告. */
  static boolean isTitleLine(String line) {
    String text = line.strip();
    return isTitleLike(text)
        && text.contains("信息公开")
        && text.contains("报告")
        && !PageChrome.isBreadcrumb(text)
        && !PageFacts.isMetadataLine(text);
  }

  static Optional<TitleLines> find(List<String> lines) {
    int previous = -1;
    int seen = 0;
    for (int i = 0; i < lines.size() && seen < WINDOW; i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.equals(Lines.TABLE)) {
        continue;
      }
      seen++;
      if (isTitleLike(line)
          && line.contains("信息公开")
          && !PageChrome.isBreadcrumb(line)
          && !PageFacts.isMetadataLine(line)) {
        if (line.contains("报告")) {
          boolean agencyAbove =
              previous >= 0
                  && startsWithYearOrReport(line)
                  && isAgencyLine(lines.get(previous).strip());
          String text = agencyAbove ? lines.get(previous).strip() + line : line;
          return Optional.of(new TitleLines(tidy(text), i + 1));
        }
        int next = nextNonBlank(lines, i + 1);
        if (next >= 0 && lines.get(next).strip().length() <= 12 && lines.get(next).contains("报告")) {
          return Optional.of(new TitleLines(tidy(line + lines.get(next).strip()), next + 1));
        }
      }
      previous = i;
    }
    return Optional.empty();
  }

  /** A title glued to the sentence after it, and the sentence: 铁锁乡2021年度…年度报告 / 根据…. */
  record Glued(String title, String rest) {}

  static Optional<Glued> glued(String line) {
    Matcher m = GLUED.matcher(line.strip());
    if (!m.find()) {
      return Optional.empty();
    }
    String title = m.group(1);
    // Inside a sentence (现将…年度报告公布如下, 《…报告》) the title is quoted, not glued.
    if (title.contains("《")
        || title.contains("“")
        || title.matches(".*(?:现将|现公布|现发布|特向|公布|发布|编制|根据|关于).*")) {
      return Optional.empty();
    }
    return Optional.of(new Glued(tidy(title), line.strip().substring(m.end(1)).strip()));
  }

  private static boolean isTitleLike(String line) {
    return line.length() <= MAX_TITLE
        && !line.contains("。")
        && !line.contains("，")
        && !line.contains("\t")
        && !line.contains("|");
  }

  private static boolean startsWithYearOrReport(String line) {
    return line.matches("^(?:(?:19|20)\\d{2}\\s*年|政府信息公开|信息公开).*");
  }

  private static boolean isAgencyLine(String line) {
    return line.length() <= 30
        && !line.contains("报告")
        && !line.contains("。")
        && !line.contains("，")
        && line.chars().anyMatch(c -> TextCleaner.isCjk((char) c))
        && !PageFacts.isMetadataLine(line)
        && !PageChrome.isChrome(line);
  }

  private static int nextNonBlank(List<String> lines, int from) {
    for (int i = from; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        return i;
      }
    }
    return -1;
  }

  /** Joins the spaces PDF extraction leaves (绥芬河市…局 2023 年…) and drops a site-name suffix. */
  static String tidy(String title) {
    String text = TextCleaner.squeezeSpaces(title);
    int cut = text.lastIndexOf("报告");
    for (String separator : new String[] {"_", "－", " - ", "-", "|", "——"}) {
      int at = text.indexOf(separator, Math.max(cut, 0));
      if (cut >= 0 && at > cut) {
        text = text.substring(0, at).strip();
      }
    }
    return text;
  }
}
