package org.nianbao.web;

import static org.nianbao.web.Html.escape;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.model.Region;
import org.nianbao.search.Hit;
import org.nianbao.search.SearchResponse;
import org.nianbao.search.SortOrder;

/** The search page: chosen filters as chips, sort links, the results, pagination and the sidebar. */
final class SearchPage {

  /** What dropping one filter would give, for the empty result. */
  record Relaxation(Filter filter, String value, long total, String url) {}

  private SearchPage() {}

  static String render(SearchParams state, SearchResponse response, List<Relaxation> relaxations) {
    StringBuilder main = new StringBuilder(16_384);
    main.append("<div class=\"layout\">");
    main.append(FacetSidebar.render(state, response.facets()));
    main.append("<section class=\"results\" aria-live=\"polite\">");
    main.append(summary(state, response));
    main.append(chips(state));
    main.append(interpretation(response));
    if (response.hits().isEmpty()) {
      main.append(emptyResult(state, relaxations));
    } else {
      main.append("<ol class=\"hits\" start=\"").append((long) (state.page() - 1) * state.size() + 1).append("\">");
      for (Hit hit : response.hits()) {
        main.append(hit(state, hit));
      }
      main.append("</ol>");
      main.append(pagination(state, response.total()));
    }
    main.append("</section></div>");
    String title = state.query().isEmpty() ? "年报检索 · 政府信息公开工作年度报告" : state.query() + " · 年报检索";
    return Layout.page(title, state, main.toString());
  }

  private static String summary(SearchParams state, SearchResponse response) {
    StringBuilder out = new StringBuilder("<div class=\"summary\"><p class=\"count\">");
    if (state.query().isEmpty() && !state.hasFilters()) {
      out.append("共收录 <strong>").append(response.total()).append("</strong> 份年度报告");
    } else {
      out.append("找到 <strong>").append(response.total()).append("</strong> 份报告");
    }
    out.append("<span class=\"took\">用时 ").append(response.tookMs()).append(" 毫秒</span></p>");
    if (response.total() > 0) {
      out.append("<p class=\"sort\">排序：");
      appendSort(out, state, SortOrder.RELEVANCE, "相关度");
      appendSort(out, state, SortOrder.YEAR_DESC, "年度（新→旧）");
      appendSort(out, state, SortOrder.YEAR_ASC, "年度（旧→新）");
      out.append("</p>");
    }
    return out.append("</div>").toString();
  }

  private static void appendSort(StringBuilder out, SearchParams state, SortOrder order, String label) {
    if (state.sort() == order) {
      out.append("<strong class=\"current\" aria-current=\"true\">").append(label).append("</strong>");
    } else {
      out.append("<a href=\"").append(escape(state.withSort(order).url())).append("\">").append(label).append("</a>");
    }
  }

  private static String chips(SearchParams state) {
    if (!state.hasFilters()) {
      return "";
    }
    StringBuilder out = new StringBuilder("<div class=\"chips\"><span class=\"chips-label\">已选：</span>");
    state.filters().forEach((filter, value) -> out.append("<a class=\"chip\" href=\"")
        .append(escape(state.without(filter).url())).append("\" title=\"去掉此筛选\"><span class=\"chip-dim\">")
        .append(filter.label()).append("</span>").append(escape(filter.display(value)))
        .append("<span class=\"chip-x\" aria-hidden=\"true\">×</span></a>"));
    if (state.filters().size() > 1) {
      out.append("<a class=\"clear\" href=\"").append(escape(state.withoutFilters().url())).append("\">全部清除</a>");
    }
    return out.append("</div>").toString();
  }

  /**
   * How the query was read, when it matters: the variants searched as well, and a notice when the
   * results include reports that match only part of the query (each such hit says what it lacks).
   */
  private static String interpretation(SearchResponse response) {
    StringBuilder out = new StringBuilder();
    if (!response.query().variants().isEmpty()) {
      out.append("<p class=\"variants\">同时搜索了：");
      List<String> groups = new ArrayList<>();
      response.query().variants().forEach((term, variants) -> groups.add(
          "<span class=\"variant-term\">" + escape(term) + "</span> → " + escape(String.join("、", variants))));
      out.append(String.join("；", groups)).append("</p>");
    }
    if (response.query().relaxed()) {
      out.append("<p class=\"partial-notice\">没有报告包含全部关键词，以下是只包含其中部分关键词的报告。</p>");
    } else if (response.query().partial()) {
      out.append("<p class=\"partial-notice\">以下结果包含只匹配部分关键词的报告，已标出所缺的词。</p>");
    }
    return out.isEmpty() ? "" : "<div class=\"interpretation\">" + out + "</div>";
  }

  private static String emptyResult(SearchParams state, List<Relaxation> relaxations) {
    StringBuilder out = new StringBuilder("<div class=\"empty\"><p class=\"empty-title\">没有找到符合条件的报告。</p>");
    List<Relaxation> helpful = relaxations.stream().filter(r -> r.total() > 0).toList();
    if (!helpful.isEmpty()) {
      out.append("<ul class=\"relax\">");
      for (Relaxation r : helpful) {
        out.append("<li><a href=\"").append(escape(r.url())).append("\">去掉「")
            .append(escape(r.filter().display(r.value()))).append("」后有 ").append(r.total()).append(" 条结果</a></li>");
      }
      out.append("</ul>");
    } else if (state.hasFilters()) {
      out.append("<p>去掉任何一个筛选条件都仍然没有结果，可以<a href=\"")
          .append(escape(state.withoutFilters().url())).append("\">清除全部筛选</a>或换一个关键词。</p>");
    } else {
      out.append("<p>可以换一个关键词，或少用几个词。</p>");
    }
    return out.append("</div>").toString();
  }

  private static String hit(SearchParams state, Hit hit) {
    StringBuilder out = new StringBuilder("<li class=\"hit\">");
    String link = "/reports/" + SearchParams.encode(hit.id())
        + (state.query().isEmpty() ? "" : "?q=" + SearchParams.encode(state.query()));
    out.append("<h2><a href=\"").append(escape(link)).append("\">")
        .append(escape(hit.title() == null ? hit.agency() : hit.title())).append("</a></h2>");
    List<String> meta = new ArrayList<>();
    if (hit.agency() != null) {
      meta.add("<span class=\"agency\">" + escape(hit.agency()) + "</span>");
    }
    if (hit.year() != null) {
      meta.add("<span class=\"year\">" + hit.year() + "年度</span>");
    }
    String region = regionText(hit.region());
    if (!region.isEmpty()) {
      meta.add("<span class=\"region\">" + escape(region) + "</span>");
    }
    if (hit.level() != null) {
      meta.add("<span class=\"level\">" + escape(Filter.LEVEL.display(hit.level())) + "</span>");
    }
    if (hit.sector() != null) {
      meta.add("<span class=\"sector\">" + escape(hit.sector()) + "</span>");
    }
    out.append("<p class=\"meta\">").append(String.join("<span class=\"sep\">·</span>", meta)).append("</p>");
    if (hit.snippet() != null && !hit.snippet().isEmpty()) {
      out.append("<p class=\"snippet\">");
      String part = PartNames.of(hit.part());
      if (part != null) {
        out.append("<span class=\"hit-part\">").append(escape(part)).append("</span>");
      }
      out.append(Html.snippet(hit.snippet())).append("</p>");
    }
    if (hit.parts().size() > 1) {
      List<String> names = hit.parts().stream().map(PartNames::of).toList();
      out.append("<p class=\"hit-parts\">匹配部分：").append(escape(String.join("、", names))).append("</p>");
    }
    if (!hit.missing().isEmpty()) {
      out.append("<p class=\"hit-missing\">缺少：");
      for (String word : hit.missing()) {
        out.append("<s>").append(escape(word)).append("</s> ");
      }
      out.append("</p>");
    }
    if (hit.flags() != null && !hit.flags().isEmpty()) {
      out.append("<p class=\"hit-flags\">");
      for (String flag : hit.flags()) {
        out.append("<span class=\"flag\" title=\"").append(escape(FlagRules.explanation(flag))).append("\">")
            .append(escape(Filter.FLAG.display(flag))).append("</span>");
      }
      out.append("</p>");
    }
    return out.append("</li>").toString();
  }

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

  private static String pagination(SearchParams state, long total) {
    long pages = Math.min((total + state.size() - 1) / state.size(), SearchParams.MAX_PAGE);
    if (pages <= 1) {
      return "";
    }
    int current = state.page();
    StringBuilder out = new StringBuilder("<nav class=\"pages\" aria-label=\"分页\">");
    if (current > 1) {
      out.append(pageLink(state, current - 1, "上一页", "prev"));
    }
    long from = Math.max(1, current - 4);
    long to = Math.min(pages, from + 8);
    from = Math.max(1, to - 8);
    for (long p = from; p <= to; p++) {
      if (p == current) {
        out.append("<strong class=\"page current\" aria-current=\"page\">").append(p).append("</strong>");
      } else {
        out.append(pageLink(state, (int) p, Long.toString(p), "page"));
      }
    }
    if (current < pages) {
      out.append(pageLink(state, current + 1, "下一页", "next"));
    }
    return out.append("</nav>").toString();
  }

  private static String pageLink(SearchParams state, int page, String label, String cssClass) {
    return "<a class=\"" + cssClass + "\" href=\"" + escape(state.withPage(page).url()) + "\">" + label + "</a>";
  }
}
