package org.nianbao.opensearch;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.search.similarities.Similarity;
import org.nianbao.schema.BigramSimilarity;
import org.nianbao.schema.ReportAnalyzers;
import org.nianbao.schema.TextNormalizer;
import org.opensearch.Version;
import org.opensearch.common.TriFunction;
import org.opensearch.common.settings.Settings;
import org.opensearch.index.IndexModule;
import org.opensearch.index.analysis.AnalyzerProvider;
import org.opensearch.index.analysis.CharFilterFactory;
import org.opensearch.index.analysis.TokenizerFactory;
import org.opensearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.opensearch.plugins.AnalysisPlugin;
import org.opensearch.plugins.Plugin;
import org.opensearch.script.ScriptService;

/**
 * nianbao's analysis in OpenSearch, under names the mapping ({@code nianbao-index.json}) and
 * queries use:
 *
 * <ul>
 *   <li>{@value #WORDS}: {@link ReportAnalyzers#words()}, smartcn words after width folding: what a
 *       query's words are found with;
 *   <li>{@value #BIGRAMS}: {@link ReportAnalyzers#bigrams()}, CJK bigrams over {@link
 *       TextNormalizer normalised} text: the analyzer of every searchable text field ({@code
 *       title.cjk}, {@code body.bp.cjk}; the search analyzer of {@code body.cjk}) and of the phrase
 *       and proximity queries over them;
 *   <li>{@value #BIGRAMS_MARKING_LISTS}: {@link ReportAnalyzers#newBigramsMarkingLists()}, the same
 *       bigrams with {@code ReportAnalyzers.LIST_ITEM_MARK} beside each 、: the index analyzer of
 *       {@code body.cjk}, whose prose query tells a word written about from a word only listed;
 *   <li>{@value #NORMALIZE}: the {@link TextNormalizer} char filters alone (full width, traditional
 *       → simplified, soft separators), to build other custom analyzers that match like nianbao's;
 *   <li>{@value #SMARTCN}: smartcn's tokenizer, so that such analyzers need not the
 *       analysis-smartcn plugin;
 *   <li>{@value #SIMILARITY}: {@link BigramSimilarity}, a similarity type: BM25 with nianbao's b,
 *       and a phrase's IDF taken from its rarest bigram, for the bigram fields.
 * </ul>
 *
 * The classes are nianbao-core's own, not copies: the same jar builds nianbao's index and this one,
 * so the two cannot drift apart.
 */
public final class NianbaoAnalysisPlugin extends Plugin implements AnalysisPlugin {

  public static final String WORDS = "nianbao_words";
  public static final String BIGRAMS = "nianbao_bigrams";
  public static final String BIGRAMS_MARKING_LISTS = "nianbao_bigrams_lists";
  public static final String NORMALIZE = "nianbao_normalize";
  public static final String SMARTCN = "nianbao_smartcn";
  public static final String SIMILARITY = "nianbao_bigram";

  /**
   * The similarity types this plugin adds, by type name. An index uses one by declaring a
   * similarity of that type ({@code index.similarity.NAME.type}) and naming it on fields, as {@code
   * nianbao-index.json} does.
   */
  static Map<String, TriFunction<Settings, Version, ScriptService, Similarity>> similarities() {
    return Map.of(SIMILARITY, (settings, version, scriptService) -> new BigramSimilarity());
  }

  @Override
  public void onIndexModule(IndexModule module) {
    similarities().forEach(module::addSimilarity);
  }

  @Override
  public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
    // The analyzers take no settings: `"analyzer": "nianbao_bigrams"` in a mapping is enough.
    return Map.of(
        WORDS,
            (indexSettings, environment, name, settings) ->
                new CoreAnalyzerProvider(name, ReportAnalyzers.newWords()),
        BIGRAMS,
            (indexSettings, environment, name, settings) ->
                new CoreAnalyzerProvider(name, ReportAnalyzers.newBigrams()),
        BIGRAMS_MARKING_LISTS,
            (indexSettings, environment, name, settings) ->
                new CoreAnalyzerProvider(name, ReportAnalyzers.newBigramsMarkingLists()));
  }

  @Override
  public Map<String, AnalysisProvider<CharFilterFactory>> getCharFilters() {
    // No settings either: `"char_filter": ["nianbao_normalize"]` in a custom analyzer is enough.
    return Map.of(
        NORMALIZE,
        (indexSettings, environment, name, settings) -> new NormalizeCharFilterFactory(name));
  }

  @Override
  public Map<String, AnalysisProvider<TokenizerFactory>> getTokenizers() {
    return Map.of(
        SMARTCN,
        (indexSettings, environment, name, settings) ->
            TokenizerFactory.newFactory(name, HMMChineseTokenizer::new));
  }
}
