/**
 * Text → the canonical model: {@link org.nianbao.extract.ReportParser} recognises a report by its
 * content (or rejects it with a reason: {@link org.nianbao.extract.NotAReportException}), keeps the
 * page's chrome out, splits the six parts by their headings ({@code PartSplitter}), reads the three
 * tables in every layout the samples show ({@code TableRows}, {@code ActiveTableParser}, {@code
 * RequestsTableParser}, {@code ReviewTableParser}) and the metadata from every clue ({@code
 * MetadataReader}, recording each field's {@code ClueSource}).
 *
 * <p><b>Depends on</b> {@code org.nianbao.source} (blocks), {@code org.nianbao.model}, {@code
 * org.nianbao.region} (agency → region, level, sector), {@code org.nianbao.scan} (patterns tried
 * where a match can start) and ICU. <b>Must not</b> depend on Lucene, the checker, the document or
 * index packages: it produces a model, it does not judge or store it.
 *
 * <h2>Adding an extraction (a heading variant, a table layout, a metadata clue)</h2>
 *
 * <ol>
 *   <li>A heading: {@code PartSplitter}. A table layout: {@code TableRows} / {@code LooseTables},
 *       then the table's parser. A metadata clue: {@code MetadataReader}, a new {@code ClueSource}
 *       value (model) if the clue is of a new kind, and its key in the README's provenance list.
 *   <li>Bump {@code ReportPipeline.VERSION} so indexed files are parsed again.
 *   <li>Tests: a case in the parser's unit test ({@code PartSplitterTest}, {@code
 *       RequestsTableParserTest} …) with the text that needs it; {@code SeedReportsTest} and the
 *       {@code src/test/resources/extract/*.tables.json} goldens must still pass; for metadata,
 *       {@code ExtractionQualityTest} must not fall below {@code
 *       corpus/dev/extraction-quality.json} (re-record it with {@code nianbao measure-extraction
 *       --record} when a field improves).
 * </ol>
 */
package org.nianbao.extract;
