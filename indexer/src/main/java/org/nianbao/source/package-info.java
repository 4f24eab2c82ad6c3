/**
 * Finding report files and reading them into text: {@link org.nianbao.source.ReportFinder} expands
 * the user's paths, {@link org.nianbao.source.PageAddresses} reads {@code urls.tsv}, and {@link
 * org.nianbao.source.ReportFileReader} turns one file (plain text in UTF-8, GB18030 or UTF-16,
 * HTML, DOCX, PDF) into a {@link org.nianbao.source.ReportFile}: a list of {@link
 * org.nianbao.source.Block}s (lines and tables, never a table flattened into TABs) and the page's
 * metadata, or an {@link org.nianbao.source.UnreadableFileException} with a typed kind.
 *
 * <p><b>Depends on</b> the JDK, PDFBox, jsoup and commons-csv only. <b>Must not</b> depend on any
 * other nianbao package, the model included: it knows files and text, not reports.
 *
 * <h2>Adding a reader for a new format</h2>
 *
 * <ol>
 *   <li>Write {@code XxxText} here: bytes → {@code List<Block>} (a {@code TextBlock} per line, a
 *       {@code TableBlock} per table), calling {@code Deadline.check()} in its loops so a hostile
 *       file cannot hold a thread.
 *   <li>Dispatch to it in {@code ReportFileReader.read(Path, byte[])}: by the file's first bytes
 *       when they are unambiguous, else by extension; add a format constant to {@code ReportFile}.
 *       If {@code ReportFinder} skips the extension as "not a report", take it out of that list.
 *   <li>Tests: {@code XxxTextTest} on a small real file (lines, a table's cells, a broken file
 *       giving an {@code UnreadableFileException}); a misnamed-file case in {@code
 *       ReportFileReaderTest}; a seed under {@code
 *       src/test/resources/org/nianbao/fuzz/PipelineFuzzTestInputs/} and a {@code @FuzzTest} in
 *       {@code PipelineFuzzTest}.
 * </ol>
 */
package org.nianbao.source;
