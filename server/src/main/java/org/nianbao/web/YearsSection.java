package org.nianbao.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nianbao.model.AnnualReport;
import org.nianbao.model.Flag;
import org.nianbao.model.Rule;
import org.nianbao.search.StoredReport;
import org.nianbao.web.view.ReportView;
import org.nianbao.years.BodyReport;
import org.nianbao.years.KeyFigure;

/**
 * The report page's 本机关各年度 section: the body's reports (linked), its other names, the key figures
 * year by year with the change from the year before, and what the cross-year rules found.
 */
final class YearsSection {

  private YearsSection() {}

  static ReportView.Years of(AgencyYears years) {
    return new ReportView.Years(
        links(years), renamed(years), columns(years.byYear), figures(years.byYear), checks(years));
  }

  private static List<ReportView.YearLink> links(AgencyYears years) {
    List<ReportView.YearLink> links = new ArrayList<>();
    for (StoredReport report : years.reports) {
      AnnualReport r = report.checked().report();
      boolean self = report.id().equals(years.current.id());
      List<String> rules = report.checked().violatedRules().stream().map(Rule::id).toList();
      links.add(
          new ReportView.YearLink(
              r.year() == null ? "年度不详" : r.year() + "年",
              r.agency(),
              self ? null : "/reports/" + SearchParams.encode(report.id()),
              rules.isEmpty() ? "无勾稽问题" : String.join(" ", rules)));
    }
    return links;
  }

  /** 同一机关，曾用名 …；后更名为 …, or null when every year has this report's name. */
  private static String renamed(AgencyYears years) {
    List<String> parts = new ArrayList<>();
    List<String> earlier = years.names(true);
    List<String> later = years.names(false);
    if (!earlier.isEmpty()) {
      parts.add("曾用名 " + String.join("、", earlier));
    }
    if (!later.isEmpty()) {
      parts.add("后更名为 " + String.join("、", later));
    }
    return parts.isEmpty() ? null : "同一机关，" + String.join("；", parts);
  }

  private static List<String> columns(Map<Integer, BodyReport> byYear) {
    return byYear.keySet().stream().map(year -> year + "年").toList();
  }

  private static List<ReportView.FigureRow> figures(Map<Integer, BodyReport> byYear) {
    List<ReportView.FigureRow> rows = new ArrayList<>();
    for (KeyFigure figure : KeyFigure.values()) {
      List<ReportView.FigureCell> cells = new ArrayList<>();
      for (Map.Entry<Integer, BodyReport> year : byYear.entrySet()) {
        Long value = figure.of(year.getValue().report());
        BodyReport before = byYear.get(year.getKey() - 1);
        Long previous = before == null ? null : figure.of(before.report());
        cells.add(cell(value, previous));
      }
      rows.add(new ReportView.FigureRow(figure.label(), cells));
    }
    return rows;
  }

  /**
   * The value and its change from last year: +2（+20%）, −3（−50%）, 持平, or no change when either is
   * missing.
   */
  static ReportView.FigureCell cell(Long value, Long previous) {
    if (value == null) {
      return new ReportView.FigureCell("—", null, null);
    }
    if (previous == null) {
      return new ReportView.FigureCell(value.toString(), null, null);
    }
    long change = value - previous;
    if (change == 0) {
      return new ReportView.FigureCell(value.toString(), "持平", "same");
    }
    String sign = change > 0 ? "+" : "−";
    String percent =
        previous == 0
            ? ""
            : String.format(
                Locale.ROOT, "（%s%d%%）", sign, Math.round(Math.abs(change) * 100.0 / previous));
    return new ReportView.FigureCell(
        value.toString(), sign + Math.abs(change) + percent, change > 0 ? "up" : "down");
  }

  private static List<ReportView.Check> checks(AgencyYears years) {
    AnnualReport self = years.current.checked().report();
    List<Flag> flags = years.current.checked().flags();
    String lastYear =
        years.previous == null ? null : " " + years.previous.checked().report().year() + " 年报告";
    String none =
        self.year() == null ? "本报告年度不详，未核对" : "索引中没有本机关 " + (self.year() - 1) + " 年的报告，未核对";
    List<ReportView.Check> checks = new ArrayList<>();
    long r8 = count(flags, Rule.R8);
    checks.add(
        check(
            Rule.R8,
            lastYear == null
                ? none
                : r8 > 0 ? r8 + " 列与" + lastYear + "的结转下年度不符" : "与" + lastYear + "一致（或无可对照的数字）",
            lastYear == null ? "na" : r8 > 0 ? "bad" : "ok"));
    long r9 = count(flags, Rule.R9);
    checks.add(
        check(
            Rule.R9,
            lastYear == null
                ? none
                : r9 > 0 ? r9 + " 项与" + lastYear + "推算的不同，请核对" : "与" + lastYear + "推算的一致（或无可对照的数字）",
            lastYear == null ? "na" : r9 > 0 ? "warn" : "ok"));
    checks.add(reuse(years, lastYear, none, count(flags, Rule.R10) > 0));
    checks.add(
        check(
            Rule.R11,
            self.published() == null ? "未印" : "已印 " + self.published(),
            self.published() == null ? "bad" : "ok"));
    return checks;
  }

  private static ReportView.Check reuse(
      AgencyYears years, String lastYear, String none, boolean flagged) {
    if (lastYear == null) {
      return check(Rule.R10, none, "na");
    }
    if (years.reuse.sentences() == 0) {
      return check(Rule.R10, "本报告没有可与" + lastYear + "比较的句子", "na");
    }
    String share =
        String.format(
            Locale.ROOT,
            "与%s相同的句子 %d/%d 句（%d%%）",
            lastYear,
            years.reuse.reused().size(),
            years.reuse.sentences(),
            Math.round(years.reuse.share() * 100));
    return check(Rule.R10, flagged ? share + "，正文中以底色标出" : share, flagged ? "bad" : "ok");
  }

  private static ReportView.Check check(Rule rule, String outcome, String cssClass) {
    return new ReportView.Check(
        rule.label(), ReportPage.chipClass(rule), rule.explanation(), outcome, cssClass);
  }

  private static long count(List<Flag> flags, Rule rule) {
    return flags.stream().filter(flag -> flag.rule() == rule).count();
  }
}
