package org.nianbao.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.model.Part;
import org.nianbao.scan.StartChars;
import org.nianbao.source.Block;
import org.nianbao.source.PageMetadata;
import org.nianbao.source.TableBlock;

/**
 * Decides whether a text is an annual report by its content, not by a title line: the 条例 citation,
 * the 年度报告 wording, the part headings, the statistics period, the template's tables. A text that
 * merely talks about reports (news, a notice asking for them, a 范文 to fill in, a list of reports,
 * the 条例 itself) is rejected with the reason.
 */
final class ReportRecognizer {

  private static final StartChars CITATION = StartChars.of(Pattern.compile("信息公开条例|《条例》"), "信《");
  private static final StartChars REPORT_WORDING =
      StartChars.of(Pattern.compile("本(?:年度)?报告|年度报告|信息公开年报|信息公开工作报告|信息公开报告|年度工作报告"), "本年信");
  private static final StartChars STATISTICS_PERIOD =
      StartChars.of(Pattern.compile("统计(?:期限|时限|时间|区间)|所列数据"), "统所");

  /** The body's own disclosure work: what a report is about, sentence after sentence. */
  private static final StartChars OWN_WORK =
      StartChars.of(Pattern.compile("主动公开|依申请|公开申请|信息公开工作|政务公开"), "主依公信政");

  private static final StartChars TEMPLATE_LABEL =
      StartChars.of(Pattern.compile("本年新收|上年结转|本年制发件数|本年新制作|予以公开|结果维持|本年处理决定数量|不予公开"), "本上予结不");

  /** Blanks a 范文 leaves for the writer: XX局, ××县, （单位名称）. */
  private static final StartChars PLACEHOLDER =
      StartChars.of(
          Pattern.compile("[XＸ]{2}|[×＊*]{2}|[xｘ]{2}(?![a-z])|（单位名称）|\\(单位名称\\)|〇〇|某某"),
          "XＸ×＊*xｘ（(〇某");

  private static final Pattern TEMPLATE_TITLE = Pattern.compile("模板|范文|格式|样本|样式|参考文本|写作要点|编写指南");
  private static final Pattern NOTICE = Pattern.compile("关于([^。]{0,60})(?:的通知|的函|的意见|的公告|的通报|的批复)");

  /** A news item's headline: an event (a meeting, a training) about reports, not a report. */
  private static final Pattern NEWS_HEADLINE =
      Pattern.compile("召开|举办|举行|部署会|培训会|推进会|座谈会|调度会|专题会|会议|开展.{0,10}(?:活动|培训|检查)|获评|荣获");

  private static final Pattern ADDRESSEES = Pattern.compile("^各[^。]{2,60}[：:]$");
  private static final Pattern ARTICLE = Pattern.compile("(?m)^\\s*第[一二三四五六七八九十百]+条");
  private static final int MIN_BODY = 60;

  private ReportRecognizer() {}

  static void requireReport(
      String body,
      Optional<String> title,
      PartSplitter.Split split,
      List<Block> blocks,
      PageMetadata page,
      PageFacts facts,
      List<String> headerLines)
      throws NotAReportException {
    String text = body.strip();
    long listedTitles = split.headings().isEmpty() ? countTitleLines(blocks, headerLines) : 0;
    if (listedTitles >= 3) {
      throw new NotAReportException(
          "not an annual report: a list of " + listedTitles + " reports, not one report");
    }
    long parts =
        split.headings().stream()
            .map(PartSplitter.Heading::part)
            .filter(p -> p != null)
            .distinct()
            .count();
    boolean tables = hasTemplateTables(blocks, text);
    if (text.length() < MIN_BODY && parts == 0 && !tables) {
      throw new NotAReportException(
          "not an annual report: almost no text (" + text.length() + " characters)");
    }
    String titleText = title.orElse(facts.title().orElse(page.title()));

    int placeholders = PLACEHOLDER.count(text) + PLACEHOLDER.count(titleText);
    if (TEMPLATE_TITLE.matcher(titleText).find() && !titleText.contains("工作年度报告格式")
        || placeholders >= 4) {
      throw new NotAReportException(
          "not an annual report: a template (范文) with blanks to fill in, not a body's report");
    }
    if (isNotice(titleText, blocks)) {
      throw new NotAReportException(
          "not an annual report: a notice about reports (通知/函), not a report");
    }
    String headline =
        titleText.isEmpty() ? headline(headerLines).orElse(firstLine(blocks)) : titleText;
    if (parts == 0 && !tables && NEWS_HEADLINE.matcher(headline).find()) {
      throw new NotAReportException(
          "not an annual report: a news item (a meeting, an event), with no part headings, "
              + "template tables or statistics period of a report");
    }
    if (count(ARTICLE, body) >= 3 && parts < 2) {
      throw new NotAReportException(
          "not an annual report: a regulation or policy document (第一条, 第二条 …)");
    }

    int signals = 0;
    signals += CITATION.isIn(text) ? 1 : 0;
    signals += REPORT_WORDING.isIn(text) || title.isPresent() ? 1 : 0;
    signals += STATISTICS_PERIOD.isIn(text) ? 1 : 0;
    signals += tables ? 1 : 0;
    signals += split.headings().stream().anyMatch(h -> h.part() == Part.OVERVIEW) ? 1 : 0;
    signals += OWN_WORK.count(text) >= 3 ? 1 : 0;
    if (parts >= 3 || parts >= 2 && signals >= 1 || parts >= 1 && signals >= 2 || signals >= 3) {
      return;
    }
    throw new NotAReportException(
        "not an annual report: no part headings (一、总体情况 …), template tables, statistics "
            + "period or 条例 citation that a report has (found "
            + parts
            + " part headings and "
            + signals
            + " of 6 other signs)");
  }

  private static boolean hasTemplateTables(List<Block> blocks, String text) {
    for (Block block : blocks) {
      if (block instanceof TableBlock table && TEMPLATE_LABEL.isIn(Lines.tableText(table))) {
        return true;
      }
    }
    return TEMPLATE_LABEL.count(text) >= 3;
  }

  /** A notice (通知) opens with 关于…的通知 and names its addressees (各县（市、区）人民政府：). */
  private static boolean isNotice(String title, List<Block> blocks) {
    Matcher notice = NOTICE.matcher(title);
    // 关于2017年教育部政府信息公开工作年度报告的公告 publishes the report itself.
    if (notice.find() && !notice.group(1).matches(".*(?:19|20)\\d{2}年.*报告$")) {
      return true;
    }
    List<String> lines = Lines.of(blocks);
    for (String line : lines.subList(0, Math.min(lines.size(), 5))) {
      if (ADDRESSEES.matcher(line.strip()).matches()) {
        return true;
      }
    }
    return false;
  }

  /** The page's headline: the first header line that is neither chrome nor a metadata field. */
  private static Optional<String> headline(List<String> headerLines) {
    return headerLines.stream()
        .map(String::strip)
        .filter(
            line ->
                line.length() >= 8 && !PageChrome.isChrome(line) && !PageFacts.isMetadataLine(line))
        .findFirst();
  }

  private static String firstLine(List<Block> blocks) {
    return Lines.of(blocks).stream()
        .filter(line -> !line.isBlank() && !line.equals(Lines.TABLE))
        .findFirst()
        .orElse("");
  }

  /** Distinct report titles on the page (a date after a listed title is part of its line). */
  private static long countTitleLines(List<Block> blocks, List<String> headerLines) {
    java.util.stream.Stream<String> lines =
        java.util.stream.Stream.concat(headerLines.stream(), Lines.of(blocks).stream());
    return lines
        .map(
            line -> line.replaceFirst("\\s*(?:19|20)\\d{2}[-./年]\\d{1,2}[-./月]\\d{1,2}日?\\s*$", ""))
        .filter(TitleFinder::isTitleLine)
        .distinct()
        .count();
  }

  private static int count(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
