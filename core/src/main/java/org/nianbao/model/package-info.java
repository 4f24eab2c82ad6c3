/**
 * The canonical model of an annual report ({@code shared/reference/report-model.md}): {@link
 * org.nianbao.model.AnnualReport} with its metadata, {@link org.nianbao.model.Region}, the six
 * {@link org.nianbao.model.Part}s and the three tables, and {@link org.nianbao.model.CheckedReport}
 * (a report with its consistency {@link org.nianbao.model.Flag}s). Immutable records and enums; a
 * value the report does not give is null, never 0.
 *
 * <p>Each value has one type from the checker to the page: a consistency rule is a {@link
 * org.nianbao.model.Rule} (its id R1 in JSON, index and URL, its Chinese name and explanation for
 * pages), a table cell a {@link org.nianbao.model.CellRef} (its model path {@code
 * requests.new.total} is how JSON and field names write it), a place in a report a {@link
 * org.nianbao.model.Section} (title, preamble, a part, extra, tables), the body's level a {@link
 * org.nianbao.model.Level}. Strings exist only where a value is written out; reading it back parses
 * it into the type.
 *
 * <p><b>Depends on</b> the JDK only. Everything else in nianbao depends on it; it must not import
 * Lucene, Jackson or any other nianbao package (JSON is {@code org.nianbao.json}'s business).
 *
 * <h2>Adding a field to the model</h2>
 *
 * <ol>
 *   <li>Add the component to the record ({@code AnnualReport}, a table record …) with a comment
 *       saying what null means; give {@code AnnualReport}'s short constructor (the one tests use) a
 *       default for it, so hand-built reports keep compiling.
 *   <li>Write and read it in {@link org.nianbao.json.ReportJson} under the key report-model.md
 *       gives (or document the addition in the README's "The model in JSON").
 *   <li>Fill it in {@code org.nianbao.extract} (indexer); index it, if it is searched or shown in
 *       hits, through {@code org.nianbao.schema.ReportFields} and {@code ReportDocuments}.
 *   <li>Bump {@code ReportPipeline.VERSION} so unchanged files are parsed again.
 *   <li>Tests: the golden {@code SeedReportsTest} (indexer) for its value on the samples, and a
 *       round trip through {@code ReportJson} where it is serialised.
 * </ol>
 *
 * <h2>Adding a consistency rule</h2>
 *
 * <ol>
 *   <li>A constant of {@link org.nianbao.model.Rule} with its short name and explanation: the
 *       pages, the API's {@code flag} parameter and the CLI's {@code --flag} know it from there.
 *   <li>Evaluate it in the indexer's {@code ConsistencyChecker} (see {@code org.nianbao.check}); a
 *       rule that needs more than the report (the same body's other years, like R8–R10) is listed
 *       in {@code Rule.checkedWhenIndexed} and evaluated in {@code org.nianbao.years}.
 * </ol>
 */
package org.nianbao.model;
