package org.nianbao.web;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.model.AnnualReport;
import org.nianbao.model.CheckedReport;
import org.nianbao.model.ExtraPart;
import org.nianbao.model.Flag;
import org.nianbao.model.Part;
import org.nianbao.model.Tables;
import org.nianbao.search.QueryMatcher;
import org.nianbao.search.Snippet;
import org.nianbao.search.StoredReport;
import org.nianbao.search.UserQuery;
import org.nianbao.web.view.ReportView;

/**
 * One report ({@code report.jte}): metadata, the consistency problems, the preamble, the six parts
 * under their canonical headings (a missing part said so), the three tables inside their parts, the
 * added parts; marked throughout where the query matches, as the search matched it ({@link
 * QueryMatcher}: its units, quoted phrases and variants on the normalised text).
 */
final class ReportPage {

  private ReportPage() {}

  static String render(StoredReport stored, String query, UserQuery words) {
    CheckedReport checked = stored.checked();
    AnnualReport r = checked.report();
    Marked marked = new Marked(QueryMatcher.of(words));
    ViolatedCells violated = ViolatedCells.of(checked);
    String title = r.title() == null ? r.agency() : r.title();
    Snippet heading = marked.text(title);
    List<Snippet> preamble = marked.paragraphs(r.parts().preamble());
    List<ReportView.Part> parts = new ArrayList<>();
    for (Part part : Part.values()) {
      String text = r.parts().get(part);
      parts.add(part(part, text == null ? null : marked.paragraphs(text), r.tables(), violated));
    }
    List<ReportView.Extra> extras = new ArrayList<>();
    for (int i = 0; i < r.parts().extra().size(); i++) {
      ExtraPart extra = r.parts().extra().get(i);
      extras.add(new ReportView.Extra(i + 1, marked.text(extra.heading()), marked.paragraphs(extra.text())));
    }
    ReportView.Matches matches = marked.matcher.isEmpty() ? null : new ReportView.Matches(query.strip(), marked.count);
    String back = query == null || query.isBlank() ? "/" : "/?q=" + SearchParams.encode(query.strip());
    ReportView.Page page = new ReportView.Page(Layout.shell(title + " · 年报检索", query), back, heading,
        metadata(stored.id(), stored.source(), r), matches, flags(checked.flags()), contents(r), preamble, parts, extras);
    return Templates.render("report.jte", page);
  }

  /** Texts marked where the query matches, counting the marks. */
  private static final class Marked {
    final QueryMatcher matcher;
    int count;

    Marked(QueryMatcher matcher) {
      this.matcher = matcher;
    }

    Snippet text(String text) {
      Snippet snippet = matcher.mark(text);
      count += (int) snippet.segments().stream().filter(Snippet.Segment::highlighted).count();
      return snippet;
    }

    /** Text as paragraphs, one per non-blank line. */
    List<Snippet> paragraphs(String text) {
      List<Snippet> out = new ArrayList<>();
      if (text != null) {
        for (String line : text.split("\\R")) {
          if (!line.isBlank()) {
            out.add(text(line.strip()));
          }
        }
      }
      return out;
    }
  }

  private static ReportView.Metadata metadata(String id, String source, AnnualReport r) {
    String region = SearchPage.regionText(r.region());
    ReportView.Source from = null;
    if (source != null && !source.isBlank()) {
      boolean web = source.startsWith("https://") || source.startsWith("http://");
      // A local file is shown by its name only: the server's folders are nobody's business.
      from = new ReportView.Source(web ? source : source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1), web);
    }
    return new ReportView.Metadata(
        r.agency(),
        r.year() == null ? null : r.year() + "年",
        r.published() == null ? null : r.published().toString(),
        region.isEmpty() ? null : region,
        r.region().code(),
        r.level() == null ? null : r.level().label(),
        r.sector(),
        from,
        "/api/v1/reports/" + SearchParams.encode(id));
  }

  private static List<ReportView.Flag> flags(List<Flag> flags) {
    return flags.stream().map(f -> new ReportView.Flag(f.rule().label(), f.rule().explanation(), f.message())).toList();
  }

  private static List<ReportView.TocEntry> contents(AnnualReport r) {
    List<ReportView.TocEntry> toc = new ArrayList<>();
    for (Part part : Part.values()) {
      toc.add(new ReportView.TocEntry("#" + part.key(), part.heading(), r.parts().has(part) ? null : "absent"));
    }
    for (int i = 0; i < r.parts().extra().size(); i++) {
      toc.add(new ReportView.TocEntry("#extra-" + (i + 1), r.parts().extra().get(i).heading(), "extra"));
    }
    return toc;
  }

  private static ReportView.Part part(Part part, List<Snippet> paragraphs, Tables tables, ViolatedCells violated) {
    return switch (part) {
      case ACTIVE -> new ReportView.Part(part.key(), part.heading(), paragraphs,
          tables.active() == null ? null : ReportTables.active(tables.active()), null, null, tables.active() == null);
      case REQUESTS -> new ReportView.Part(part.key(), part.heading(), paragraphs, null,
          tables.requests() == null ? null : ReportTables.requests(tables.requests(), violated), null, tables.requests() == null);
      case REVIEW_LITIGATION -> new ReportView.Part(part.key(), part.heading(), paragraphs, null, null,
          tables.reviewLitigation() == null ? null : ReportTables.reviewLitigation(tables.reviewLitigation(), violated),
          tables.reviewLitigation() == null);
      default -> new ReportView.Part(part.key(), part.heading(), paragraphs, null, null, null, false);
    };
  }
}
