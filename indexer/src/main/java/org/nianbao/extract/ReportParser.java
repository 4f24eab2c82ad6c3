package org.nianbao.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.model.ActiveTable;
import org.nianbao.model.AnnualReport;
import org.nianbao.model.ExtraPart;
import org.nianbao.model.Part;
import org.nianbao.model.Parts;
import org.nianbao.model.RequestsTable;
import org.nianbao.model.ReviewLitigationTable;
import org.nianbao.model.Tables;
import org.nianbao.region.AgencyResolver;
import org.nianbao.region.ParsedTitle;
import org.nianbao.region.Resolution;
import org.nianbao.region.TitleParser;

/**
 * Text of one report → the canonical model: title, agency and year from the title; region, level
 * and sector from the agency and clues in the text; the parts by their headings; the three tables
 * from their parts; the printed date. A report that is only partly there is parsed as far as it
 * goes (the consistency check names what is missing). Thread-safe.
 */
public final class ReportParser {

  private static final Pattern STATISTICS_YEAR = Pattern.compile("统计期限[^。]{0,8}?(20\\d{2})\\s*年\\s*1\\s*月\\s*1\\s*日");
  /** The three tables live in these parts. */
  private static final List<Part> TABLE_PARTS = List.of(Part.ACTIVE, Part.REQUESTS, Part.REVIEW_LITIGATION);

  private final TitleParser titles = new TitleParser();
  private final AgencyResolver agencies;

  public ReportParser(AgencyResolver agencies) {
    this.agencies = agencies;
  }

  /** A parser over the bundled gazetteer. */
  public static ReportParser bundled() {
    return new ReportParser(AgencyResolver.bundled());
  }

  public AnnualReport parse(String rawText) throws NotAReportException {
    String text = TextCleaner.clean(rawText);
    if (text.isBlank()) {
      throw new NotAReportException("the file has no text");
    }
    List<String> lines = List.of(text.split("\n", -1));
    TitleFinder.TitleLines title = TitleFinder.find(lines).orElseThrow(() -> new NotAReportException(
        "not an annual report: no title naming a 政府信息公开工作年度报告 in its first lines"));
    ParsedTitle fromTitle = titles.parse(title.text());
    Resolution who = agencies.resolve(fromTitle.agency(), text);
    Integer year = fromTitle.year() != null ? fromTitle.year() : statisticsYear(text).orElse(null);

    PartSplitter.Split split = PartSplitter.split(lines, title.endLine());
    Tables tables = tables(split, text);
    Parts parts = parts(split, who.agency());
    LocalDate published = PublishedDateFinder.find(lines).orElse(null);
    return new AnnualReport(title.text(), who.agency(), year, published, who.region(), who.level(), who.sector(), parts, tables);
  }

  /** Each table from its own part; from the whole text when the part's heading was not found. */
  private static Tables tables(PartSplitter.Split split, String text) {
    List<TableRow> allRows = null;
    Map<Part, List<TableRow>> rows = new EnumMap<>(Part.class);
    for (Part part : TABLE_PARTS) {
      String partText = split.parts().get(part);
      if (partText != null) {
        rows.put(part, TableRows.read(partText));
      } else {
        allRows = allRows == null ? TableRows.read(text) : allRows;
        rows.put(part, allRows);
      }
    }
    ActiveTable active = ActiveTableParser.parse(rows.get(Part.ACTIVE));
    RequestsTable requests = RequestsTableParser.parse(rows.get(Part.REQUESTS));
    boolean reviewPartFound = split.parts().containsKey(Part.REVIEW_LITIGATION);
    ReviewLitigationTable review = ReviewTableParser.parse(rows.get(Part.REVIEW_LITIGATION), !reviewPartFound);
    return new Tables(active, requests, review);
  }

  private static Parts parts(PartSplitter.Split split, String agency) {
    Map<Part, String> main = new EnumMap<>(Part.class);
    split.parts().forEach((part, text) -> main.put(part, withoutTables(text)));
    List<ExtraPart> extra = new ArrayList<>();
    split.extra().forEach(section -> extra.add(new ExtraPart(section.heading(), section.text())));
    String preamble = split.preamble();

    // The signature (agency and date under the last part) is not prose of that part.
    PartSplitter.Heading last = split.headings().isEmpty() ? null : split.headings().get(split.headings().size() - 1);
    if (last == null) {
      preamble = withoutSignature(preamble, agency);
    } else if (last.part() != null) {
      main.put(last.part(), withoutSignature(main.get(last.part()), agency));
    } else {
      ExtraPart lastExtra = extra.remove(extra.size() - 1);
      extra.add(new ExtraPart(lastExtra.heading(), withoutSignature(lastExtra.text(), agency)));
    }

    main.replaceAll((part, text) -> TextCleaner.prose(text));
    extra.replaceAll(part -> new ExtraPart(TextCleaner.squeezeSpaces(part.heading()), TextCleaner.prose(part.text())));
    String cleanPreamble = TextCleaner.prose(withoutLeadingDates(preamble));
    return new Parts(cleanPreamble.isEmpty() ? null : cleanPreamble, main, extra);
  }

  /**
   * The part's prose without its tables. A table block runs from a table line to the last table line
   * before the next line of prose (long, or a sentence); short lines inside it are broken cells (商业
   * / 企业, 三、本 年度办 理结果) and go with it. Tables stand in any part (淄博 prints one in 总体情况).
   */
  private static String withoutTables(String text) {
    List<String> lines = List.of(text.split("\n", -1));
    List<String> kept = new ArrayList<>();
    int blockStart = -1;
    int lastTableLine = -1;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (TableRows.isTableLine(line)) {
        blockStart = blockStart < 0 ? i : blockStart;
        lastTableLine = i;
      } else if (blockStart >= 0 && isProse(line) && !nextNonBlankIsTable(lines, i + 1)) {
        kept.addAll(lines.subList(lastTableLine + 1, i)); // short lines after the table stay
        blockStart = -1;
        kept.add(line);
      } else if (blockStart < 0) {
        kept.add(line);
      }
    }
    if (blockStart >= 0) {
      kept.addAll(lines.subList(lastTableLine + 1, lines.size()));
    }
    return String.join("\n", kept);
  }

  /** A long cell broken onto its own line (三门峡's （本列数据的勾稽关系为…）) is followed by more cells. */
  private static boolean nextNonBlankIsTable(List<String> lines, int from) {
    for (int i = from; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        return TableRows.isTableLine(lines.get(i));
      }
    }
    return false;
  }

  private static boolean isProse(String line) {
    String text = line.strip();
    return text.length() > 20 || text.contains("。");
  }

  private static String withoutSignature(String text, String agency) {
    List<String> lines = new ArrayList<>(List.of(text.strip().split("\n", -1)));
    for (int removed = 0; removed < 3 && !lines.isEmpty(); removed++) {
      String line = lines.get(lines.size() - 1).strip();
      boolean isDate = PublishedDateFinder.standalone(line).isPresent();
      boolean isAgency = !line.isEmpty() && agency != null && TextCleaner.squeezeSpaces(line).equals(agency);
      if (!isDate && !isAgency && !line.isEmpty()) {
        break;
      }
      lines.remove(lines.size() - 1);
    }
    return String.join("\n", lines);
  }

  /** A date printed under the title (绥芬河's 2024 年 1 月 12 日) is metadata, not preamble prose. */
  private static String withoutLeadingDates(String text) {
    List<String> lines = new ArrayList<>(List.of(text.strip().split("\n", -1)));
    while (!lines.isEmpty() && (lines.get(0).isBlank() || PublishedDateFinder.standalone(lines.get(0)).isPresent())) {
      lines.remove(0);
    }
    return String.join("\n", lines);
  }

  private static Optional<Integer> statisticsYear(String text) {
    Matcher m = STATISTICS_YEAR.matcher(text);
    return m.find() ? Optional.of(Integer.valueOf(m.group(1))) : Optional.empty();
  }
}
