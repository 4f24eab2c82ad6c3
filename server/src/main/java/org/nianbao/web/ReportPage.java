package org.nianbao.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.model.AnnualReport;
import org.nianbao.model.CheckedReport;
import org.nianbao.model.ExtraPart;
import org.nianbao.model.Flag;
import org.nianbao.model.Part;
import org.nianbao.model.ReportHeading;
import org.nianbao.model.Rule;
import org.nianbao.model.Tables;
import org.nianbao.search.QueryMatcher;
import org.nianbao.search.Snippet;
import org.nianbao.search.StoredReport;
import org.nianbao.search.UserQuery;
import org.nianbao.web.view.ReportView;
import org.nianbao.years.TextReuse;

/**
 * One report ({@code report.jte}): metadata, the consistency problems, the body's other years with
 * their key figures ({@link YearsSection}), the preamble, the six parts under their canonical
 * headings (a missing part said so), the three tables inside their parts, the added parts; marked
 * throughout where the query matches, as the search matched it ({@link QueryMatcher}: its units,
 * quoted phrases and variants on the normalised text), and, when the report is flagged R10, where a
 * sentence repeats last year's report.
 */
final class ReportPage {

  private ReportPage() {}

  static String render(
      StoredReport stored, String query, UserQuery words, List<StoredReport> sameBody) {
    CheckedReport checked = stored.checked();
    AnnualReport r = checked.report();
    AgencyYears years = AgencyYears.of(stored, sameBody).orElse(null);
    Marked marked =
        new Marked(QueryMatcher.of(words), years == null ? Set.of() : years.markedReused());
    ViolatedCells violated = ViolatedCells.of(checked);
    String title = ReportHeading.of(r.title(), r.agency(), r.region(), r.year());
    Snippet heading = marked.text(title);
    List<ReportView.Paragraph> preamble = marked.paragraphs(r.parts().preamble());
    List<ReportView.Part> parts = new ArrayList<>();
    for (Part part : Part.values()) {
      String text = r.parts().get(part);
      parts.add(part(part, text == null ? null : marked.paragraphs(text), r.tables(), violated));
    }
    List<ReportView.Extra> extras = new ArrayList<>();
    for (int i = 0; i < r.parts().extra().size(); i++) {
      ExtraPart extra = r.parts().extra().get(i);
      extras.add(
          new ReportView.Extra(
              i + 1, marked.text(extra.heading()), marked.paragraphs(extra.text())));
    }
    ReportView.Matches matches =
        marked.matcher.isEmpty() ? null : new ReportView.Matches(query.strip(), marked.count);
    String back =
        query == null || query.isBlank() ? "/" : "/?q=" + SearchParams.encode(query.strip());
    ReportView.Page page =
        new ReportView.Page(
            Layout.shell(title + " · 年报检索", query),
            back,
            heading,
            metadata(stored.id(), stored.source(), r),
            matches,
            flags(checked.flags(), years),
            years == null ? null : YearsSection.of(years),
            contents(r),
            preamble,
            parts,
            extras);
    return Templates.render("report.jte", page);
  }

  /** Texts marked where the query matches, counting the marks, and where a sentence is reused. */
  private static final class Marked {
    final QueryMatcher matcher;
    final Set<String> reused;
    int count;

    Marked(QueryMatcher matcher, Set<String> reused) {
      this.matcher = matcher;
      this.reused = reused;
    }

    Snippet text(String text) {
      Snippet snippet = matcher.mark(text);
      count += (int) snippet.segments().stream().filter(Snippet.Segment::highlighted).count();
      return snippet;
    }

    /** Text as paragraphs, one per non-blank line, cut where a reused sentence starts and ends. */
    List<ReportView.Paragraph> paragraphs(String text) {
      List<ReportView.Paragraph> out = new ArrayList<>();
      if (text == null) {
        return out;
      }
      List<int[]> spans = new ArrayList<>();
      if (!reused.isEmpty()) {
        for (TextReuse.Span span : TextReuse.spans(text)) {
          if (reused.contains(span.sentence())) {
            spans.add(new int[] {span.start(), span.end()});
          }
        }
      }
      Matcher lineEnd = LINE_BREAK.matcher(text);
      int start = 0;
      while (start <= text.length()) {
        int stop = lineEnd.find() ? lineEnd.start() : text.length();
        String line = text.substring(start, stop);
        if (!line.isBlank()) {
          String stripped = line.strip();
          int from = start + line.indexOf(stripped);
          out.add(new ReportView.Paragraph(ReusedPieces.cut(text(stripped), from, spans)));
        }
        if (stop == text.length()) {
          break;
        }
        start = lineEnd.end();
      }
      return out;
    }
  }

  private static final Pattern LINE_BREAK = Pattern.compile("\\R");

  private static ReportView.Metadata metadata(String id, String source, AnnualReport r) {
    String region = SearchPage.regionText(r.region());
    ReportView.Source from = null;
    if (source != null && !source.isBlank()) {
      boolean web = source.startsWith("https://") || source.startsWith("http://");
      // A local file is shown by its name only: the server's folders are nobody's business.
      from =
          new ReportView.Source(
              web
                  ? source
                  : source.substring(
                      Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1),
              web);
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

  private static List<ReportView.Flag> flags(List<Flag> flags, AgencyYears years) {
    ReportView.Link compare =
        years == null || years.previous == null
            ? null
            : new ReportView.Link(
                "对照 " + years.previous.checked().report().year() + " 年报告",
                "/reports/" + SearchParams.encode(years.previous.id()));
    return flags.stream()
        .map(
            f ->
                new ReportView.Flag(
                    f.rule().label(),
                    f.rule().explanation(),
                    f.message(),
                    chipClass(f.rule()),
                    isAgainstLastYear(f.rule()) ? compare : null))
        .toList();
  }

  /** A rule's chip: {@code flag}, amber ({@code flag warning}) for a hint such as R9. */
  static String chipClass(Rule rule) {
    return rule.isWarning() ? "flag warning" : "flag";
  }

  /** R8–R10 compare with last year's report; R11 does not. */
  private static boolean isAgainstLastYear(Rule rule) {
    return rule.checkedWhenIndexed() && rule != Rule.R11;
  }

  private static List<ReportView.TocEntry> contents(AnnualReport r) {
    List<ReportView.TocEntry> toc = new ArrayList<>();
    for (Part part : Part.values()) {
      toc.add(
          new ReportView.TocEntry(
              "#" + part.key(), part.heading(), r.parts().has(part) ? null : "absent"));
    }
    for (int i = 0; i < r.parts().extra().size(); i++) {
      toc.add(
          new ReportView.TocEntry(
              "#extra-" + (i + 1), r.parts().extra().get(i).heading(), "extra"));
    }
    return toc;
  }

  private static ReportView.Part part(
      Part part, List<ReportView.Paragraph> paragraphs, Tables tables, ViolatedCells violated) {
    return switch (part) {
      case ACTIVE ->
          new ReportView.Part(
              part.key(),
              part.heading(),
              paragraphs,
              tables.active() == null ? null : ReportTables.active(tables.active(), violated),
              null,
              null,
              tables.active() == null);
      case REQUESTS ->
          new ReportView.Part(
              part.key(),
              part.heading(),
              paragraphs,
              null,
              tables.requests() == null ? null : ReportTables.requests(tables.requests(), violated),
              null,
              tables.requests() == null);
      case REVIEW_LITIGATION ->
          new ReportView.Part(
              part.key(),
              part.heading(),
              paragraphs,
              null,
              null,
              tables.reviewLitigation() == null
                  ? null
                  : ReportTables.reviewLitigation(tables.reviewLitigation(), violated),
              tables.reviewLitigation() == null);
      default ->
          new ReportView.Part(part.key(), part.heading(), paragraphs, null, null, null, false);
    };
  }
}
