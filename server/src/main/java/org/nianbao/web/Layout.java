package org.nianbao.web;

import static org.nianbao.web.Html.escape;

/** The page shell every HTML page shares: head, the header with the search box, the footer. */
final class Layout {

  static final String STYLESHEET = "/static/nianbao.css";

  private Layout() {}

  /**
   * A whole page. {@code header} is the search box's state (the query it keeps and the filters it
   * carries as hidden fields); {@code main} is already escaped HTML.
   */
  static String page(String title, SearchParams header, String main) {
    StringBuilder out = new StringBuilder(main.length() + 2048);
    out.append("<!doctype html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(escape(title)).append("</title>\n")
        .append("<link rel=\"stylesheet\" href=\"").append(STYLESHEET).append("\">\n")
        .append("</head>\n<body>\n");
    out.append("<header class=\"top\"><div class=\"top-inner\">")
        .append("<a class=\"brand\" href=\"/\"><span class=\"brand-mark\">年报</span>检索</a>")
        .append(searchForm(header))
        .append("</div></header>\n");
    out.append("<main>\n").append(main).append("\n</main>\n");
    out.append("<footer class=\"foot\">政府信息公开工作年度报告检索 · 数据来自各机关公开发布的年度报告 · ")
        .append("<a href=\"/api/v1/search\">JSON 接口</a></footer>\n");
    out.append("</body>\n</html>\n");
    return out.toString();
  }

  /** The search box; a new query keeps the chosen filters and sort and starts at page 1. */
  private static String searchForm(SearchParams state) {
    StringBuilder out = new StringBuilder("<form class=\"search\" action=\"/\" method=\"get\" role=\"search\">");
    out.append("<input type=\"search\" name=\"q\" id=\"q\" value=\"").append(escape(state.query()))
        .append("\" placeholder=\"搜索年度报告全文，如：政务新媒体 抖音\" aria-label=\"搜索关键词\" maxlength=\"500\">");
    state.filters().forEach((filter, value) -> out.append("<input type=\"hidden\" name=\"")
        .append(filter.key()).append("\" value=\"").append(escape(value)).append("\">"));
    if (state.sort() != org.nianbao.search.SortOrder.RELEVANCE) {
      out.append("<input type=\"hidden\" name=\"sort\" value=\"").append(state.sort().key()).append("\">");
    }
    out.append("<button type=\"submit\">搜索</button></form>");
    return out.toString();
  }
}
