/**
 * The synthetic corpus ({@link org.nianbao.bench.corpus.CorpusGenerator}): deterministic from a
 * seed, every report a distinct (agency, region, year) drawn from the bundled gazetteer's real
 * divisions ({@code Divisions}, {@code AgencyPicker}, {@code Sector}), written as text ({@code
 * ReportWriter}) with topic prose that follows the years ({@code Vocabulary}), the three tables in
 * the samples' layouts ({@code TemplateTables}, {@code TableLayout}) and counts that satisfy R1–R4
 * except where broken on purpose ({@code ReportCounts}); {@code manifest.tsv} gives the truth.
 *
 * <p><b>Depends on</b> the JDK only (the gazetteer is read as a resource, not through the indexer's
 * classes), so the corpus is independent of the code it measures. <b>Must not</b> depend on the
 * rest of the bench.
 *
 * <h2>Adding a topic, a sector or a layout</h2>
 *
 * <ol>
 *   <li>A topic: sentence templates in {@code Vocabulary} with the years it exists in. A sector:
 *       {@code Sector}, with the key the indexer should find. A layout: {@code TableLayout}.
 *   <li>Changing the output for a seed makes recorded results incomparable: bump {@code
 *       CorpusGenerator.VERSION}, which each result records.
 *   <li>Tests: {@code CorpusGeneratorTest}.
 * </ol>
 */
package org.nianbao.bench.corpus;
