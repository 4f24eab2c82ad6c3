package org.nianbao.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nianbao.schema.ReportAnalyzers;
import org.nianbao.schema.ReportFields;
import org.opensearch.common.settings.Settings;

/**
 * The analyzers an OpenSearch index gets from the plugin produce exactly the tokens nianbao's own
 * do: term, offsets and position increment of every token, on report sentences that exercise each
 * step.
 */
class AnalyzersMatchCoreTest {

  @TempDir static Path home;

  private static OpenSearchIndex index;

  /**
   * A report's own phrasing: smartcn splits 抖音, bigrams keep it; quotes, full width, traditional,
   * line breaks.
   */
  private static final String[] SENTENCES = {
    "本机关开通抖音政务号，发布信息1,234条。",
    "“三公”经费支出情况详见部门决算。",
    "12345政务服务热线受理群众诉求",
    "本機關三公經費支出情況，政府信息公開工作年度報告",
    "ＩＰｖ６改造完成，开通ＷＥＩＢＯ账号２个",
    "中华人民共和\n国政府信息公开条例",
    "一件事、一次办；“放管服”改革。",
  };

  @BeforeAll
  static void open() {
    // A custom analyzer rebuilt from stock parts and the plugin's char filter: what a user of the
    // plugin
    // who wants a variant (say, with unigrams) would write.
    Settings rebuilt =
        Settings.builder()
            .put("index.analysis.analyzer.rebuilt_bigrams.type", "custom")
            .putList(
                "index.analysis.analyzer.rebuilt_bigrams.char_filter",
                NianbaoAnalysisPlugin.NORMALIZE)
            .put("index.analysis.analyzer.rebuilt_bigrams.tokenizer", "standard")
            .putList("index.analysis.analyzer.rebuilt_bigrams.filter", "lowercase", "cjk_bigram")
            .put("index.analysis.analyzer.smartcn_only.type", "custom")
            .put("index.analysis.analyzer.smartcn_only.tokenizer", NianbaoAnalysisPlugin.SMARTCN)
            .build();
    index = new OpenSearchIndex(home, rebuilt);
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6})
  void wordsAreCoreWords(int sentence) {
    String text = SENTENCES[sentence];
    assertSame(
        tokens(ReportAnalyzers.words(), "q", text),
        tokens(index.analyzers.get(NianbaoAnalysisPlugin.WORDS), "q", text));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6})
  void bigramsAreCoreBigrams(int sentence) {
    String text = SENTENCES[sentence];
    List<String> core = tokens(ReportAnalyzers.bigrams(), ReportFields.BODY_CJK, text);
    assertSame(
        core,
        tokens(index.analyzers.get(NianbaoAnalysisPlugin.BIGRAMS), ReportFields.BODY_CJK, text));
    assertSame(core, tokens(index.analyzers.get("rebuilt_bigrams"), ReportFields.BODY_CJK, text));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6})
  void theContentTwinsAnalyzerIsCores(int sentence) {
    String text = SENTENCES[sentence];
    assertSame(
        tokens(ReportAnalyzers.perField(), ReportFields.BODY_CJK, text),
        tokens(
            index.analyzers.get(NianbaoAnalysisPlugin.BIGRAMS_MARKING_LISTS),
            ReportFields.BODY_CJK,
            text));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 5})
  void smartcnTokenizerIsCoreSegmentation(int sentence) {
    // Only the segmentation: the words analyzer also folds width, lower-cases and drops
    // punctuation.
    List<String> core =
        tokens(ReportAnalyzers.words(), "q", SENTENCES[sentence]).stream()
            .map(token -> token.substring(0, token.indexOf(' ')))
            .toList();
    List<String> tokenizer =
        tokens(index.analyzers.get("smartcn_only"), "q", SENTENCES[sentence]).stream()
            .map(token -> token.substring(0, token.indexOf(' ')))
            .filter(term -> core.contains(term))
            .toList();
    assertEquals(core, tokenizer);
  }

  /**
   * Pins the tokens of one sample, so that two analyzers broken the same way cannot pass together:
   * the quote between 公 and 經 vanishes, 經費 folds to 经费, and offsets still point at the text as
   * printed (the removed quote counts into the bigram before it, as the char filter corrects
   * offsets).
   */
  @ParameterizedTest
  @ValueSource(strings = {NianbaoAnalysisPlugin.BIGRAMS, "rebuilt_bigrams"})
  void bigramsFoldQuotesAndTraditionalKeepingOffsets(String analyzer) {
    assertEquals(
        List.of("三公 1-4 +1", "公经 2-5 +1", "经费 4-6 +1"),
        tokens(index.analyzers.get(analyzer), ReportFields.BODY_CJK, "“三公”經費"));
  }

  private static void assertSame(List<String> expected, List<String> actual) {
    assertFalse(
        expected.isEmpty(), "the sentence gave no tokens: the comparison would prove nothing");
    assertEquals(expected, actual);
  }

  /** Each token as "term start-end +increment". */
  static List<String> tokens(Analyzer analyzer, String field, String text) {
    List<String> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(
            term
                + " "
                + offset.startOffset()
                + "-"
                + offset.endOffset()
                + " +"
                + increment.getPositionIncrement());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tokens;
  }
}
