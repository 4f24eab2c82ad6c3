package org.nianbao.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.QueryBuilder;
import org.nianbao.source.ReportFileReader;
import org.nianbao.source.UnreadableFileException;

/**
 * The plain baseline the issue measures against, "ten lines": every file's full text as the project
 * reads it (PDFBox for PDFs), in one field analysed by {@link SmartChineseAnalyzer}, BM25, the
 * query's words OR-ed (Solr's {@code text_zh} default). It has no metadata, so a query's region and
 * year filters are added to its words, as a user of a plain search box would type them.
 *
 * <p>Two variants of it only widen a judging pool ({@link JudgingPool}): the same with the words
 * AND-ed, and CJK bigrams OR-ed.
 */
public final class BaselineRun implements RankingSystem {

  private static final String ID = "id";
  private static final String TEXT = "text";

  private final String name;
  private final Analyzer analyzer;
  private final BooleanClause.Occur operator;
  private final Directory directory = new ByteBuffersDirectory();
  private final DirectoryReader reader;
  private final IndexSearcher searcher;

  /** Indexes {@code texts}: document path → its text, in the collection's order. */
  private BaselineRun(
      Map<String, String> texts, String name, Analyzer analyzer, BooleanClause.Occur operator)
      throws IOException {
    this.name = name;
    this.analyzer = analyzer;
    this.operator = operator;
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
      for (Map.Entry<String, String> doc : texts.entrySet()) {
        Document d = new Document();
        d.add(new StringField(ID, doc.getKey(), Field.Store.YES));
        d.add(new TextField(TEXT, doc.getValue(), Field.Store.NO));
        writer.addDocument(d);
      }
    }
    this.reader = DirectoryReader.open(directory);
    this.searcher = new IndexSearcher(reader);
  }

  /** The baseline: smartcn words, OR. */
  public static BaselineRun build(JudgedCollection collection) throws IOException {
    return build(texts(collection));
  }

  /** The baseline over texts already read ({@link #texts}). */
  static BaselineRun build(Map<String, String> texts) throws IOException {
    return new BaselineRun(
        texts, "smartcn-bm25", new SmartChineseAnalyzer(), BooleanClause.Occur.SHOULD);
  }

  /** For pooling: smartcn words, all required. */
  static BaselineRun smartcnAnd(Map<String, String> texts) throws IOException {
    return new BaselineRun(
        texts, "smartcn-and", new SmartChineseAnalyzer(), BooleanClause.Occur.MUST);
  }

  /** For pooling: overlapping CJK bigrams, OR; finds what smartcn splits differently. */
  static BaselineRun bigramOr(Map<String, String> texts) throws IOException {
    return new BaselineRun(texts, "bigram-or", new CJKAnalyzer(), BooleanClause.Occur.SHOULD);
  }

  /**
   * Every document's text as the project reads it (PDFBox for PDFs), by path in the collection's
   * order; an unreadable file has none, so it is indexed empty and never found.
   */
  static Map<String, String> texts(JudgedCollection collection) {
    ReportFileReader files = new ReportFileReader();
    Map<String, String> texts = new LinkedHashMap<>();
    for (String doc : collection.docs()) {
      try {
        texts.put(doc, files.read(collection.file(doc)).text());
      } catch (UnreadableFileException e) {
        texts.put(doc, "");
      }
    }
    return texts;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<String> search(JudgedQuery query, int k) throws IOException {
    String text =
        query.query()
            + (query.region() == null ? "" : " " + query.region())
            + (query.year() == null ? "" : " " + query.year());
    Query q = new QueryBuilder(analyzer).createBooleanQuery(TEXT, text, operator);
    List<String> ranked = new ArrayList<>();
    if (q == null) {
      return ranked;
    }
    for (ScoreDoc sd : searcher.search(q, k).scoreDocs) {
      ranked.add(searcher.storedFields().document(sd.doc).get(ID));
    }
    return ranked;
  }

  @Override
  public void close() throws IOException {
    reader.close();
    directory.close();
    analyzer.close();
  }
}
