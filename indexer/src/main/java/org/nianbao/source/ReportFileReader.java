package org.nianbao.source;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a downloaded report file into {@link ReportFile} text, or says in a few words why it
 * cannot. The format comes from the file's first bytes where they are unambiguous (a PDF or a zip
 * container), else from the extension, and text that turns out to be an HTML page is read as one:
 * downloads are often misnamed. Stateless and thread-safe.
 */
public final class ReportFileReader {

  public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

  private static final long KILOBYTE = 1024L;
  private static final long MEGABYTE = 1024L * 1024;
  private static final Set<String> HTML_EXTENSIONS = Set.of("html", "htm", "xhtml", "shtml");

  private final long maxBytes;

  /** A reader that refuses files over {@link #DEFAULT_MAX_BYTES} (20 MB). */
  public ReportFileReader() {
    this(DEFAULT_MAX_BYTES);
  }

  /** A reader that refuses files over {@code maxBytes}, before reading any of their bytes. */
  public ReportFileReader(long maxBytes) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  public long maxBytes() {
    return maxBytes;
  }

  public ReportFile read(Path path) throws UnreadableFileException {
    if (Files.isDirectory(path)) {
      throw ioError("is a folder");
    }
    long size;
    try {
      size = Files.size(path);
    } catch (IOException e) {
      throw ioError(describe(e), e);
    }
    checkSize(size);
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      throw ioError(describe(e), e);
    }
    // The file may have changed between the size check and the read.
    return read(path, bytes);
  }

  /**
   * Reads a file's bytes already in memory; {@code path} names it (its extension is a hint to the
   * format).
   */
  public ReportFile read(Path path, byte[] bytes) throws UnreadableFileException {
    checkSize(bytes.length);

    String sha256 = sha256(bytes);
    String extension = extension(path);
    if (PdfText.startsWithPdfHeader(bytes)) {
      return new ReportFile(
          path,
          PdfText.extract(bytes),
          PageMetadata.NONE,
          ReportFile.PDF,
          null,
          bytes.length,
          sha256);
    }
    if (DocxText.startsWithZipHeader(bytes) || extension.equals("docx")) {
      List<Block> blocks = DocxText.extract(bytes);
      requireBlocks(blocks, "no text in the DOCX document");
      return new ReportFile(
          path, blocks, PageMetadata.NONE, ReportFile.DOCX, null, bytes.length, sha256);
    }
    if (extension.equals("pdf")) {
      throw new UnreadableFileException(
          UnreadableFileException.Kind.INVALID_PDF, "not a valid PDF: no %PDF header");
    }

    Charset declared = CharsetSniffer.declaredHtmlCharset(bytes).orElse(null);
    CharsetSniffer.Decoded decoded = CharsetSniffer.decode(bytes, declared);
    String decodedText = normalizeLineBreaks(decoded.text());
    String charset = decoded.charset().name();
    if (HTML_EXTENSIONS.contains(extension) || HtmlText.looksLikeHtml(decodedText)) {
      HtmlText.Page page = HtmlText.extract(decodedText);
      requireBlocks(page.blocks(), "no text in the HTML page");
      return new ReportFile(
          path,
          page.blocks(),
          page.metadata(),
          ReportFile.HTML,
          charset,
          bytes.length,
          sha256,
          decoded.replaced());
    }
    if (decodedText.isBlank()) {
      throw new UnreadableFileException(UnreadableFileException.Kind.EMPTY, "empty file");
    }
    return new ReportFile(
        path,
        PlainTextLayout.blocks(decodedText),
        PageMetadata.NONE,
        ReportFile.TEXT,
        charset,
        bytes.length,
        sha256,
        decoded.replaced());
  }

  private void checkSize(long size) throws UnreadableFileException {
    if (size == 0) {
      throw new UnreadableFileException(UnreadableFileException.Kind.EMPTY, "empty file");
    }
    if (size > maxBytes) {
      throw new UnreadableFileException(
          UnreadableFileException.Kind.TOO_LARGE,
          "too large: " + sizeText(size) + " (limit " + limitText(maxBytes) + ")");
    }
  }

  /** A file size as a person reads it: "100.0 MB", "2.5 KB", "900 bytes". */
  static String sizeText(long bytes) {
    if (bytes >= MEGABYTE) {
      return String.format(Locale.ROOT, "%.1f MB", bytes / (double) MEGABYTE);
    }
    if (bytes >= KILOBYTE) {
      return String.format(Locale.ROOT, "%.1f KB", bytes / (double) KILOBYTE);
    }
    return bytes + " bytes";
  }

  /** A limit as it was most likely configured: "20 MB", "512 KB", else like {@link #sizeText}. */
  static String limitText(long bytes) {
    if (bytes % MEGABYTE == 0) {
      return (bytes / MEGABYTE) + " MB";
    }
    if (bytes % KILOBYTE == 0) {
      return (bytes / KILOBYTE) + " KB";
    }
    return sizeText(bytes);
  }

  private static void requireBlocks(List<Block> blocks, String reason)
      throws UnreadableFileException {
    if (blocks.isEmpty()) {
      throw new UnreadableFileException(UnreadableFileException.Kind.NO_TEXT, reason);
    }
  }

  private static String extension(Path path) {
    Path fileName = path.getFileName();
    String name = fileName == null ? "" : fileName.toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** Windows (CRLF) and old Mac (CR) line breaks as \n, the only separator the parser splits on. */
  static String normalizeLineBreaks(String text) {
    return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }

  private static UnreadableFileException ioError(String detail) {
    return new UnreadableFileException(
        UnreadableFileException.Kind.IO_ERROR, "cannot read: " + detail);
  }

  private static UnreadableFileException ioError(String detail, IOException cause) {
    return new UnreadableFileException(
        UnreadableFileException.Kind.IO_ERROR, "cannot read: " + detail, cause);
  }
}
