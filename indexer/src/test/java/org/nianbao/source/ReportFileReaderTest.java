package org.nianbao.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text files in every charset government sites produce, and the reasons for files that are not
 * reports.
 */
class ReportFileReaderTest {

  /**
   * A real report as DOCX extraction lays it out (seed 000): TAB-led cells, 一 (U+4E00), NBSP lines.
   */
  static final String SEED = loadSeed();

  @TempDir Path folder;

  private final ReportFileReader reader = new ReportFileReader();

  private static String loadSeed() {
    try (InputStream in = ReportFileReaderTest.class.getResourceAsStream("seed-docx-layout.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(folder.resolve(name), bytes);
  }

  private static byte[] concat(byte[] first, byte[] second) {
    return ByteBuffer.allocate(first.length + second.length).put(first).put(second).array();
  }

  private static byte[] strictlyEncode(String text, Charset charset) throws IOException {
    ByteBuffer buffer =
        charset
            .newEncoder()
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .onMalformedInput(CodingErrorAction.REPORT)
            .encode(CharBuffer.wrap(text));
    byte[] bytes = new byte[buffer.remaining()];
    buffer.get(bytes);
    return bytes;
  }

  private UnreadableFileException rejected(Path path) {
    return assertThrows(UnreadableFileException.class, () -> reader.read(path));
  }

  @Test
  void readsUtf8TextAndHashesTheBytes() throws Exception {
    byte[] bytes = SEED.getBytes(StandardCharsets.UTF_8);
    Path path = write("report.txt", bytes);

    ReportFile file = reader.read(path);

    assertEquals(
        PlainTextLayout.blocks(SEED), file.blocks(), "decoded to the same text as the original");
    assertEquals("text", file.format());
    assertEquals("UTF-8", file.charset());
    assertEquals(bytes.length, file.sizeBytes());
    assertEquals(
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)),
        file.sha256());
    assertEquals(path, file.path());
  }

  @Test
  void readsUtf8WithBomAndStripsTheBom() throws Exception {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    ReportFile file =
        reader.read(write("bom.txt", concat(bom, SEED.getBytes(StandardCharsets.UTF_8))));

    assertEquals(
        PlainTextLayout.blocks(SEED), file.blocks(), "decoded to the same text as the original");
    assertEquals("UTF-8", file.charset());
  }

  @Test
  void readsGbkAsGb18030() throws Exception {
    // GBK has no NO-BREAK SPACE; Windows Notepad would have saved a plain space.
    String gbkText = SEED.replace('\u00A0', ' ');
    ReportFile file =
        reader.read(write("gbk.txt", strictlyEncode(gbkText, Charset.forName("GBK"))));

    assertEquals(
        PlainTextLayout.blocks(gbkText), file.blocks(), "decoded to the same text as the original");
    assertEquals("GB18030", file.charset());
  }

  @Test
  void readsUtf16LittleEndianWithBom() throws Exception {
    byte[] bom = {(byte) 0xFF, (byte) 0xFE};
    ReportFile file =
        reader.read(
            write("utf16le-bom.txt", concat(bom, SEED.getBytes(StandardCharsets.UTF_16LE))));

    assertEquals(
        PlainTextLayout.blocks(SEED), file.blocks(), "decoded to the same text as the original");
    assertEquals("UTF-16LE", file.charset());
  }

  @Test
  void readsUtf16BigEndianWithBom() throws Exception {
    // Java's "UTF-16" encoder writes a big-endian BOM.
    ReportFile file = reader.read(write("utf16be-bom.txt", SEED.getBytes(StandardCharsets.UTF_16)));

    assertEquals(
        PlainTextLayout.blocks(SEED), file.blocks(), "decoded to the same text as the original");
    assertEquals("UTF-16BE", file.charset());
  }

  @Test
  void readsUtf16WithoutBomByWhereTheNulBytesFall() throws Exception {
    ReportFile little = reader.read(write("utf16le.txt", SEED.getBytes(StandardCharsets.UTF_16LE)));
    ReportFile big = reader.read(write("utf16be.txt", SEED.getBytes(StandardCharsets.UTF_16BE)));

    assertEquals(
        PlainTextLayout.blocks(SEED), little.blocks(), "decoded to the same text as the original");
    assertEquals("UTF-16LE", little.charset());
    assertEquals(
        PlainTextLayout.blocks(SEED), big.blocks(), "decoded to the same text as the original");
    assertEquals("UTF-16BE", big.charset());
  }

  @Test
  void turnsWindowsLineBreaksIntoNewlines() throws Exception {
    ReportFile file =
        reader.read(write("crlf.txt", "一、总体情况\r\n二、主动公开\r\n".getBytes(StandardCharsets.UTF_8)));

    assertEquals(List.of(new TextBlock("一、总体情况"), new TextBlock("二、主动公开")), file.blocks());
  }

  @Test
  void rejectsAnEmptyFile() throws Exception {
    UnreadableFileException e = rejected(write("empty.txt", new byte[0]));

    assertEquals("empty file", e.reason());
    assertEquals(UnreadableFileException.Kind.EMPTY, e.kind());
  }

  @Test
  void rejectsAFileOfOnlyWhitespaceAsEmpty() throws Exception {
    assertEquals(
        "empty file",
        rejected(write("blank.txt", " \n\r\n\t".getBytes(StandardCharsets.UTF_8))).reason());
  }

  @Test
  void rejectsRandomBytesAsBinary() throws Exception {
    byte[] bytes = new byte[8192];
    new Random(42).nextBytes(bytes);

    UnreadableFileException e = rejected(write("scan.txt", bytes));

    assertEquals("binary content, not a text, HTML, DOCX or PDF report", e.reason());
    assertEquals(UnreadableFileException.Kind.BINARY, e.kind());
  }

  @Test
  void rejectsUtf8TextWithAStrayNulAsBinary() throws Exception {
    byte[] bytes = concat(SEED.getBytes(StandardCharsets.UTF_8), new byte[] {0});

    assertEquals(
        "binary content, not a text, HTML, DOCX or PDF report",
        rejected(write("nul.txt", bytes)).reason());
  }

  @Test
  void rejectsBytesNoCharsetDecodes() throws Exception {
    // 0xFF is invalid in UTF-8 and in GB18030.
    byte[] bytes =
        concat("年度报告".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xFF, (byte) 0xFF, 'a'});

    UnreadableFileException e = rejected(write("broken.txt", bytes));

    assertEquals("cannot be decoded as UTF-8, GB18030 or UTF-16", e.reason());
    assertEquals(UnreadableFileException.Kind.UNDECODABLE, e.kind());
  }

  @Test
  void rejectsAHundredMegabyteFileBySizeWithoutReadingIt() throws Exception {
    Path path = folder.resolve("huge.pdf");
    try (RandomAccessFile file = new RandomAccessFile(path.toFile(), "rw")) {
      file.setLength(100L * 1024 * 1024);
    }

    UnreadableFileException e = rejected(path);

    // Read, its 100 MB of zeros would have been called binary: the size was checked first.
    assertEquals("too large: 100.0 MB (limit 20 MB)", e.reason());
    assertEquals(UnreadableFileException.Kind.TOO_LARGE, e.kind());
  }

  @Test
  void appliesAConfiguredLimit() throws Exception {
    Path path = write("report.txt", SEED.getBytes(StandardCharsets.UTF_8));

    UnreadableFileException e =
        assertThrows(UnreadableFileException.class, () -> new ReportFileReader(4096).read(path));

    assertEquals(
        "too large: "
            + String.format(java.util.Locale.ROOT, "%.1f", Files.size(path) / 1024.0)
            + " KB (limit 4 KB)",
        e.reason());
  }

  @Test
  void reportsAMissingFileAndAFolder() {
    assertEquals("cannot read: no such file", rejected(folder.resolve("gone.txt")).reason());
    UnreadableFileException e = rejected(folder);
    assertEquals("cannot read: is a folder", e.reason());
    assertEquals(UnreadableFileException.Kind.IO_ERROR, e.kind());
  }

  @Test
  void leavesCharsetNullForBinaryFormats() throws Exception {
    ReportFile file =
        reader.read(
            write(
                "report.docx",
                DocxTextTest.docx(DocxTextTest.body("<w:p><w:r><w:t>年度报告</w:t></w:r></w:p>"))));

    assertEquals("docx", file.format());
    assertNull(file.charset());
    assertEquals(List.of(new TextBlock("年度报告")), file.blocks());
  }
}
