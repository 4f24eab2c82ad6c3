package org.nianbao.web;

import static org.nianbao.web.Html.escape;

import java.util.List;
import java.util.Map;
import org.nianbao.model.AnnualReport;
import org.nianbao.model.CheckedReport;
import org.nianbao.model.ExtraPart;
import org.nianbao.model.Flag;
import org.nianbao.model.Part;
import org.nianbao.model.Tables;

/**
 * One report: metadata, the consistency problems, the preamble, the six parts under their canonical
 * headings (a missing part said so), the three tables inside their parts, the added parts; the
 * query's words marked throughout.
 */
final class ReportPage {

  private ReportPage() {}

  static String render(String id, String source, CheckedReport checked, String query) {
    AnnualReport r = checked.report();
    TermMarker marker = new TermMarker(query);
    ViolatedCells violated = ViolatedCells.of(checked);
    StringBuilder main = new StringBuilder(32_768);
    String back = query == null || query.isBlank() ? "/" : "/?q=" + SearchParams.encode(query.strip());
    main.append("<article class=\"report\">");
    main.append("<p class=\"crumbs\"><a href=\"").append(escape(back)).append("\">← 返回搜索结果</a></p>");
    main.append("<h1>").append(marker.toHtml(r.title() == null ? r.agency() : r.title())).append("</h1>");
    main.append(metadata(id, source, r));
    if (!marker.isEmpty()) {
      main.append(matchSummary(r, query, marker));
    }
    main.append(flags(checked.flags()));
    main.append(contents(r));
    if (r.parts().preamble() != null && !r.parts().preamble().isBlank()) {
      main.append("<section class=\"part preamble\" id=\"preamble\">").append(paragraphs(r.parts().preamble(), marker)).append("</section>");
    }
    for (Part part : Part.values()) {
      main.append("<section class=\"part\" id=\"").append(part.key()).append("\"><h2>").append(part.heading()).append("</h2>");
      String text = r.parts().get(part);
      if (text == null) {
        main.append("<p class=\"missing\">本报告缺少此部分。</p>");
      } else {
        main.append(paragraphs(text, marker));
      }
      main.append(tableOf(part, r.tables(), violated));
      main.append("</section>");
    }
    List<ExtraPart> extra = r.parts().extra();
    for (int i = 0; i < extra.size(); i++) {
      ExtraPart part = extra.get(i);
      main.append("<section class=\"part extra\" id=\"extra-").append(i + 1).append("\"><h2>")
          .append(marker.toHtml(part.heading())).append("<span class=\"extra-note\">报告增设部分</span></h2>")
          .append(paragraphs(part.text(), marker)).append("</section>");
    }
    main.append("</article>");
    SearchParams header = new SearchParams(query, Map.of(), 1, SearchParams.DEFAULT_SIZE, null);
    return Layout.page((r.title() == null ? r.agency() : r.title()) + " · 年报检索", header, main.toString());
  }

  private static String metadata(String id, String source, AnnualReport r) {
    StringBuilder out = new StringBuilder("<dl class=\"metadata\">");
    field(out, "发布机关", escape(r.agency()));
    field(out, "报告年度", r.year() == null ? null : r.year() + "年");
    field(out, "发布日期", r.published() == null ? null : r.published().toString());
    String region = SearchPage.regionText(r.region());
    field(out, "所在地区", region.isEmpty() ? null : escape(region)
        + (r.region().code() == null ? "" : "<span class=\"code\">（" + escape(r.region().code()) + "）</span>"));
    field(out, "行政层级", r.level() == null ? null : r.level().label());
    field(out, "所属领域", escape(r.sector()));
    if (source != null && !source.isBlank()) {
      boolean web = source.startsWith("https://") || source.startsWith("http://");
      // A local file is shown by its name only: the server's folders are nobody's business.
      String shown = escape(web ? source : source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1));
      field(out, "来源", web ? "<a href=\"" + shown + "\" rel=\"noreferrer nofollow\">" + shown + "</a>"
          : "<span class=\"source\">" + shown + "</span>");
    }
    field(out, "数据", "<a href=\"/api/v1/reports/" + escape(SearchParams.encode(id)) + "\">JSON</a>");
    return out.append("</dl>").toString();
  }

  private static void field(StringBuilder out, String label, String html) {
    out.append("<div><dt>").append(label).append("</dt><dd>")
        .append(html == null || html.isEmpty() ? "<span class=\"na\">未注明</span>" : html).append("</dd></div>");
  }

  private static String matchSummary(AnnualReport r, String query, TermMarker marker) {
    int n = marker.count(r.title()) + marker.count(r.parts().preamble());
    for (Part part : Part.values()) {
      n += marker.count(r.parts().get(part));
    }
    for (ExtraPart part : r.parts().extra()) {
      n += marker.count(part.heading()) + marker.count(part.text());
    }
    return "<p class=\"matches\">正文中标出了「" + escape(query.strip()) + "」的 <strong>" + n + "</strong> 处出现"
        + "</p>";
  }

  private static String flags(List<Flag> flags) {
    if (flags.isEmpty()) {
      return "<p class=\"flags-ok\">未发现勾稽问题。</p>";
    }
    StringBuilder out = new StringBuilder("<section class=\"flags\" id=\"flags\"><h2>勾稽问题（")
        .append(flags.size()).append("）</h2><ul>");
    for (Flag flag : flags) {
      out.append("<li><span class=\"flag\" title=\"").append(escape(FlagRules.explanation(flag.rule()))).append("\">")
          .append(escape(Filter.FLAG.display(flag.rule()))).append("</span>")
          .append("<span class=\"flag-message\">").append(escape(flag.message())).append("</span></li>");
    }
    out.append("</ul><p class=\"hint\">表格中标红的单元格参与了不成立的勾稽关系，鼠标停留可看说明。</p></section>");
    return out.toString();
  }

  private static String contents(AnnualReport r) {
    StringBuilder out = new StringBuilder("<nav class=\"toc\" aria-label=\"目录\"><ol>");
    for (Part part : Part.values()) {
      out.append("<li").append(r.parts().has(part) ? "" : " class=\"absent\"").append("><a href=\"#")
          .append(part.key()).append("\">").append(part.heading()).append("</a></li>");
    }
    for (int i = 0; i < r.parts().extra().size(); i++) {
      out.append("<li class=\"extra\"><a href=\"#extra-").append(i + 1).append("\">")
          .append(escape(r.parts().extra().get(i).heading())).append("</a></li>");
    }
    return out.append("</ol></nav>").toString();
  }

  private static String tableOf(Part part, Tables tables, ViolatedCells violated) {
    return switch (part) {
      case ACTIVE -> tables.active() == null ? missingTable() : ReportTables.active(tables.active());
      case REQUESTS -> tables.requests() == null ? missingTable() : ReportTables.requests(tables.requests(), violated);
      case REVIEW_LITIGATION -> tables.reviewLitigation() == null ? missingTable()
          : ReportTables.reviewLitigation(tables.reviewLitigation(), violated);
      default -> "";
    };
  }

  private static String missingTable() {
    return "<p class=\"missing\">本报告缺少此部分的统计表格。</p>";
  }

  /** Text as paragraphs, one per line, escaped and with the query's words marked. */
  private static String paragraphs(String text, TermMarker marker) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 256);
    for (String line : text.split("\\R")) {
      if (!line.isBlank()) {
        out.append("<p>").append(marker.toHtml(line.strip())).append("</p>");
      }
    }
    return out.toString();
  }
}
