package org.nianbao.schema;

import java.io.Reader;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The two analyses every text field gets.
 *
 * <p>{@link #words()}: smartcn word segmentation, for ranking. It segments institutional words well
 * (人民政府, 淄博市) but splits words outside its fixed dictionary into single characters (抖音 → 抖|音, 政务新媒体
 * → 政务|新|媒体), and has no user dictionary.
 *
 * <p>{@link #bigrams()}: overlapping CJK bigrams over {@link TextNormalizer normalised} text, for
 * matching and ranking. A phrase over bigrams is an exact substring match whatever smartcn thinks a
 * word is, so 抖音 matches only where 抖 and 音 stand together (or across a line break or quote). The
 * index holds only bigram fields: smartcn is used at query time, to find a query's words. Both fold
 * full-width forms (ＡＢＣ１２３ → abc123) and lower-case Latin.
 */
public final class ReportAnalyzers {

  private static final Analyzer WORDS = newWords();

  /**
   * The term {@link #perField()} adds to {@link ReportFields#BODY_CJK} at each token beside an
   * enumeration comma (、), at the token's position: where a word is only an item of a list. No
   * analysed text gives it (it starts with a control character).
   */
  public static final String LIST_ITEM_MARK = "\u0001、";

  /**
   * Positions between two values of a multi-valued field (the report's sections): larger than any
   * proximity window, so "words near each other" never spans two parts. Public because an engine
   * that wraps these analyzers (OpenSearch's text fields) sets its own gap and must be given this
   * one.
   */
  public static final int SECTION_POSITION_GAP = 1000;

  private static final Analyzer BIGRAMS = newBigrams();

  private static final Analyzer BIGRAMS_MARKING_LISTS = newBigramsMarkingLists();

  private static final Analyzer PER_FIELD = perField();

  private ReportAnalyzers() {}

  public static Analyzer words() {
    return WORDS;
  }

  public static Analyzer bigrams() {
    return BIGRAMS;
  }

  /**
   * A new instance of {@link #words()}, for a caller that closes its analyzers when done with them
   * (an OpenSearch index closes its own): closing the shared one would break every later query.
   */
  public static Analyzer newWords() {
    return new Analyzer() {
      @Override
      protected Reader initReader(String fieldName, Reader reader) {
        return new CJKWidthCharFilter(reader);
      }

      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new HMMChineseTokenizer();
        TokenStream stream = new LowerCaseFilter(tokenizer);
        // smartcn's default stop set is punctuation only: words are never dropped.
        stream = new StopFilter(stream, SmartChineseAnalyzer.getDefaultStopSet());
        return new TokenStreamComponents(tokenizer, stream);
      }
    };
  }

  /** A new instance of {@link #bigrams()} (see {@link #newWords()}). */
  public static Analyzer newBigrams() {
    return bigramAnalyzer(false);
  }

  /**
   * {@link #bigrams()}, and {@link #LIST_ITEM_MARK} at each token beside an enumeration comma
   * ({@link ListItemMarkFilter}): what the body's content twin is indexed with. Queries are
   * analysed with {@link #bigrams()}: a mark inside a query's phrase would ask for it.
   */
  public static Analyzer newBigramsMarkingLists() {
    return bigramAnalyzer(true);
  }

  private static Analyzer bigramAnalyzer(boolean markListItems) {
    return new Analyzer() {
      @Override
      protected Reader initReader(String fieldName, Reader reader) {
        // The same normalisation as TextNormalizer.normalizing, which the marks read the commas of.
        return markListItems
            ? SoftSeparatorFilter.foldingAndRecordingCommas(reader)
            : TextNormalizer.normalizing(reader);
      }

      @Override
      public int getPositionIncrementGap(String fieldName) {
        return SECTION_POSITION_GAP;
      }

      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(tokenizer);
        stream = new CJKBigramFilter(stream);
        if (!markListItems) {
          return new TokenStreamComponents(tokenizer, stream);
        }
        // The components are reused for each text; the char filter is new for each.
        SoftSeparatorFilter[] reading = new SoftSeparatorFilter[1];
        stream = new ListItemMarkFilter(stream, () -> reading[0]);
        return new TokenStreamComponents(
            reader -> {
              reading[0] = reader instanceof SoftSeparatorFilter filter ? filter : null;
              tokenizer.setReader(reader);
            },
            stream);
      }
    };
  }

  /**
   * The analyzer for an IndexWriter: bigrams for every searchable text field (the content twin
   * marking list items), words otherwise.
   */
  public static Analyzer perField() {
    if (PER_FIELD != null) {
      return PER_FIELD;
    }
    Map<String, Analyzer> byField = new HashMap<>();
    for (String field : ReportFields.SEARCH_FIELDS) {
      byField.put(field, BIGRAMS);
    }
    byField.put(ReportFields.BODY_CJK, BIGRAMS_MARKING_LISTS);
    return new PerFieldAnalyzerWrapper(WORDS, byField);
  }

  /**
   * Loads smartcn's dictionaries (≈0.4 s) and the character maps now rather than on the first
   * query.
   */
  public static void warmUp() {
    try (TokenStream stream = WORDS.tokenStream("warm", TextNormalizer.normalize("政府信息公開工作年度报告"))) {
      stream.reset();
      while (stream.incrementToken()) {
        // consume
      }
      stream.end();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
