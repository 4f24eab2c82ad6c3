package org.nianbao.web;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.model.CellRef;
import org.nianbao.model.Level;
import org.nianbao.model.Measure;
import org.nianbao.model.Rate;
import org.nianbao.stats.Group;
import org.nianbao.stats.GroupBy;
import org.nianbao.stats.MeasureSummary;
import org.nianbao.stats.RankedReport;
import org.nianbao.stats.StatsRequest;
import org.nianbao.stats.StatsResult;
import org.nianbao.web.view.ChartView;
import org.nianbao.web.view.Shell;
import org.nianbao.web.view.StatsView;

/**
 * The 统计 page ({@code stats.jte}): statistics of the reports a search matches, grouped, with a bar
 * chart by group, a line across years, the table (every group, each linking to its reports) and the
 * highest and lowest reports; links to the CSV of each.
 */
final class StatsPage {

  /** Bars drawn: the first groups of the table. */
  private static final int BARS = 20;

  private StatsPage() {}

  static String render(StatsRequest request, StatsResult result, StatsResult byYear) {
    SearchParams search = SearchParams.of(request.search());
    String filters = search.filterString();
    Measure first = request.measures().get(0);
    List<ChartView.Chart> charts = new ArrayList<>();
    if (result.group() != GroupBy.YEAR && result.group() != GroupBy.NONE) {
      List<Charts.Datum> data = new ArrayList<>();
      for (Group group : result.groups()) {
        Double value = group.measures().get(0).value();
        if (value != null && data.size() < BARS) {
          data.add(new Charts.Datum(groupLabel(result.group(), group.key()), value));
        }
      }
      if (!data.isEmpty()) {
        charts.add(
            Charts.bars(
                "chart-groups", first.label() + "（按" + result.group().label() + "）", first, data));
      }
    }
    List<Charts.Datum> years = new ArrayList<>();
    for (Group group : byYear.groups()) {
      Double value = group.measures().get(0).value();
      if (value != null) {
        years.add(new Charts.Datum(group.key(), value));
      }
    }
    if (!years.isEmpty()) {
      charts.add(Charts.line("chart-years", first.label() + "（历年）", first, years));
    }
    String statsQuery = statsQuery(filters, request);
    List<StatsView.Link> exports =
        List.of(
            new StatsView.Link("统计表 CSV", "/export/stats.csv?" + statsQuery),
            new StatsView.Link(
                "报告清单 CSV（含所选数值）",
                "/export/reports.csv?" + join(filters, cells(request.measures()))),
            new StatsView.Link("JSON", "/api/v1/stats?" + statsQuery));
    StatsView.Page page =
        new StatsView.Page(
            Layout.shell("统计 · 年报检索", search),
            form(request, search),
            chips(search),
            search.url(),
            result.total(),
            result.tookMs(),
            request.measures().stream()
                .filter(m -> m instanceof Rate)
                .map(m -> (Rate) m)
                .map(r -> new StatsView.RateNote(r.label(), r.key(), r.formula()))
                .toList(),
            charts,
            table(search, result),
            rankings(result),
            exports);
    return Templates.render("stats.jte", page);
  }

  /** The page's own parameters after the search's: group, measures, ranking. */
  private static String statsQuery(String filters, StatsRequest request) {
    List<String> parts = new ArrayList<>();
    parts.add("group=" + request.group().key());
    request.measures().forEach(m -> parts.add("measure=" + SearchParams.encode(m.key())));
    if (!request.rankBy().equals(request.measures().get(0))) {
      parts.add("rank=" + SearchParams.encode(request.rankBy().key()));
    }
    parts.add("top=" + request.top());
    return join(filters, String.join("&", parts));
  }

  private static String cells(List<Measure> measures) {
    return String.join(
        "&", measures.stream().map(m -> "cell=" + SearchParams.encode(m.key())).toList());
  }

  private static String join(String a, String b) {
    return a.isEmpty() ? b : b.isEmpty() ? a : a + "&" + b;
  }

  private static StatsView.Form form(StatsRequest request, SearchParams search) {
    List<Shell.Field> hidden = new ArrayList<>();
    if (!search.query().isEmpty()) {
      hidden.add(new Shell.Field("q", search.query()));
    }
    search.filters().forEach((filter, value) -> hidden.add(new Shell.Field(filter.key(), value)));
    search.where().forEach(condition -> hidden.add(new Shell.Field(SearchParams.WHERE, condition)));
    List<StatsView.Option> groups = new ArrayList<>();
    for (GroupBy group : GroupBy.values()) {
      groups.add(new StatsView.Option(group.key(), group.label(), group == request.group()));
    }
    List<StatsView.Option> measures = new ArrayList<>();
    List<StatsView.Option> ranks = new ArrayList<>();
    for (Measure m : allMeasures()) {
      measures.add(new StatsView.Option(m.key(), optionLabel(m), request.measures().contains(m)));
      ranks.add(new StatsView.Option(m.key(), optionLabel(m), request.rankBy().equals(m)));
    }
    return new StatsView.Form(hidden, groups, measures, ranks, Integer.toString(request.top()));
  }

  static List<Measure> allMeasures() {
    List<Measure> all = new ArrayList<>(List.of(Rate.values()));
    all.addAll(CellRef.all());
    return all;
  }

  static String optionLabel(Measure m) {
    return m instanceof CellRef cell ? cell.table().label() + "：" + cell.label() : m.label();
  }

  private static List<StatsView.Chip> chips(SearchParams search) {
    List<StatsView.Chip> chips = new ArrayList<>();
    if (!search.query().isEmpty()) {
      chips.add(new StatsView.Chip("关键词", search.query()));
    }
    search
        .filters()
        .forEach(
            (filter, value) ->
                chips.add(new StatsView.Chip(filter.label(), filter.display(value))));
    search.where().forEach(condition -> chips.add(new StatsView.Chip("数值", condition)));
    return chips;
  }

  private static StatsView.Table table(SearchParams search, StatsResult result) {
    List<StatsView.Heading> headings = new ArrayList<>();
    List<String> subheadings = new ArrayList<>();
    for (Measure m : result.measures()) {
      headings.add(
          new StatsView.Heading(m.label(), m instanceof Rate rate ? rate.formula() : m.key(), "4"));
      if (m instanceof Rate) {
        subheadings.addAll(List.of("汇总", "均值", "中位数", "报告数"));
      } else {
        subheadings.addAll(List.of("合计", "均值", "中位数", "报告数"));
      }
    }
    List<StatsView.Row> rows = new ArrayList<>();
    rows.add(row("全部", search.url(), result.overall(), "overall"));
    for (Group group : result.groups()) {
      rows.add(
          row(
              groupLabel(result.group(), group.key()),
              groupLink(search, result.group(), group.key()),
              group,
              null));
    }
    return new StatsView.Table(
        result.group() == GroupBy.NONE ? "" : result.group().label(),
        headings,
        subheadings,
        rows,
        result.groupCount(),
        result.groups().size());
  }

  private static StatsView.Row row(String label, String href, Group group, String css) {
    List<String> cells = new ArrayList<>();
    for (MeasureSummary s : group.measures()) {
      cells.add(Figures.of(s.measure(), s.value()));
      cells.add(Figures.of(s.measure(), s.mean()));
      cells.add(Figures.of(s.measure(), s.median()));
      cells.add(Figures.count(s.reports()));
    }
    return new StatsView.Row(label, href, Figures.count(group.reports()), cells, css);
  }

  /** How a group's key reads: 2023年, 山东省 › 淄博市, 县级. */
  static String groupLabel(GroupBy group, String key) {
    return switch (group) {
      case YEAR -> key + "年";
      case CITY, COUNTY -> key.replace("/", " › ");
      case LEVEL -> {
        try {
          yield Level.fromKey(key).label();
        } catch (IllegalArgumentException e) {
          yield key;
        }
      }
      default -> key;
    };
  }

  /** The search for one group's reports: the search with that group's filter set. */
  private static String groupLink(SearchParams search, GroupBy group, String key) {
    Filter filter =
        switch (group) {
          case YEAR -> Filter.YEAR;
          case PROVINCE, CITY, COUNTY -> Filter.REGION;
          case AGENCY -> Filter.AGENCY;
          case SECTOR -> Filter.SECTOR;
          case LEVEL -> Filter.LEVEL;
          case NONE -> null;
        };
    return filter == null ? search.url() : search.with(filter, key).url();
  }

  private static List<StatsView.Ranking> rankings(StatsResult result) {
    if (result.top().isEmpty()) {
      return List.of();
    }
    Measure m = result.rankBy();
    return List.of(
        new StatsView.Ranking("最高", m.label(), ranked(m, result.top())),
        new StatsView.Ranking("最低", m.label(), ranked(m, result.bottom())));
  }

  private static List<StatsView.Ranked> ranked(Measure m, List<RankedReport> reports) {
    List<StatsView.Ranked> out = new ArrayList<>();
    int rank = 1;
    for (RankedReport r : reports) {
      String detail =
          m instanceof Rate
              ? Figures.number(r.numerator()) + " / " + Figures.number(r.denominator())
              : null;
      out.add(
          new StatsView.Ranked(
              rank++,
              r.heading(),
              "/reports/" + SearchParams.encode(r.id()),
              r.agency(),
              r.year() == null ? null : r.year() + "年",
              Figures.of(m, r.value()),
              detail));
    }
    return out;
  }
}
