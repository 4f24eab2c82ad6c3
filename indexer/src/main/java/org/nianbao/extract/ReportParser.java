package org.nianbao.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nianbao.model.ActiveTable;
import org.nianbao.model.AnnualReport;
import org.nianbao.model.CellRef;
import org.nianbao.model.ExtraPart;
import org.nianbao.model.Part;
import org.nianbao.model.Parts;
import org.nianbao.model.ReportFormat;
import org.nianbao.model.RequestsTable;
import org.nianbao.model.ReviewLitigationTable;
import org.nianbao.model.Tables;
import org.nianbao.region.AgencyResolver;
import org.nianbao.source.Block;
import org.nianbao.source.Deadline;
import org.nianbao.source.PageMetadata;
import org.nianbao.source.PlainTextLayout;
import org.nianbao.source.ReportFile;
import org.nianbao.source.TextBlock;

/**
 * A report's blocks → the canonical model. The page's header (chrome, metadata block, title) is
 * read for metadata and kept out of the text; the body is recognised as a report by its content,
 * split into parts by their headings, its tables read from their parts, and its metadata taken from
 * every clue (see {@link MetadataReader}). A report that is only partly there is parsed as far as
 * it goes (the consistency check names what is missing). Thread-safe.
 */
public final class ReportParser {

  /** The three tables live in these parts. */
  private static final List<Part> TABLE_PARTS =
      List.of(Part.ACTIVE, Part.REQUESTS, Part.REVIEW_LITIGATION);

  /** How far from the end a signature (agency and date) may stand, in lines. */
  private static final int SIGNATURE_WINDOW = 8;

  /** A title glued to a sentence stands among the body's first lines (after 一、总体情况 at most). */
  private static final int GLUED_WINDOW = 3;

  private final MetadataReader metadata;

  public ReportParser(AgencyResolver agencies) {
    this.metadata = new MetadataReader(agencies);
  }

  /** A parser over the bundled gazetteer. */
  public static ReportParser bundled() {
    return new ReportParser(AgencyResolver.bundled());
  }

  /** Parses plain text in any of the layouts {@link PlainTextLayout} reads. */
  public AnnualReport parse(String rawText) throws NotAReportException {
    return parse(PlainTextLayout.blocks(rawText), PageMetadata.NONE);
  }

  public AnnualReport parse(ReportFile file) throws NotAReportException {
    return parse(file.blocks(), file.page());
  }

  public AnnualReport parse(List<Block> rawBlocks, PageMetadata page) throws NotAReportException {
    List<Block> blocks =
        HeadingsInTables.lift(SimplifiedChinese.ifTraditional(BlockCleaner.clean(rawBlocks)));
    if (blocks.isEmpty()) {
      throw new NotAReportException("the file has no text");
    }
    PageSplit pageSplit = PageSplit.of(blocks);
    List<String> headerLines = Lines.withTableRows(pageSplit.header());
    PageFacts facts = PageFacts.read(headerLines);
    Optional<String> titleLine =
        TitleFinder.find(Lines.of(pageSplit.header())).map(TitleFinder.TitleLines::text);

    List<Block> body = new ArrayList<>(pageSplit.body());
    for (int i = 0; i < Math.min(body.size(), GLUED_WINDOW) && titleLine.isEmpty(); i++) {
      if (body.get(i) instanceof TextBlock line) {
        Optional<TitleFinder.Glued> glued = TitleFinder.glued(line.text());
        if (glued.isPresent()) {
          titleLine = Optional.of(glued.get().title());
          body.set(i, new TextBlock(glued.get().rest()));
        }
      }
    }
    Deadline.check();
    List<String> lines = Lines.of(body);
    PartSplitter.Split split = PartSplitter.split(lines, 0);
    String bodyText = Lines.prose(body);
    ReportRecognizer.requireReport(bodyText, titleLine, split, body, page, facts, headerLines);

    Deadline.check();
    Signature signature = signature(lines);
    MetadataReader.Metadata meta =
        metadata.read(
            new MetadataReader.Clues(
                titleLine,
                page,
                facts,
                bodyText,
                signature.date(),
                facts.date(),
                signature.agencyLines()));

    Deadline.check();
    Map<Part, List<Block>> partBlocks = new EnumMap<>(Part.class);
    List<Block> preamble = new ArrayList<>();
    List<ExtraSection> extra = new ArrayList<>();
    sections(split, body, preamble, partBlocks, extra);
    Tables tables = tables(partBlocks, body);
    ReportFormat format = FormatDetector.detect(split, body, meta.year());
    Parts parts = parts(preamble, partBlocks, extra, signature);
    return new AnnualReport(
        meta.title(),
        meta.agency(),
        meta.year(),
        meta.published(),
        meta.region(),
        meta.level(),
        meta.sector(),
        parts,
        tables,
        format,
        meta.provenance());
  }

  private record ExtraSection(String heading, List<Block> blocks) {}

  /** Blocks of the preamble, each part and each added part, by the headings' lines. */
  private static void sections(
      PartSplitter.Split split,
      List<Block> body,
      List<Block> preamble,
      Map<Part, List<Block>> parts,
      List<ExtraSection> extra) {
    List<PartSplitter.Heading> headings = split.headings();
    int firstHeading = headings.isEmpty() ? body.size() : headings.get(0).line();
    preamble.addAll(body.subList(0, firstHeading));
    for (int i = 0; i < headings.size(); i++) {
      PartSplitter.Heading heading = headings.get(i);
      int end = i + 1 < headings.size() ? headings.get(i + 1).line() : body.size();
      List<Block> blocks =
          LooseTables.regroup(body.subList(Math.min(heading.line() + heading.lines(), end), end));
      if (heading.part() != null) {
        parts.put(heading.part(), blocks);
      } else {
        extra.add(new ExtraSection(heading.text(), blocks));
      }
    }
  }

  /** Each table from its own part; from the whole body when the part's heading was not found. */
  private static Tables tables(Map<Part, List<Block>> parts, List<Block> body) {
    List<TableRow> allRows = null;
    Map<Part, List<TableRow>> rows = new EnumMap<>(Part.class);
    for (Part part : TABLE_PARTS) {
      List<Block> blocks = parts.get(part);
      if (blocks != null) {
        rows.put(part, TableRows.of(blocks));
      } else {
        allRows = allRows == null ? TableRows.of(LooseTables.regroup(body)) : allRows;
        rows.put(part, allRows);
      }
    }
    List<CellRef> unreadable = new ArrayList<>();
    ActiveTable active = ActiveTableParser.parse(rows.get(Part.ACTIVE), unreadable);
    RequestsTable requests = RequestsTableParser.parse(rows.get(Part.REQUESTS), unreadable);
    boolean reviewPartFound = parts.containsKey(Part.REVIEW_LITIGATION);
    ReviewLitigationTable review =
        ReviewTableParser.parse(rows.get(Part.REVIEW_LITIGATION), !reviewPartFound, unreadable);
    return new Tables(active, requests, review, unreadable);
  }

  private static Parts parts(
      List<Block> preamble,
      Map<Part, List<Block>> partBlocks,
      List<ExtraSection> extraSections,
      Signature signature) {
    Map<Part, String> main = new EnumMap<>(Part.class);
    partBlocks.forEach(
        (part, blocks) -> main.put(part, TextCleaner.prose(withoutSignature(blocks, signature))));
    List<ExtraPart> extra = new ArrayList<>();
    for (ExtraSection section : extraSections) {
      extra.add(
          new ExtraPart(
              TextCleaner.squeezeSpaces(section.heading()),
              TextCleaner.prose(withoutSignature(section.blocks(), signature))));
    }
    String cleanPreamble = TextCleaner.prose(withoutSignature(preamble, signature));
    return new Parts(cleanPreamble.isEmpty() ? null : cleanPreamble, main, extra);
  }

  /** The signature (agency and date under the last part): metadata, not prose. */
  private record Signature(
      Optional<LocalDate> date, List<String> agencyLines, List<String> lines) {}

  private static Signature signature(List<String> lines) {
    int seen = 0;
    for (int i = lines.size() - 1; i >= 0 && seen < SIGNATURE_WINDOW; i--) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.equals(Lines.TABLE)) {
        continue;
      }
      seen++;
      Optional<LocalDate> date = PublishedDateFinder.standalone(line);
      if (date.isPresent()) {
        List<String> agencyLines = new ArrayList<>();
        List<String> signatureLines = new ArrayList<>(List.of(line));
        for (int j = i - 1; j >= 0 && j >= i - 2; j--) {
          String above = lines.get(j).strip();
          if (above.length() > 30
              || above.contains("。")
              || above.contains("，")
              || above.equals(Lines.TABLE)
              || above.isEmpty()) {
            break;
          }
          agencyLines.add(0, above);
          signatureLines.add(0, above);
        }
        return new Signature(date, List.copyOf(agencyLines), List.copyOf(signatureLines));
      }
    }
    return new Signature(Optional.empty(), List.of(), List.of());
  }

  /** The part's prose: its text blocks, without the signature lines at its end. */
  private static String withoutSignature(List<Block> blocks, Signature signature) {
    List<String> lines = new ArrayList<>();
    for (Block block : blocks) {
      if (block instanceof TextBlock line) {
        lines.add(line.text());
      }
    }
    for (int removed = 0; removed < 3 && !lines.isEmpty(); removed++) {
      String last = lines.get(lines.size() - 1).strip();
      if (!signature.lines().contains(last)) {
        break;
      }
      lines.remove(lines.size() - 1);
    }
    return String.join("\n", lines);
  }
}
