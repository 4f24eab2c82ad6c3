package org.nianbao.source;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One report file as read from disk: its blocks (lines of text and tables as cells), what a web
 * page says about itself, and what is needed to tell whether the file changed since the last
 * indexing run.
 *
 * @param path      the file that was read
 * @param blocks    the report's content in reading order
 * @param page      the page's title, meta tags and address ({@link PageMetadata#NONE} for non-HTML)
 * @param format    {@code "text"}, {@code "html"}, {@code "docx"} or {@code "pdf"}
 * @param charset   the charset the bytes were decoded with, for text and HTML; {@code null} otherwise
 * @param sizeBytes the file size in bytes
 * @param sha256    lower-case hex SHA-256 of the file bytes, a stable content key
 */
public record ReportFile(
        Path path, List<Block> blocks, PageMetadata page, String format, String charset, long sizeBytes, String sha256) {

    public static final String TEXT = "text";
    public static final String HTML = "html";
    public static final String DOCX = "docx";
    public static final String PDF = "pdf";

    public ReportFile {
        Objects.requireNonNull(path, "path");
        blocks = List.copyOf(blocks);
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(sha256, "sha256");
    }

    /** The blocks as text: one line per text block, one line per table row with TAB-separated cells. */
    public String text() {
        return Blocks.render(blocks);
    }
}
