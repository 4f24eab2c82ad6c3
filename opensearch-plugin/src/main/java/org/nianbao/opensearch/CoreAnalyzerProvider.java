package org.nianbao.opensearch;

import org.apache.lucene.analysis.Analyzer;
import org.opensearch.index.analysis.AnalyzerProvider;
import org.opensearch.index.analysis.AnalyzerScope;

/**
 * Hands one of nianbao-core's analyzers to an index. Scope INDEX: the index closes it with itself,
 * which is why each index gets a new instance ({@code ReportAnalyzers.newWords()}) and never the
 * shared one.
 */
final class CoreAnalyzerProvider implements AnalyzerProvider<Analyzer> {

  private final String name;
  private final Analyzer analyzer;

  CoreAnalyzerProvider(String name, Analyzer analyzer) {
    this.name = name;
    this.analyzer = analyzer;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public AnalyzerScope scope() {
    return AnalyzerScope.INDEX;
  }

  @Override
  public Analyzer get() {
    return analyzer;
  }
}
