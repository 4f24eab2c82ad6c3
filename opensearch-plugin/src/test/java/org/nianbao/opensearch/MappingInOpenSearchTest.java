package org.nianbao.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.model.CellRef;
import org.nianbao.schema.BigramSimilarity;
import org.nianbao.schema.ReportAnalyzers;
import org.nianbao.schema.ReportFields;
import org.opensearch.common.settings.Settings;
import org.opensearch.common.xcontent.XContentHelper;
import org.opensearch.core.common.bytes.BytesArray;
import org.opensearch.core.xcontent.MediaTypeRegistry;
import org.opensearch.index.mapper.MappedFieldType;
import org.opensearch.index.mapper.MapperParsingException;
import org.opensearch.index.mapper.ParsedDocument;
import org.opensearch.index.mapper.SourceFieldMapper;
import org.opensearch.index.mapper.SourceToParse;
import org.opensearch.index.similarity.NonNegativeScoresSimilarity;

/**
 * OpenSearch's own mapper service reads {@code nianbao-index.json} (flat dotted names, the plugin's
 * analyzer, strict fields) and turns a report document into Lucene fields that answer nianbao's
 * kinds of query.
 */
class MappingInOpenSearchTest {

  @TempDir static Path home;

  private static OpenSearchIndex index;

  /**
   * A report as the indexer would send it: two body sections, with their content and boilerplate
   * twins.
   */
  private static final String REPORT =
      """
      {"id": "r1", "title": "淄博市文化和旅游局2023年政府信息公开工作年度报告",
       "body": ["本机关开通抖音政务号", "政务服务热线全年受理诉求"],
       "body.cjk": ["本机关开通抖音政务号", "政务服务热线全年受理诉求"],
       "body.bp.cjk": ["", ""],
       "body_sections": "overview active",
       "year": 2023, "agency": "淄博市文化和旅游局", "level": "city",
       "region": ["山东省", "山东省/淄博市"], "group.province": "山东省", "group.city": "山东省/淄博市",
       "flag": ["R1", "R3"],
       "cell.requests.new.total": 12, "cell.active.fees.amount": 1.5,
       "json": "{\\"id\\": \\"r1\\"}"}
      """;

  @BeforeAll
  static void open() {
    index = new OpenSearchIndex(home, Settings.EMPTY);
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  @Test
  void searchFieldsUseTheBigramsTheSectionGapAndTheSimilarity() {
    for (String field : ReportFields.SEARCH_FIELDS) {
      MappedFieldType type = index.mapperService.fieldType(field);
      assertEquals("text", type.typeName(), field);
      assertEquals(
          NianbaoAnalysisPlugin.BIGRAMS,
          type.getTextSearchInfo().getSearchAnalyzer().name(),
          field);
      assertEquals(
          ReportAnalyzers.SECTION_POSITION_GAP,
          index.mapperService.indexAnalyzer().getPositionIncrementGap(field),
          field);
      // OpenSearch wraps a plugin's similarity in a guard against negative scores.
      Similarity similarity =
          ((NonNegativeScoresSimilarity) type.getTextSearchInfo().getSimilarity().get())
              .getDelegate();
      assertInstanceOf(BigramSimilarity.class, similarity, field);
    }
  }

  @Test
  void aPhraseScoresWithTheIdfOfItsRarestBigram() {
    // Through OpenSearch's wrapper, as a phrase query on body.cjk is scored: 抖音 (a rare bigram)
    // next to
    // a common one scores as 抖音 alone, where plain BM25 would add the two IDFs.
    Similarity similarity =
        index
            .mapperService
            .fieldType(ReportFields.BODY_CJK)
            .getTextSearchInfo()
            .getSimilarity()
            .get();
    CollectionStatistics reports =
        new CollectionStatistics(ReportFields.BODY_CJK, 1000, 1000, 2_000_000, 2_000_000);
    TermStatistics rare = new TermStatistics(new BytesRef("抖音"), 10, 10);
    TermStatistics common = new TermStatistics(new BytesRef("政务"), 900, 900);
    float phrase = similarity.scorer(1f, reports, rare, common).score(1f, 1L);
    assertEquals(similarity.scorer(1f, reports, rare).score(1f, 1L), phrase);
    BM25Similarity bm25 = new BM25Similarity(BigramSimilarity.K1, BigramSimilarity.B);
    assertTrue(
        bm25.scorer(1f, reports, rare, common).score(1f, 1L) > phrase, "plain BM25 sums the IDFs");
  }

  @Test
  void cellsAreNumericWithDocValues() {
    for (CellRef cell : CellRef.all()) {
      MappedFieldType type = index.mapperService.fieldType(ReportFields.cellField(cell));
      assertEquals(
          cell.path().equals("active.fees.amount") ? "double" : "long",
          type.typeName(),
          cell.path());
      assertTrue(type.hasDocValues(), cell.path());
      assertTrue(type.isSearchable(), cell.path());
    }
  }

  @Test
  void aReportDocumentAnswersPhraseFacetAndCellQueries() throws IOException {
    ParsedDocument parsed = parse(REPORT);
    try (Directory directory = new ByteBuffersDirectory()) {
      try (IndexWriter writer =
          new IndexWriter(directory, new IndexWriterConfig(index.mapperService.indexAnalyzer()))) {
        writer.addDocument(parsed.rootDoc());
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        assertEquals(1, searcher.count(phrase(ReportFields.BODY_CJK, "抖音政务号", 0)));
        assertEquals(1, searcher.count(phrase(ReportFields.TITLE_CJK, "文化和旅游局", 0)));
        assertEquals(
            0,
            searcher.count(phrase(ReportFields.BODY_CJK, "抖音音乐", 0)),
            "抖音 and 音乐 never stand together");
        // 抖音 stands only in the first section, 热线 only in the second, about 8 positions apart were
        // the two
        // one text; the gap of 1000 between sections keeps them out of even a wide proximity window
        // (OpenSearch's default gap, 100, would let this match).
        assertEquals(0, searcher.count(phrase(ReportFields.BODY_CJK, "抖音", "热线", 500)));
        assertEquals(
            1,
            searcher.count(phrase(ReportFields.BODY_CJK, "抖音", "热线", 1100)),
            "the two are in the document");
        assertEquals(1, searcher.count(phrase(ReportFields.BODY_CJK, "抖音", "政务号", 10)));
        assertEquals(
            1, searcher.count(new TermQuery(new Term(ReportFields.FACET_REGION, "山东省/淄博市"))));
        assertEquals(1, searcher.count(new TermQuery(new Term(ReportFields.FLAG, "R3"))));
        assertEquals(1, searcher.count(LongPoint.newRangeQuery("cell.requests.new.total", 10, 20)));
        assertEquals(0, searcher.count(LongPoint.newRangeQuery("cell.requests.new.total", 13, 20)));
      }
    }
  }

  @Test
  void theContentTwinMarksListItemsAndItsPhrasesStillMatch() throws IOException {
    ParsedDocument parsed =
        parse(REPORT.replace("\"body.cjk\": [\"本机关开通抖音政务号\"", "\"body.cjk\": [\"本机关开通微信、抖音政务号\""));
    try (Directory directory = new ByteBuffersDirectory()) {
      try (IndexWriter writer =
          new IndexWriter(directory, new IndexWriterConfig(index.mapperService.indexAnalyzer()))) {
        writer.addDocument(parsed.rootDoc());
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        Term mark = new Term(ReportFields.BODY_CJK, ReportAnalyzers.LIST_ITEM_MARK);
        // 微信 before the comma and 抖音 after it: two marks, one per item edge.
        assertEquals(2, reader.totalTermFreq(mark));
        assertEquals(0, reader.totalTermFreq(new Term(ReportFields.TITLE_CJK, mark.text())));
        IndexSearcher searcher = new IndexSearcher(reader);
        assertEquals(1, searcher.count(phrase(ReportFields.BODY_CJK, "抖音政务号", 0)));
        assertEquals(1, searcher.count(phrase(ReportFields.BODY_CJK, "微信抖音", 0)));
      }
    }
  }

  @Test
  void theBodyTwinsAreIndexedButNotKeptInTheSource() {
    // body.cjk and body.bp.cjk repeat the body's text: kept in _source they would store it three
    // times.
    ParsedDocument parsed = parse(REPORT);
    // The _source as stored in the Lucene document, after the mapping's excludes (not the request's
    // body).
    BytesArray stored =
        new BytesArray(parsed.rootDoc().getField(SourceFieldMapper.NAME).binaryValue());
    Map<String, Object> source =
        XContentHelper.convertToMap(stored, false, MediaTypeRegistry.JSON).v2();
    assertTrue(source.containsKey(ReportFields.BODY), source::toString);
    assertFalse(source.containsKey(ReportFields.BODY_CJK), source::toString);
    assertFalse(source.containsKey(ReportFields.BODY_BOILERPLATE_CJK), source::toString);
    assertEquals(
        2, parsed.rootDoc().getFields(ReportFields.BODY_CJK).length, "both sections indexed");
  }

  @Test
  void aFieldTheMappingDoesNotKnowIsRefused() {
    // dynamic: strict, so a field the indexer starts sending before the mapping has it fails loudly
    // instead of
    // being guessed (a cell guessed as long when it is a fee, a keyword guessed as text).
    String unknown =
        REPORT.replace("\"year\": 2023", "\"year\": 2023, \"cell.requests.new.tota\": 3");
    assertThrows(MapperParsingException.class, () -> parse(unknown));
  }

  private static ParsedDocument parse(String json) {
    return index
        .mapperService
        .documentMapper()
        .parse(
            new SourceToParse(
                "nianbao",
                "r1",
                new BytesArray(json.getBytes(StandardCharsets.UTF_8)),
                MediaTypeRegistry.JSON));
  }

  /** The bigram phrase of {@code text}, as nianbao's searcher builds it. */
  private static Query phrase(String field, String text, int slop) {
    PhraseQuery.Builder phrase = new PhraseQuery.Builder();
    for (String token : AnalyzersMatchCoreTest.tokens(ReportAnalyzers.bigrams(), field, text)) {
      phrase.add(new Term(field, token.substring(0, token.indexOf(' '))));
    }
    return phrase.setSlop(slop).build();
  }

  /** Two bigram phrases' first bigrams within {@code slop} positions of each other. */
  private static Query phrase(String field, String first, String second, int slop) {
    List<String> a = AnalyzersMatchCoreTest.tokens(ReportAnalyzers.bigrams(), field, first);
    List<String> b = AnalyzersMatchCoreTest.tokens(ReportAnalyzers.bigrams(), field, second);
    return new PhraseQuery(
        slop,
        field,
        a.get(0).substring(0, a.get(0).indexOf(' ')),
        b.get(0).substring(0, b.get(0).indexOf(' ')));
  }
}
