/**
 * Who has not published: for a region and a year, which of its direct divisions' 人民政府 have a report
 * in the index ({@link org.nianbao.coverage.CoverageFinder} → {@link
 * org.nianbao.coverage.Coverage}), or, for a sector, which divisions' bodies of that sector do. The
 * divisions come from the gazetteer, the reports from the searcher's {@code stats} listing.
 *
 * <p><b>Depends on</b> {@code org.nianbao.region} (gazetteer), the searcher ({@code search}, {@code
 * stats}) and core's model. <b>Must not</b> depend on {@code web} or {@code cli}: both show it.
 *
 * <h2>Changing what covers a division</h2>
 *
 * <ol>
 *   <li>{@code CoverageFinder.covers}: say the rule in its comment and in the README's analyst
 *       section.
 *   <li>Tests: {@code CoverageTest} (a real region of the samples and dev corpus, covered and not).
 * </ol>
 */
package org.nianbao.coverage;
