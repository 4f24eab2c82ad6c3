package org.nianbao.extract;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.model.Clue;
import org.nianbao.model.ClueSource;

/**
 * The reporting year when no title gives it: the statistics period (统计期限自2023年1月1日起), a sentence
 * naming the year's report (公布2023年度…报告, 2023年度我局…), or the year that opens the most sentences of
 * the report (2023年，我局…). Dates of laws and earlier documents (2008年5月1日起) are never taken: only
 * the year the report's own sentences are about.
 */
final class YearFinder {

  private static final Pattern STATISTICS =
      Pattern.compile(
          "(?:统计期限|统计时限|统计时间|统计数据|统计区间|所列数据)[^。]{0,12}?((?:19|20)\\d{2})\\s*年\\s*1\\s*月\\s*1\\s*日");
  private static final Pattern PERIOD =
      Pattern.compile(
          "((?:19|20)\\d{2})\\s*年\\s*1\\s*月\\s*1\\s*日\\s*(?:起\\s*)?(?:至|到|—|-)\\s*(?:\\1\\s*年\\s*)?12\\s*月\\s*31\\s*日");
  private static final Pattern REPORT_YEAR =
      Pattern.compile(
          "((?:19|20)\\d{2})\\s*年度?(?:[^，。,；]{0,16}?)(?:政府)?信息公开(?:工作)?(?:年度)?(?:工作)?(?:情况)?(?:报告|年报)");

  /** A sentence that opens with its year: 2023年，… / 2023年以来 / 2023年度我局. */
  private static final Pattern OPENING_YEAR =
      Pattern.compile("(?:^|[。；\\n])\\s*((?:19|20)\\d{2})\\s*年(?:度|以来|全年)?(?=[，,、\\p{IsHan}])");

  private static final int OPENING = 4000;

  private YearFinder() {}

  record Found(int year, Clue clue) {}

  static Optional<Found> find(String body, Optional<LocalDate> published) {
    Matcher m = STATISTICS.matcher(body);
    if (m.find()) {
      return Optional.of(
          new Found(
              Integer.parseInt(m.group(1)), new Clue(ClueSource.STATISTICS_PERIOD, m.group())));
    }
    m = PERIOD.matcher(body);
    if (m.find()) {
      return Optional.of(
          new Found(
              Integer.parseInt(m.group(1)), new Clue(ClueSource.STATISTICS_PERIOD, m.group())));
    }
    String opening = body.substring(0, Math.min(body.length(), OPENING));
    m = REPORT_YEAR.matcher(opening);
    while (m.find()) {
      int year = Integer.parseInt(m.group(1));
      if (plausible(year, published)) {
        return Optional.of(new Found(year, new Clue(ClueSource.BODY_SENTENCE, m.group())));
      }
    }
    return mostOpened(opening, published);
  }

  /**
   * The year that opens the most sentences, ties to the later year; never after the publication.
   */
  private static Optional<Found> mostOpened(String opening, Optional<LocalDate> published) {
    Map<Integer, Integer> counts = new HashMap<>();
    Map<Integer, String> evidence = new HashMap<>();
    Matcher m = OPENING_YEAR.matcher(opening);
    while (m.find()) {
      int year = Integer.parseInt(m.group(1));
      if (plausible(year, published)) {
        counts.merge(year, 1, Integer::sum);
        evidence.putIfAbsent(year, m.group().strip());
      }
    }
    return counts.entrySet().stream()
        .max(
            Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey()))
        .map(
            e ->
                new Found(
                    e.getKey(), new Clue(ClueSource.BODY_SENTENCE, evidence.get(e.getKey()))));
  }

  /** The first reports cover 2008; a report is published after its year ends. */
  private static boolean plausible(int year, Optional<LocalDate> published) {
    return year >= 2007 && published.map(date -> year < date.getYear()).orElse(true);
  }
}
