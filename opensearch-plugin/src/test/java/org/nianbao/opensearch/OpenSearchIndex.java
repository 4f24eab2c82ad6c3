package org.nianbao.opensearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.opensearch.Version;
import org.opensearch.analysis.common.CommonAnalysisModulePlugin;
import org.opensearch.cluster.metadata.IndexMetadata;
import org.opensearch.common.settings.Settings;
import org.opensearch.core.xcontent.NamedXContentRegistry;
import org.opensearch.env.Environment;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.IndexAnalyzers;
import org.opensearch.index.mapper.MapperService;
import org.opensearch.index.similarity.SimilarityService;
import org.opensearch.indices.IndicesModule;
import org.opensearch.indices.analysis.AnalysisModule;

/**
 * What an OpenSearch node builds for an index created with {@code nianbao-index.json}, without the
 * node: the analysis registry with the plugin loaded (and analysis-common, a module every
 * distribution has), the index's analyzers from its settings, the similarities the plugin
 * registers, and the mapper service with the mapping merged. This is OpenSearch's own code parsing
 * our files, so a setting or mapping parameter it refuses fails here, not on a cluster.
 */
final class OpenSearchIndex implements AutoCloseable {

  final IndexSettings indexSettings;
  final IndexAnalyzers analyzers;
  final MapperService mapperService;

  /** The index of {@code nianbao-index.json}, with {@code extraSettings} (index settings) added. */
  OpenSearchIndex(Path home, Settings extraSettings) {
    IndexDefinition definition = IndexDefinition.load();
    try {
      Settings settings =
          Settings.builder()
              .loadFromMap(definition.settings())
              .put(extraSettings)
              .put(IndexMetadata.SETTING_VERSION_CREATED, Version.CURRENT)
              .build();
      IndexMetadata metadata = IndexMetadata.builder("nianbao").settings(settings).build();
      indexSettings = new IndexSettings(metadata, Settings.EMPTY);
      Environment environment =
          new Environment(
              Settings.builder()
                  .put(Environment.PATH_HOME_SETTING.getKey(), home.toString())
                  .build(),
              null);
      AnalysisModule analysis =
          new AnalysisModule(
              environment, List.of(new CommonAnalysisModulePlugin(), new NianbaoAnalysisPlugin()));
      analyzers = analysis.getAnalysisRegistry().build(indexSettings);
      mapperService =
          new MapperService(
              indexSettings,
              analyzers,
              NamedXContentRegistry.EMPTY,
              new SimilarityService(indexSettings, null, NianbaoAnalysisPlugin.similarities()),
              new IndicesModule(List.of()).getMapperRegistry(),
              () -> null,
              () -> true,
              null);
      mapperService.merge(
          MapperService.SINGLE_MAPPING_NAME,
          definition.mappings(),
          MapperService.MergeReason.MAPPING_UPDATE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    mapperService.close();
    analyzers.close();
  }
}
