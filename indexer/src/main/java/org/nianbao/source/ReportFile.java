package org.nianbao.source;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One report file as read from disk: its blocks (lines of text and tables as cells), what a web
 * page says about itself, and what is needed to tell whether the file changed since the last
 * indexing run.
 *
 * @param path the file that was read
 * @param blocks the report's content in reading order
 * @param page the page's title, meta tags and address ({@link PageMetadata#NONE} for non-HTML)
 * @param format {@code "text"}, {@code "html"}, {@code "docx"} or {@code "pdf"}
 * @param charset the charset the bytes were decoded with, for text and HTML; {@code null} otherwise
 * @param sizeBytes the file size in bytes
 * @param sha256 lower-case hex SHA-256 of the file bytes, a stable content key
 * @param replacedBytes how many malformed byte runs were decoded as U+FFFD (a text that is clean
 *     but for a stray byte or two); 0 for a clean file
 */
public record ReportFile(
    Path path,
    List<Block> blocks,
    PageMetadata page,
    String format,
    String charset,
    long sizeBytes,
    String sha256,
    int replacedBytes) {

  public static final String TEXT = "text";
  public static final String HTML = "html";
  public static final String DOCX = "docx";
  public static final String PDF = "pdf";

  /** A file decoded without replacement. */
  public ReportFile(
      Path path,
      List<Block> blocks,
      PageMetadata page,
      String format,
      String charset,
      long sizeBytes,
      String sha256) {
    this(path, blocks, page, format, charset, sizeBytes, sha256, 0);
  }

  /** The same file with the web address it was saved from (given by the user). */
  public ReportFile withUrl(String url) {
    return new ReportFile(
        path, blocks, page.withUrl(url), format, charset, sizeBytes, sha256, replacedBytes);
  }

  public ReportFile {
    Objects.requireNonNull(path, "path");
    blocks = List.copyOf(blocks);
    Objects.requireNonNull(page, "page");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(sha256, "sha256");
  }

  /**
   * The blocks as text: one line per text block, one line per table row with TAB-separated cells.
   */
  public String text() {
    return Blocks.render(blocks);
  }
}
