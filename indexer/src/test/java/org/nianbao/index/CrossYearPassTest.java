package org.nianbao.index;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.document.ReportDocuments;
import org.nianbao.json.ReportJson;
import org.nianbao.model.CellRef;
import org.nianbao.model.CheckedReport;
import org.nianbao.model.Flag;
import org.nianbao.model.Rule;
import org.nianbao.pipeline.ReportPipeline;
import org.nianbao.schema.ReportAnalyzers;
import org.nianbao.schema.ReportFields;
import org.nianbao.source.ReportFileReader;

/**
 * R8–R11 evaluated by the index: on the real 洪泽区 reports of 2023 and 2024 (both PDFs, neither
 * printing a date), on copies of them with a changed carried-over or carried-forward row (a text
 * made of the PDF's own lines and cells), and on a pair of 淄博市水利局 reports whose 2023 text is mostly
 * 2022's. Every assertion reads the index the real {@link ReportIndexer} wrote.
 */
class CrossYearPassTest {

  private static final Path PDFS = Path.of("..", "corpus", "dev", "pdf");
  private static final Path COPIED = Path.of("src", "test", "resources", "org", "nianbao", "years");

  @TempDir Path dir;

  /** One document as the index holds it. */
  private record Indexed(
      String id, int year, String bodyKey, long pending, List<Flag> flags, List<String> flagField) {
    List<Flag> of(Rule rule) {
      return flags.stream().filter(f -> f.rule() == rule).toList();
    }

    List<String> rules() {
      return flags.stream().map(f -> f.rule().id()).distinct().toList();
    }
  }

  private IndexSummary index(Path indexDir, Path... files) throws IOException {
    try (ReportIndexer indexer = ReportIndexer.open(indexDir, ReportPipeline.bundled())) {
      return indexer.index(List.of(files), ProgressListener.NONE);
    }
  }

  /** Every live document by year (one per year in these tests), read from a fresh reader. */
  private static Map<Integer, Indexed> read(Path indexDir) throws IOException {
    Map<Integer, Indexed> byYear = new TreeMap<>();
    try (Directory directory = FSDirectory.open(indexDir);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        NumericDocValues pending = leaf.reader().getNumericDocValues(ReportFields.YEARS_PENDING);
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if (live != null && !live.get(doc)) {
            continue;
          }
          Document d = leaf.reader().storedFields().document(doc);
          CheckedReport checked = ReportJson.read(d.get(ReportFields.MODEL_JSON));
          long mark = pending != null && pending.advanceExact(doc) ? pending.longValue() : -1;
          Indexed indexed =
              new Indexed(
                  d.get(ReportFields.ID),
                  checked.report().year(),
                  d.get(ReportFields.BODY_KEY),
                  mark,
                  checked.flags(),
                  List.of(d.getValues(ReportFields.FLAG)));
          Indexed before = byYear.put(indexed.year(), indexed);
          assertEquals(null, before, "one report per year here: " + indexed + " and " + before);
        }
      }
    }
    return byYear;
  }

  /** How many live documents carry this flag in the flag field (what --flag and the facet read). */
  private static int withFlag(Path indexDir, Rule rule) throws IOException {
    try (Directory directory = FSDirectory.open(indexDir);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      return new IndexSearcher(reader).count(new TermQuery(new Term(ReportFields.FLAG, rule.id())));
    }
  }

  private Path copy(Path file) throws IOException {
    return Files.copy(file, dir.resolve(file.getFileName()));
  }

  /**
   * A copy of a real PDF as text (its own lines, table rows as TAB-separated cells) with one table
   * row replaced: the same report to the indexer (same key, same prose), with other numbers.
   */
  private Path textCopy(String pdf, String name, String rowLabel, String newRow) throws Exception {
    String text = new ReportFileReader().read(PDFS.resolve(pdf)).text();
    List<String> lines = new ArrayList<>(text.lines().toList());
    int replaced = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(rowLabel + "\t")) {
        lines.set(i, newRow);
        replaced++;
      }
    }
    assertEquals(1, replaced, rowLabel + " in " + pdf);
    return Files.writeString(
        dir.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
  }

  private static final String CARRIED_OVER = "二、上年结转政府信息公开申请数量";
  private static final String CARRIED_FORWARD = "四、结转下年度继续办理";

  @Test
  void theTwoHongzeReportsIndexedTogetherAreOneBodysTwoYearsAndTheirFiguresFollow()
      throws Exception {
    Path indexDir = dir.resolve("index");
    IndexSummary first =
        index(
            indexDir, copy(PDFS.resolve("hongze-2023.pdf")), copy(PDFS.resolve("hongze-2024.pdf")));
    Map<Integer, Indexed> docs = read(indexDir);
    Indexed y2023 = docs.get(2023);
    Indexed y2024 = docs.get(2024);

    assertAll(
        () -> assertEquals(2, first.reportsInIndex()),
        () -> assertEquals(List.of(2023, 2024), List.copyOf(docs.keySet())),
        () -> assertNotNull(y2023.bodyKey()),
        () ->
            assertEquals(
                "320813|政府|政府", y2024.bodyKey(), "淮安市洪泽区人民政府: the district's code, sector, kind"),
        () -> assertEquals(y2023.bodyKey(), y2024.bodyKey(), "one body's two years"),
        // 2023 carries 0 forward in every column and 2024 carries 0 over; 2023's 5 normative
        // documents
        // in force + 3 made − 0 repealed = 2024's 8; the prose is each year's own: no R8, R9, R10.
        // Neither PDF prints a date: R11 on both, after the checker's own flags.
        () -> assertEquals(List.of("R4", "R11"), y2023.rules()),
        () -> assertEquals(List.of("R5", "R11"), y2024.rules()),
        () -> assertEquals("报告未印落款日期或发布时间，无法核对是否按期公布", y2024.of(Rule.R11).get(0).message()),
        () ->
            assertEquals(
                List.of("R5", "R11"),
                y2024.flagField(),
                "the flag field (facet, --flag) holds R11 too"),
        () -> assertEquals(0, y2023.pending()),
        () -> assertEquals(0, y2024.pending()),
        () -> assertEquals(2, withFlag(indexDir, Rule.R11)));

    // Nothing changed: the next run finds both files unchanged (a rewritten document keeps its
    // content hash) and rewrites nothing.
    IndexSummary again =
        index(indexDir, dir.resolve("hongze-2023.pdf"), dir.resolve("hongze-2024.pdf"));
    assertAll(
        () ->
            assertEquals(2, again.count(FileOutcome.Status.UNCHANGED), again.outcomes().toString()),
        () -> assertEquals(2, again.reportsInIndex()),
        () -> assertEquals(docs, read(indexDir)));
  }

  @Test
  void aCopyOf2024ThatCarriesOverTwoRequestsGetsR8NamingItsNumbers() throws Exception {
    Path indexDir = dir.resolve("index");
    Path modified =
        textCopy(
            "hongze-2024.pdf",
            "hongze-2024-modified.txt",
            CARRIED_OVER,
            CARRIED_OVER + "\t2\t0\t0\t0\t0\t0\t2");
    index(indexDir, copy(PDFS.resolve("hongze-2023.pdf")), modified);
    Indexed y2024 = read(indexDir).get(2024);

    assertAll(
        () ->
            assertEquals(
                List.of(
                    "申请情况表「自然人」列：本年上年结转 2，但 2023 年报告的结转下年度为 0",
                    "申请情况表「总计」列：本年上年结转 2，但 2023 年报告的结转下年度为 0"),
                y2024.of(Rule.R8).stream().map(Flag::message).toList()),
        () ->
            assertEquals(
                List.of(
                    List.of(CellRef.parse("requests.carried_over.natural_person")),
                    List.of(CellRef.parse("requests.carried_over.total"))),
                y2024.of(Rule.R8).stream().map(Flag::cells).toList()),
        () -> assertTrue(y2024.flagField().contains("R8"), y2024.flagField().toString()),
        () -> assertEquals(1, withFlag(indexDir, Rule.R8)),
        () ->
            assertEquals(
                List.of(),
                read(indexDir).get(2023).of(Rule.R8),
                "2023 has no 2022 to compare with"));
  }

  @Test
  void reindexingEitherYearUpdatesTheOthersFlagsAndNeverAddsADocument() throws Exception {
    Path indexDir = dir.resolve("index");
    Path y2023 = copy(PDFS.resolve("hongze-2023.pdf"));
    Path y2024 =
        textCopy(
            "hongze-2024.pdf",
            "hongze-2024.txt",
            CARRIED_OVER,
            CARRIED_OVER + "\t2\t0\t0\t0\t0\t0\t2");
    index(indexDir, y2023, y2024);
    Map<Integer, Indexed> before = read(indexDir);
    assertEquals(2, before.get(2024).of(Rule.R8).size());

    // 2023 re-indexed, now carrying 2 forward (the same report as text, one row changed): 2024's
    // carried-over 2 now agrees, and its R8 goes, though 2024's file was not indexed again.
    Files.delete(y2023);
    Path y2023Changed =
        textCopy(
            "hongze-2023.pdf",
            "hongze-2023.txt",
            CARRIED_FORWARD,
            CARRIED_FORWARD + "\t2\t0\t0\t0\t0\t0\t2");
    IndexSummary changed = index(indexDir, y2023Changed);
    Map<Integer, Indexed> afterChange = read(indexDir);

    // 2023 back as it was printed: 2024's R8 comes back.
    IndexSummary restored = index(indexDir, copy(PDFS.resolve("hongze-2023.pdf")));
    Map<Integer, Indexed> afterRestore = read(indexDir);

    // 2024 re-indexed from its real PDF: it carries 0 over, as 2023 carried forward; R8 goes.
    IndexSummary real2024 = index(indexDir, copy(PDFS.resolve("hongze-2024.pdf")));
    Map<Integer, Indexed> afterReal = read(indexDir);

    assertAll(
        () ->
            assertEquals(
                FileOutcome.Status.UPDATED,
                changed.outcomes().get(0).status(),
                changed.outcomes().toString()),
        () ->
            assertEquals(
                before.get(2023).id(), changed.outcomes().get(0).id(), "the same report, updated"),
        () ->
            assertEquals(
                List.of(),
                afterChange.get(2024).of(Rule.R8),
                "2024's R8 cleared by re-indexing 2023"),
        () -> assertEquals(before.get(2024).id(), afterChange.get(2024).id()),
        () ->
            assertTrue(
                afterChange.get(2023).rules().contains("R1"),
                "2023's own balance now fails: " + afterChange.get(2023)),
        () -> assertEquals(2, changed.reportsInIndex()),
        () -> assertEquals(FileOutcome.Status.UPDATED, restored.outcomes().get(0).status()),
        () ->
            assertEquals(
                before.get(2024).flags(), afterRestore.get(2024).flags(), "2024's R8 back"),
        () -> assertEquals(2, restored.reportsInIndex()),
        () ->
            assertEquals(
                FileOutcome.Status.UPDATED,
                real2024.outcomes().get(0).status(),
                real2024.outcomes().toString()),
        () -> assertEquals(before.get(2024).id(), real2024.outcomes().get(0).id()),
        () -> assertEquals(List.of("R5", "R11"), afterReal.get(2024).rules()),
        () -> assertEquals(2, real2024.reportsInIndex()),
        () -> assertEquals(0, withFlag(indexDir, Rule.R8)),
        () -> assertEquals(2, withFlag(indexDir, Rule.R11)),
        () ->
            assertTrue(
                Stream.of(afterChange, afterRestore, afterReal)
                    .flatMap(m -> m.values().stream())
                    .allMatch(d -> d.pending() == 0),
                "nothing left pending"));
  }

  @Test
  void aReportMostlyCopiedFromLastYearGetsR10WithItsShareAndADocumentCountThatFollowsR9AsAWarning()
      throws Exception {
    Path indexDir = dir.resolve("index");
    IndexSummary summary =
        index(
            indexDir,
            copy(COPIED.resolve("shuili-2022.txt")),
            copy(COPIED.resolve("shuili-2023.txt")));
    Map<Integer, Indexed> docs = read(indexDir);
    Indexed y2023 = docs.get(2023);

    assertAll(
        () -> assertEquals(2, summary.reportsInIndex()),
        () -> assertEquals("370300|水利|局", y2023.bodyKey()),
        // Six of the 2023 report's eight own sentences stand in 2022's, the year moved on; the
        // requests table repeats 3 new, 3 granted, 3 handled in the applicant and total columns.
        () ->
            assertEquals(
                List.of("与 2022 年报告相同的句子占 75%（6/8 句）；表格中 6 个非零数字与上年相同"),
                y2023.of(Rule.R10).stream().map(Flag::message).toList()),
        () ->
            assertEquals(
                List.of("行政规范性文件：现行有效 12，但按 2022 年的 10 + 本年制发 1 − 本年废止 0 应为 11（提示：各机关对修订的计法不同）"),
                y2023.of(Rule.R9).stream().map(Flag::message).toList()),
        () ->
            assertEquals(
                List.of("R9", "R10"), y2023.rules(), "dated, balanced: only the cross-year rules"),
        () ->
            assertEquals(
                List.of(),
                docs.get(2022).flags(),
                "2022 has no year before it and prints its date"));
  }

  @Test
  void documentsLeftPendingByAKilledRunAreEvaluatedByTheNextRun() throws Exception {
    Path indexDir = dir.resolve("index");
    // What a run killed after a commit but before its pass leaves: both years written, pending,
    // with
    // only the checker's flags.
    try (Directory directory = FSDirectory.open(indexDir);
        IndexWriter writer =
            new IndexWriter(directory, new IndexWriterConfig(ReportAnalyzers.perField()))) {
      for (String file : List.of("shuili-2022.txt", "shuili-2023.txt")) {
        CheckedReport checked = ReportPipeline.bundled().load(COPIED.resolve(file)).checked();
        writer.addDocument(ReportDocuments.toDocument(file, checked, file, "killed-run"));
      }
      writer.commit();
    }
    assertEquals(List.of(), read(indexDir).get(2023).flags());
    assertEquals(1, read(indexDir).get(2023).pending());

    IndexSummary next = index(indexDir, copy(PDFS.resolve("hongze-2024.pdf")));
    Map<Integer, Indexed> docs = read(indexDir);

    assertAll(
        () -> assertEquals(3, next.reportsInIndex()),
        () -> assertEquals(List.of("R9", "R10"), docs.get(2023).rules()),
        () -> assertEquals(0, docs.get(2023).pending()),
        () -> assertEquals(0, docs.get(2022).pending()));
  }
}
