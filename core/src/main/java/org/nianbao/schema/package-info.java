/**
 * The index schema, the contract between the indexer that writes the index and the searcher that
 * reads it: every field name and why it is indexed as it is ({@link
 * org.nianbao.schema.ReportFields}), the two analyses of text, smartcn words and CJK bigrams
 * ({@link org.nianbao.schema.ReportAnalyzers}), the normalisation index and query share ({@link
 * org.nianbao.schema.TextNormalizer}, with {@code traditional-simplified.txt} beside it; {@code
 * mapped} keeps where each normalised character stands in the text, so a match found on normalised
 * text is marked where the report prints it), the facet configuration ({@link
 * org.nianbao.schema.ReportFacets}) and the BM25 variant the bigram fields are scored with ({@link
 * org.nianbao.schema.BigramSimilarity}). The OpenSearch plugin ({@code opensearch-plugin/}) serves
 * the analyzers and the similarity from this package, so a cluster analyses and scores as nianbao
 * does. The body's sections are {@code model.Section}s in {@code ReportFields.SECTIONS} order; a
 * table cell's numeric field is named by its {@code model.CellRef}.
 *
 * <p><b>Depends on</b> {@code org.nianbao.model} (the part keys name body sections), Lucene's
 * analysis and facet modules. <b>Must not</b> build documents (that is the indexer's {@code
 * org.nianbao.document}) or queries (the searcher's {@code org.nianbao.search}): what lives here is
 * only what both sides must agree on.
 *
 * <h2>Adding a field</h2>
 *
 * <ol>
 *   <li>Name it in {@code ReportFields} with a comment saying why it is stored, keyword, points or
 *       doc values; a searchable text field goes in {@code SEARCH_FIELDS} (bigrams), a facet
 *       dimension in {@code FACET_DIMS}, and a hierarchical or multi-valued one in {@code
 *       ReportFacets.config()}.
 *   <li>Write it in the indexer's {@code ReportDocuments.toDocument}; read it in the searcher
 *       ({@code HitReader} for display, {@code ReportFilters} for a filter, {@code FacetOutput} for
 *       counts).
 *   <li>Bump {@code ReportPipeline.VERSION}; if old indexes can no longer be searched, make {@code
 *       ReportSearcher.requireCurrentSchema} say so.
 *   <li>Map it in {@code
 *       opensearch-plugin/src/main/resources/org/nianbao/opensearch/nianbao-index.json}: {@code
 *       MappingCoversSchemaTest} fails on a field the mapping lacks.
 *   <li>Tests: {@code ReportDocumentsTest} (how it is indexed) and {@code ReportSearcherTest} (how
 *       it is searched). A change to the analyzers or the normaliser must show in {@code
 *       ReportAnalyzersTest} (searcher), which pins smartcn's cuts and the bigrams.
 * </ol>
 */
package org.nianbao.schema;
