package org.nianbao.source;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One report file as read from disk: its text, ready for the parser, and what is needed to tell
 * whether it changed since the last indexing run.
 *
 * @param path      the file that was read
 * @param text      the report text, lines separated by {@code \n}; the layout depends on the format
 *                  (DOCX tables as one TAB-led line per cell, HTML tables as {@code |}-joined rows,
 *                  PDF tables as whitespace-separated rows)
 * @param format    {@code "text"}, {@code "html"}, {@code "docx"} or {@code "pdf"}
 * @param charset   the charset the bytes were decoded with, for text and HTML; {@code null} otherwise
 * @param sizeBytes the file size in bytes
 * @param sha256    lower-case hex SHA-256 of the file bytes, a stable content key
 */
public record ReportFile(Path path, String text, String format, String charset, long sizeBytes, String sha256) {

    public static final String TEXT = "text";
    public static final String HTML = "html";
    public static final String DOCX = "docx";
    public static final String PDF = "pdf";

    public ReportFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(sha256, "sha256");
    }
}
