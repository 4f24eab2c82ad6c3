package org.nianbao.extract;

import java.util.List;
import java.util.Optional;

/**
 * Finds the report's title among its first lines: the line naming 信息公开 … 报告, joined with the
 * line above when the title is set over two lines (古县文化和旅游局 / 2022年政府信息公开工作年度报告)
 * or with the line below when it breaks before 报告. Web pages put navigation first, so the first
 * {@value #WINDOW} non-blank lines are searched.
 */
final class TitleFinder {

  private static final int WINDOW = 30;
  private static final int MAX_TITLE = 80;

  /** The title as one line, and the index of the first line after it. */
  record TitleLines(String text, int endLine) {}

  private TitleFinder() {}

  static Optional<TitleLines> find(List<String> lines) {
    int previous = -1;
    int seen = 0;
    for (int i = 0; i < lines.size() && seen < WINDOW; i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty()) {
        continue;
      }
      seen++;
      if (isTitleLike(line) && line.contains("信息公开")) {
        if (line.contains("报告")) {
          boolean agencyAbove = previous >= 0 && (startsWithYearOrReport(line)) && isAgencyLine(lines.get(previous).strip());
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

  private static boolean isTitleLike(String line) {
    return line.length() <= MAX_TITLE && !line.contains("。") && !line.contains("\t") && !line.contains("|");
  }

  private static boolean startsWithYearOrReport(String line) {
    return line.matches("^(?:20\\d{2}\\s*年|政府信息公开|信息公开).*");
  }

  private static boolean isAgencyLine(String line) {
    return line.length() <= 30 && !line.contains("报告") && !line.contains("。") && !line.contains("，")
        && line.chars().anyMatch(c -> TextCleaner.isCjk((char) c));
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
  private static String tidy(String title) {
    String text = TextCleaner.squeezeSpaces(title);
    int cut = text.lastIndexOf("报告");
    for (String separator : new String[] {"_", "－", " - ", "|"}) {
      int at = text.indexOf(separator, Math.max(cut, 0));
      if (cut >= 0 && at > cut) {
        text = text.substring(0, at).strip();
      }
    }
    return text;
  }
}
