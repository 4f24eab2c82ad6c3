package org.nianbao.extract;

import java.util.regex.Pattern;

/**
 * Removes what text extraction adds and a report never says: Windows line ends, a BOM, Markdown
 * heading and bold markers, Word bookmarks, non-breaking spaces. Keeps tabs and line structure,
 * which the table reader needs.
 */
final class TextCleaner {

  private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark: [^\\]]*\\]");
  private static final Pattern MARKDOWN_HEADING = Pattern.compile("(?m)^[ \\t]*#{1,6}[ \\t]+");
  private static final Pattern BOLD = Pattern.compile("\\*\\*");
  private static final Pattern CJK_GAP =
      Pattern.compile("(?<=[\\u3400-\\u9fff]) (?=[\\u3400-\\u9fff])");

  private TextCleaner() {}

  static String clean(String raw) {
    String text = raw.replace("\r\n", "\n").replace('\r', '\n');
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    text = text.replace('\u00A0', ' ').replace("\u200B", "").replace('\f', '\n');
    // Each removal only where its first character stands at all: most texts have none of them.
    if (text.contains("[bookmark: ")) {
      text = BOOKMARK.matcher(text).replaceAll("");
    }
    if (text.indexOf('#') >= 0) {
      text = MARKDOWN_HEADING.matcher(text).replaceAll("");
    }
    return text.contains("**") ? BOLD.matcher(text).replaceAll("") : text;
  }

  /**
   * Prose for display and search: PDF extraction breaks lines (and pages) inside sentences and puts
   * spaces between characters; joined back, a phrase search finds 积极探索 even where the page broke it
   * as 积 / 极探索. A line is joined to the next when it is long (a wrapped line, not a heading) and
   * ends inside a sentence.
   */
  static String prose(String text) {
    String[] lines = text.split("\n", -1);
    StringBuilder out = new StringBuilder(text.length());
    String pending = null;
    for (String rawLine : lines) {
      String line = rawLine.strip();
      if (line.isEmpty()) {
        if (pending != null && !endsInsideSentence(pending)) {
          out.append(pending).append('\n');
          pending = null;
        }
        continue;
      }
      if (pending == null) {
        pending = line;
      } else if (endsInsideSentence(pending) && startsWithCjk(line)) {
        pending = pending + line;
      } else {
        out.append(pending).append('\n');
        pending = line;
      }
    }
    if (pending != null) {
      out.append(pending).append('\n');
    }
    String joined = out.toString().strip();
    return joined.indexOf(' ') >= 0 ? CJK_GAP.matcher(joined).replaceAll("") : joined;
  }

  private static boolean endsInsideSentence(String line) {
    if (line.length() < 30) {
      return false;
    }
    char last = line.charAt(line.length() - 1);
    return isCjk(last) || last == '，' || last == '、';
  }

  private static boolean startsWithCjk(String line) {
    return isCjk(line.charAt(0));
  }

  static boolean isCjk(char c) {
    return c >= '\u3400' && c <= '\u9fff';
  }

  /** Removes whitespace between CJK characters and digits, as in titles split by PDF extraction. */
  static String squeezeSpaces(String text) {
    return text.replaceAll("(?<=[\\u3400-\\u9fff0-9（）()])\\s+(?=[\\u3400-\\u9fff0-9（）()])", "")
        .strip();
  }
}
