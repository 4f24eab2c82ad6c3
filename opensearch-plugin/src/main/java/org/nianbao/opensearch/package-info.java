/**
 * nianbao's analysis inside OpenSearch, for an index past one machine (see {@code docs/scale.md}):
 * {@link org.nianbao.opensearch.NianbaoAnalysisPlugin} registers core's own analyzers, char filter,
 * smartcn tokenizer and bigram similarity under stable names; {@code nianbao-index.json} is the
 * mapping that mirrors {@code schema.ReportFields}.
 *
 * <p><b>Depends on</b> core's {@code schema} only (never a copy of its analyzers: the plugin and
 * the embedded index must tokenize alike, which {@code AnalyzersMatchCoreTest} checks) and
 * OpenSearch, provided by the node.
 *
 * <h2>Adding a field or an analyzer</h2>
 *
 * <ol>
 *   <li>A field of {@code ReportFields}: its mapping in {@code nianbao-index.json}; {@code
 *       MappingCoversSchemaTest} fails until it is there.
 *   <li>An analyzer of {@code ReportAnalyzers}: a provider in {@link
 *       org.nianbao.opensearch.NianbaoAnalysisPlugin} and a case in {@code AnalyzersMatchCoreTest}.
 * </ol>
 */
package org.nianbao.opensearch;
