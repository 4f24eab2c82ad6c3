package org.nianbao.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.schema.Numerals;

/**
 * The date a report prints as its own: the signature date (a date alone on a line near the end),
 * else a date alone on a line under the title, else a web page's 发布日期/发布时间. Dates inside sentences
 * (统计期限自2023年1月1日起) are never taken.
 */
final class PublishedDateFinder {

  private static final String CN = "[〇零○O一二三四五六七八九十]";
  private static final Pattern ARABIC =
      Pattern.compile("^(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日$");
  private static final Pattern NUMERIC =
      Pattern.compile("^(\\d{4})\\s*[-./／]\\s*(\\d{1,2})\\s*[-./／]\\s*(\\d{1,2})$");
  private static final Pattern CHINESE =
      Pattern.compile("^(" + CN + "{4})\\s*年\\s*(" + CN + "{1,3})\\s*月\\s*(" + CN + "{1,3})\\s*日$");
  private static final Pattern WEB_LABEL =
      Pattern.compile(
          "(?:发布|成文|印发)(?:日期|时间)[:：]?\\s*(\\d{4})\\s*[-年./]\\s*(\\d{1,2})\\s*[-月./]\\s*(\\d{1,2})");

  /** How far from the end a signature may stand (lines). */
  private static final int SIGNATURE_WINDOW = 12;

  private static final int HEADER_WINDOW = 8;

  private PublishedDateFinder() {}

  static Optional<LocalDate> find(List<String> lines) {
    Optional<LocalDate> signature = standaloneWithin(lines.reversed(), SIGNATURE_WINDOW);
    if (signature.isPresent()) {
      return signature;
    }
    Optional<LocalDate> header = standaloneWithin(lines, HEADER_WINDOW);
    if (header.isPresent()) {
      return header;
    }
    for (String line : lines) {
      Matcher m = WEB_LABEL.matcher(line);
      if (m.find()) {
        return date(
            Integer.parseInt(m.group(1)),
            Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3)));
      }
    }
    return Optional.empty();
  }

  /** The first line that is only a date among the first {@code window} non-blank lines. */
  private static Optional<LocalDate> standaloneWithin(List<String> lines, int window) {
    return lines.stream()
        .filter(line -> !line.isBlank())
        .limit(window)
        .map(PublishedDateFinder::standalone)
        .flatMap(Optional::stream)
        .findFirst();
  }

  /** A line that is only a date, in Arabic, numeric or Chinese numerals. */
  static Optional<LocalDate> standalone(String line) {
    String text = line.strip();
    Matcher m = ARABIC.matcher(text);
    if (m.matches() || (m = NUMERIC.matcher(text)).matches()) {
      return date(
          Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }
    m = CHINESE.matcher(text);
    if (m.matches()) {
      return date(
          Numerals.value(m.group(1)), Numerals.value(m.group(2)), Numerals.value(m.group(3)));
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> date(int year, int month, int day) {
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException notADate) {
      return Optional.empty();
    }
  }
}
