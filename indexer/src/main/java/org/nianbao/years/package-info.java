/**
 * An agency across years: the checks that need the same body's report of the year before ({@link
 * org.nianbao.years.CrossYearChecker}: 上年结转 against last year's 结转下年度, 现行有效 following from last
 * year's, text reused from last year's by {@link org.nianbao.years.TextReuse}), turned into the
 * flags R8–R11 of {@code model.Rule} by {@link org.nianbao.years.YearFlags} (R11: no date printed);
 * which of a body's reports stands for a year ({@link org.nianbao.years.BodyYears}); and the
 * figures a body is followed by ({@link org.nianbao.years.KeyFigure}). Which reports are one body
 * is core's {@code identity.BodyKey}. The indexer's {@code index.CrossYearPass} evaluates these
 * after each indexing run; the server's report page shows the years and explains the flags with the
 * same classes, so it always agrees with the index.
 *
 * <p><b>Depends on</b> {@code org.nianbao.model} only. <b>Must not</b> depend on Lucene, the
 * readers or the parser: it compares two models, however they were obtained (the per-report rules
 * are {@code org.nianbao.check}'s).
 *
 * <h2>Adding a cross-year rule</h2>
 *
 * <ol>
 *   <li>Its constant in {@code model.Rule}, listed in {@code checkedWhenIndexed}, with a short name
 *       and an explanation (a warning says so in both).
 *   <li>A {@code CrossYearFinding.Kind} and its check in {@code CrossYearChecker}, messages in
 *       Chinese naming both years' numbers and this year's cells; map the kind to the rule in
 *       {@code YearFlags.rule}. A rule that needs only the report and the index (like R11) goes in
 *       {@code YearFlags.of}.
 *   <li>Bump {@code ReportPipeline.VERSION} so indexed reports are evaluated again; describe it in
 *       report-model.md and the README's rule list.
 *   <li>Tests: {@code CrossYearCheckerTest} (the real 洪泽区 pair and a modified copy), the indexer's
 *       {@code CrossYearPassTest} (set and cleared when either year is re-indexed), the server's
 *       {@code BodyYearsPageTest} if the page explains it.
 * </ol>
 */
package org.nianbao.years;
