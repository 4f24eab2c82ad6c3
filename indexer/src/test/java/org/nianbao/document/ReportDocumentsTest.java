package org.nianbao.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleField;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;
import org.nianbao.model.ActiveTable;
import org.nianbao.model.AnnualReport;
import org.nianbao.model.Applicant;
import org.nianbao.model.CellRef;
import org.nianbao.model.CheckedReport;
import org.nianbao.model.CountTable;
import org.nianbao.model.DocumentCounts;
import org.nianbao.model.ExtraPart;
import org.nianbao.model.Flag;
import org.nianbao.model.Level;
import org.nianbao.model.Part;
import org.nianbao.model.Parts;
import org.nianbao.model.Region;
import org.nianbao.model.RequestRow;
import org.nianbao.model.RequestsTable;
import org.nianbao.model.ReviewGroup;
import org.nianbao.model.ReviewLitigationTable;
import org.nianbao.model.ReviewOutcome;
import org.nianbao.model.Rule;
import org.nianbao.model.Tables;
import org.nianbao.schema.ReportAnalyzers;
import org.nianbao.schema.ReportFields;
import org.nianbao.schema.StoredModel;

class ReportDocumentsTest {

  private static CheckedReport report(int year, String agency) {
    Map<Part, String> main = new EnumMap<>(Part.class);
    main.put(Part.OVERVIEW, "本机关开通抖音政务号。");
    main.put(Part.REQUESTS, "共受理政府信息公开申请11件。");
    CountTable<RequestRow, Applicant> requests =
        CountTable.builder(RequestRow.class, Applicant.class)
            .put(RequestRow.NEW, Applicant.TOTAL, 11L)
            .put(RequestRow.NEW, Applicant.NATURAL_PERSON, 11L)
            .build();
    CountTable<ReviewGroup, ReviewOutcome> review =
        CountTable.builder(ReviewGroup.class, ReviewOutcome.class)
            .put(ReviewGroup.REVIEW, ReviewOutcome.UPHELD, 2L)
            .build();
    ActiveTable active =
        new ActiveTable(
            new DocumentCounts(3L, null, 40L),
            new DocumentCounts(null, null, null),
            125L,
            null,
            null,
            new BigDecimal("1.5"));
    AnnualReport r =
        new AnnualReport(
            agency + year + "年度政府信息公开工作年度报告",
            agency,
            year,
            LocalDate.of(year + 1, 1, 20),
            new Region("山东省", "淄博市", "张店区", "370303"),
            Level.COUNTY,
            "政府",
            new Parts("根据条例编制本报告。", main, List.of(new ExtraPart("七、全面提升政务服务效能", "推进一网通办。"))),
            new Tables(active, new RequestsTable(requests), new ReviewLitigationTable(review)));
    return new CheckedReport(
        r, List.of(new Flag(Rule.R1, "a"), new Flag(Rule.R3, "b"), new Flag(Rule.R1, "c")));
  }

  @Test
  void storesKeywordsJsonAndTextTwins() {
    CheckedReport checked = report(2023, "淄博市张店区人民政府");
    Document doc = ReportDocuments.toDocument("abc", checked, "/in/a.docx", "h1");

    assertEquals("abc", doc.get(ReportFields.ID));
    assertEquals("/in/a.docx", doc.get(ReportFields.SOURCE));
    assertEquals("h1", doc.get(ReportFields.CONTENT_HASH));
    assertEquals("淄博市张店区人民政府", doc.get(ReportFields.AGENCY));
    assertEquals("county", doc.get(ReportFields.LEVEL));
    assertEquals("政府", doc.get(ReportFields.SECTOR));
    assertEquals("370303", doc.get(ReportFields.REGION_CODE));
    assertEquals("2024-01-20", doc.get(ReportFields.PUBLISHED));
    assertArrayEquals(new String[] {"R1", "R3"}, doc.getValues(ReportFields.FLAG));
    // Its body across years (keyword, stored), and R8–R11 pending until the indexing run's pass.
    assertEquals("370303|政府|政府", doc.get(ReportFields.BODY_KEY));
    assertTrue(doc.getField(ReportFields.BODY_KEY).fieldType().stored());
    assertEquals(1L, doc.getField(ReportFields.YEARS_PENDING).numericValue());
    assertEquals(
        DocValuesType.NUMERIC,
        doc.getField(ReportFields.YEARS_PENDING).fieldType().docValuesType());
    // (The fixture avoids what the JSON does not keep: a null DocumentCounts, a row without cells.)
    // The parts' text is stored once, as body values: the stored JSON leaves it out and gets it
    // back.
    List<String> sections = List.of(doc.get(ReportFields.BODY_SECTIONS).split(" "));
    assertEquals(
        checked.report(),
        StoredModel.read(
                doc.get(ReportFields.MODEL_JSON), sections, doc.getValues(ReportFields.BODY))
            .report());
    assertFalse(doc.get(ReportFields.MODEL_JSON).contains("本机关开通抖音政务号"));

    // The body: one stored value per non-empty section, in report order, with its section key.
    assertEquals("preamble overview requests extra tables", doc.get(ReportFields.BODY_SECTIONS));
    String[] body = doc.getValues(ReportFields.BODY);
    assertEquals("根据条例编制本报告。", body[0]);
    assertEquals("本机关开通抖音政务号。", body[1]);
    assertEquals("七、全面提升政务服务效能\n\n推进一网通办。", body[3]);
    // Tables as lines of labels and numbers: rows that count something.
    assertTrue(body[4].contains("行政许可 本年处理决定数量 125"), body[4]);
    assertTrue(body[4].contains("一、本年新收政府信息公开申请数量 自然人 11 总计 11"), body[4]);
    assertTrue(body[4].contains("行政事业性收费 本年收费金额（万元） 1.5"), body[4]);

    // Twins: same length as the stored value, content and boilerplate split, bigram-indexed with
    // offsets.
    IndexableField[] content = doc.getFields(ReportFields.BODY_CJK);
    IndexableField[] template = doc.getFields(ReportFields.BODY_BOILERPLATE_CJK);
    assertEquals(body.length, content.length);
    assertEquals(body.length, template.length);
    for (int i = 0; i < body.length; i++) {
      assertEquals(body[i].length(), content[i].stringValue().length());
      assertEquals(body[i].length(), template[i].stringValue().length());
      assertEquals(
          IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS,
          content[i].fieldType().indexOptions());
      assertEquals(false, content[i].fieldType().stored());
    }
    // 根据条例编制本报告 is the template's preamble: boilerplate, blanked in the content twin.
    assertEquals("。".repeat(body[0].length()), content[0].stringValue());
    assertEquals(body[0], template[0].stringValue());
    assertEquals(body[1], content[1].stringValue());
    assertTrue(doc.getField(ReportFields.TITLE).fieldType().stored());
    assertEquals(checked.report().title(), doc.getField(ReportFields.TITLE_CJK).stringValue());
  }

  @Test
  void cellsAreNumericFieldsAndMissingCellsAreNotIndexed() throws IOException {
    try (Directory dir = new ByteBuffersDirectory()) {
      try (IndexWriter writer =
          new IndexWriter(dir, new IndexWriterConfig(ReportAnalyzers.perField()))) {
        writer.addDocument(ReportDocuments.toDocument("a", report(2023, "甲"), null, null));
        writer.addDocument(ReportDocuments.toDocument("b", report(2021, "乙"), null, null));
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        assertEquals(
            2,
            count(
                searcher,
                LongField.newExactQuery(
                    ReportFields.cellField(CellRef.parse("requests.new.total")), 11)));
        assertEquals(
            2,
            count(
                searcher,
                LongField.newExactQuery(
                    ReportFields.cellField(CellRef.parse("review_litigation.review.upheld")), 2)));
        assertEquals(
            2,
            count(
                searcher,
                LongField.newExactQuery(
                    ReportFields.cellField(CellRef.parse("active.rules.issued")), 3)));
        assertEquals(
            2,
            count(
                searcher,
                LongField.newExactQuery(
                    ReportFields.cellField(CellRef.parse("active.licensing.decisions")), 125)));
        assertEquals(
            2,
            count(
                searcher,
                DoubleField.newRangeQuery(
                    ReportFields.cellField(CellRef.parse("active.fees.amount")), 1.4, 1.6)));
        // Null cells are absent, not 0.
        assertEquals(
            0,
            count(
                searcher,
                LongField.newRangeQuery(
                    ReportFields.cellField(CellRef.parse("requests.carried_over.total")),
                    Long.MIN_VALUE,
                    Long.MAX_VALUE)));
        assertEquals(
            0,
            count(
                searcher,
                LongField.newRangeQuery(
                    ReportFields.cellField(CellRef.parse("active.rules.repealed")),
                    Long.MIN_VALUE,
                    Long.MAX_VALUE)));

        assertEquals(1, count(searcher, IntField.newExactQuery(ReportFields.YEAR, 2021)));
        assertEquals(2, count(searcher, new TermQuery(new Term(ReportFields.FLAG, "R3"))));

        // The year's doc values sort.
        Sort byYear =
            new Sort(
                IntField.newSortField(ReportFields.YEAR, false, SortedNumericSelector.Type.MIN));
        TopDocs sorted = searcher.search(new MatchAllDocsQuery(), 10, byYear);
        assertEquals(
            "b", searcher.storedFields().document(sorted.scoreDocs[0].doc).get(ReportFields.ID));
      }
    }
  }

  private static long count(IndexSearcher searcher, org.apache.lucene.search.Query query)
      throws IOException {
    return searcher.count(query);
  }
}
