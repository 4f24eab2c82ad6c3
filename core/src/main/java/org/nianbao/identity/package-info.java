/**
 * What makes a report the same report: its key (year, region code, agency: {@link
 * org.nianbao.identity.ReportKey}), a SimHash of its prose ({@link
 * org.nianbao.identity.TextFingerprint}) for copies of one report read from different files, and
 * the id derived from them ({@link org.nianbao.identity.ReportIds}), stable across re-downloads and
 * re-indexing so an update never duplicates; and which body a report is from across its years
 * ({@link org.nianbao.identity.BodyKey}: place, sector and kind of body, so a renamed bureau keeps
 * its key), which links a body's reports in the index.
 *
 * <p><b>Depends on</b> {@code org.nianbao.model} and the JDK. <b>Must not</b> depend on Lucene:
 * deciding which id a report gets in a given index (a key already taken by another text) is the
 * indexer's {@code org.nianbao.index.KnownReports}; this package only computes.
 *
 * <h2>Changing what identifies a report</h2>
 *
 * <ol>
 *   <li>Change {@code ReportKey.of}, {@code BodyKey.of} or the fingerprint, never silently: every
 *       existing id (or body link) changes with it, so bump {@code ReportPipeline.VERSION} and say
 *       in the README that indexes must be rebuilt.
 *   <li>Tests: {@code TextFingerprintTest} (same report / different report), {@code BodyKeyTest}
 *       (renames kept together, a government and its office apart), and the indexer's {@code
 *       ReportIdentityTest} (re-indexing updates, a second report under a taken key gets its own
 *       id).
 * </ol>
 */
package org.nianbao.identity;
