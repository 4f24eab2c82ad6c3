package org.nianbao.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nianbao.model.Region;
import org.nianbao.model.Rule;
import org.nianbao.model.Section;
import org.nianbao.search.Hit;
import org.nianbao.search.SearchRequest;
import org.nianbao.search.SearchResponse;
import org.nianbao.search.Snippet;
import org.nianbao.search.SortOrder;
import org.nianbao.web.view.SearchView;

/**
 * The search page ({@code search.jte}): chosen filters as chips, sort links, the results,
 * pagination and the sidebar.
 */
final class SearchPage {

  /** What dropping one filter would give, for the empty result. */
  record Relaxation(Filter filter, String value, long total, String url) {}

  /** Page links around the current page, at most this many. */
  private static final int PAGE_LINKS = 9;

  private SearchPage() {}

  static String render(
      SearchRequest request, SearchResponse response, List<Relaxation> relaxations) {
    SearchParams state = SearchParams.of(request);
    String title = state.query().isEmpty() ? "年报检索 · 政府信息公开工作年度报告" : state.query() + " · 年报检索";
    SearchView.Page page =
        new SearchView.Page(
            Layout.shell(title, state),
            FacetSidebar.view(state, response.facets()),
            summary(state, response),
            chips(state),
            notes(response),
            response.hits().stream().map(hit -> hit(state, hit, response.query().stems())).toList(),
            (long) (state.page() - 1) * state.size() + 1,
            pagination(state, response.total()),
            response.hits().isEmpty() ? empty(state, relaxations) : null,
            values(state));
    return Templates.render("search.jte", page);
  }

  /** Links to this search's statistics and CSV, and the form for a filter or sort on a value. */
  private static SearchView.ValueForm values(SearchParams state) {
    String filters = state.filterString();
    List<org.nianbao.web.view.Shell.Field> hidden = new ArrayList<>();
    if (!state.query().isEmpty()) {
      hidden.add(new org.nianbao.web.view.Shell.Field("q", state.query()));
    }
    state
        .filters()
        .forEach(
            (filter, value) ->
                hidden.add(new org.nianbao.web.view.Shell.Field(filter.key(), value)));
    state
        .where()
        .forEach(
            condition ->
                hidden.add(new org.nianbao.web.view.Shell.Field(SearchParams.WHERE, condition)));
    List<SearchView.Option> measures = new ArrayList<>();
    for (org.nianbao.model.Measure m : StatsPage.allMeasures()) {
      measures.add(new SearchView.Option(m.key(), StatsPage.optionLabel(m), false));
    }
    List<SearchView.Option> comparisons = new ArrayList<>();
    for (org.nianbao.search.Comparison c : org.nianbao.search.Comparison.values()) {
      comparisons.add(
          new SearchView.Option(c.symbol(), c.symbol(), c == org.nianbao.search.Comparison.GE));
    }
    String sorted = state.valueSort() == null ? null : sortLabel(state.valueSort());
    String cells =
        state.valueSort() == null
            ? ""
            : "cell="
                + SearchParams.encode(
                    state.valueSort().substring(0, state.valueSort().lastIndexOf(':')));
    return new SearchView.ValueForm(
        "/stats" + (filters.isEmpty() ? "" : "?" + filters),
        "/export/reports.csv?"
            + (state.queryString().isEmpty()
                ? cells
                : state.queryString() + (cells.isEmpty() ? "" : "&" + cells)),
        hidden,
        measures,
        comparisons,
        sorted);
  }

  /** requests.new.total:desc reads as 本年新收…·总计（从高到低）. */
  private static String sortLabel(String valueSort) {
    int colon = valueSort.lastIndexOf(':');
    String label = org.nianbao.model.Measure.parse(valueSort.substring(0, colon)).label();
    return label + (valueSort.endsWith(":asc") ? "（从低到高）" : "（从高到低）");
  }

  private static SearchView.Summary summary(SearchParams state, SearchResponse response) {
    List<SearchView.Link> sorts = new ArrayList<>();
    if (response.total() > 0) {
      sorts.add(sortLink(state, SortOrder.RELEVANCE, "相关度"));
      sorts.add(sortLink(state, SortOrder.YEAR_DESC, "年度（新→旧）"));
      sorts.add(sortLink(state, SortOrder.YEAR_ASC, "年度（旧→新）"));
    }
    if (state.valueSort() != null && response.total() > 0) {
      sorts.add(new SearchView.Link(sortLabel(state.valueSort()), null));
    }
    return new SearchView.Summary(
        state.query().isEmpty() && !state.hasFilters(), response.total(), response.tookMs(), sorts);
  }

  private static SearchView.Link sortLink(SearchParams state, SortOrder order, String label) {
    return new SearchView.Link(
        label,
        state.sort() == order && state.valueSort() == null ? null : state.withSort(order).url());
  }

  private static SearchView.Chips chips(SearchParams state) {
    List<SearchView.Chip> chips = new ArrayList<>();
    state
        .filters()
        .forEach(
            (filter, value) ->
                chips.add(
                    new SearchView.Chip(
                        filter.label(), filter.display(value), state.without(filter).url())));
    for (int i = 0; i < state.where().size(); i++) {
      chips.add(new SearchView.Chip("数值", state.where().get(i), state.withoutWhere(i).url()));
    }
    return new SearchView.Chips(chips, chips.size() > 1 ? state.withoutFilters().url() : null);
  }

  /**
   * How the query was read, when it matters: the variants searched as well, the words excluded, and
   * a notice when the results include reports that match only part of the query (each such hit says
   * what it lacks).
   */
  private static SearchView.Notes notes(SearchResponse response) {
    List<SearchView.Variant> variants = new ArrayList<>();
    response
        .query()
        .variants()
        .forEach(
            (term, list) -> variants.add(new SearchView.Variant(term, String.join("、", list))));
    return new SearchView.Notes(
        variants,
        response.query().relaxed(),
        response.query().partial(),
        response.query().excluded());
  }

  private static SearchView.Empty empty(SearchParams state, List<Relaxation> relaxations) {
    List<SearchView.Relaxation> helpful =
        relaxations.stream()
            .filter(r -> r.total() > 0)
            .map(r -> new SearchView.Relaxation(r.filter().display(r.value()), r.total(), r.url()))
            .toList();
    return new SearchView.Empty(
        helpful, helpful.isEmpty() && state.hasFilters() ? state.withoutFilters().url() : null);
  }

  private static SearchView.Hit hit(SearchParams state, Hit hit, Map<String, String> stems) {
    String link =
        "/reports/"
            + SearchParams.encode(hit.id())
            + (state.query().isEmpty() ? "" : "?q=" + SearchParams.encode(state.query()));
    List<SearchView.Meta> meta = new ArrayList<>();
    if (hit.agency() != null) {
      meta.add(new SearchView.Meta("agency", hit.agency()));
    }
    if (hit.year() != null) {
      meta.add(new SearchView.Meta("year", hit.year() + "年度"));
    }
    String region = regionText(hit.region());
    if (!region.isEmpty()) {
      meta.add(new SearchView.Meta("region", region));
    }
    if (hit.level() != null) {
      meta.add(new SearchView.Meta("level", hit.level().label()));
    }
    if (hit.sector() != null) {
      meta.add(new SearchView.Meta("sector", hit.sector()));
    }
    String parts =
        hit.parts().size() > 1
            ? String.join("、", hit.parts().stream().map(Section::label).toList())
            : null;
    List<SearchView.Flag> flags = hit.flags().stream().map(SearchPage::flag).toList();
    return new SearchView.Hit(
        link,
        hit.heading(),
        meta,
        hit.part() == null ? null : hit.part().label(),
        hit.snippet() == null ? Snippet.EMPTY : hit.snippet(),
        parts,
        hit.missing(),
        hit.onlyInTemplate(),
        hit.stemOnly().stream().map(word -> new SearchView.Stemmed(word, stems.get(word))).toList(),
        flags);
  }

  private static SearchView.Flag flag(Rule rule) {
    return new SearchView.Flag(rule.label(), rule.explanation());
  }

  /** A region as a reader writes it: 山东省 淄博市; a municipality's city level (重庆市 / 重庆市) once. */
  static String regionText(Region region) {
    if (region == null) {
      return "";
    }
    List<String> names = new ArrayList<>(3);
    for (String name : region.path()) {
      if (names.isEmpty() || !names.get(names.size() - 1).equals(name)) {
        names.add(name); // 重庆市 / 重庆市 / 开州区 reads as 重庆市 开州区
      }
    }
    return String.join(" ", names);
  }

  private static List<SearchView.PageLink> pagination(SearchParams state, long total) {
    long pages =
        Math.min(
            (total + state.size() - 1) / state.size(), org.nianbao.request.SearchRequests.MAX_PAGE);
    List<SearchView.PageLink> links = new ArrayList<>();
    if (pages <= 1) {
      return links;
    }
    int current = state.page();
    if (current > 1) {
      links.add(new SearchView.PageLink("prev", "上一页", state.withPage(current - 1).url()));
    }
    long from = Math.max(1, current - 4);
    long to = Math.min(pages, from + PAGE_LINKS - 1);
    from = Math.max(1, to - PAGE_LINKS + 1);
    for (long p = from; p <= to; p++) {
      links.add(
          new SearchView.PageLink(
              "page", Long.toString(p), p == current ? null : state.withPage((int) p).url()));
    }
    if (current < pages) {
      links.add(new SearchView.PageLink("next", "下一页", state.withPage(current + 1).url()));
    }
    return links;
  }
}
