/**
 * Metadata extraction measured on labelled real reports ({@link
 * org.nianbao.quality.ExtractionQuality}, read from a folder's {@code labels.jsonl} as {@link
 * org.nianbao.quality.LabelledReport}s): per field, the share equal to the labels and every miss.
 * {@code nianbao measure-extraction} prints it; {@code ExtractionQualityTest} fails when a field
 * falls below {@code corpus/dev/extraction-quality.json}.
 *
 * <p><b>Depends on</b> {@code pipeline} (files are loaded as {@code nianbao index} loads them),
 * {@code model} and Jackson. <b>Must not</b> depend on Lucene: it measures the parser, not search
 * (search quality is the server's {@code org.nianbao.eval}).
 *
 * <h2>Adding a measured field</h2>
 *
 * <ol>
 *   <li>Its label key in {@code LabelledReport} and the {@code labels.jsonl} of each {@code
 *       corpus/dev} folder; its comparison in {@code ExtractionQuality}, as scored or as reported
 *       beside.
 *   <li>Re-record {@code corpus/dev/extraction-quality.json} with {@code nianbao measure-extraction
 *       corpus/dev/pages corpus/dev/excerpts --record …}; {@code ExtractionQualityTest} then holds
 *       it.
 * </ol>
 */
package org.nianbao.quality;
