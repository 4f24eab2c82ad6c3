package org.nianbao.opensearch;

import java.io.Reader;
import org.nianbao.schema.TextNormalizer;
import org.opensearch.index.analysis.CharFilterFactory;

/**
 * {@link TextNormalizer#normalizing}: the char filters of nianbao's bigram analysis, for custom
 * analyzers.
 */
final class NormalizeCharFilterFactory implements CharFilterFactory {

  private final String name;

  NormalizeCharFilterFactory(String name) {
    this.name = name;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Reader create(Reader reader) {
    return TextNormalizer.normalizing(reader);
  }
}
