package org.nianbao.source;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PDFs drawn here with PDFBox, in ASCII (no CJK font is embedded), for the layout cases; and the
 * real 洪泽区 PDFs in {@code corpus/dev/pdf} for Chinese cells broken over lines, a label set
 * vertically and page numbers.
 */
class PdfTextTest {

  private static final Path REAL_PDFS = Path.of("..", "corpus", "dev", "pdf");
  private static final float PAGE_HEIGHT = PDRectangle.LETTER.getHeight();
  private static final float FONT_SIZE = 10;

  @TempDir Path folder;

  private final ReportFileReader reader = new ReportFileReader();

  /** Draws one page; coordinates in the helpers below run from the top left, as on screen. */
  private interface Page {
    void draw(PDPageContentStream content) throws IOException;
  }

  private static byte[] pdf(Page... pages) throws IOException {
    try (PDDocument document = new PDDocument()) {
      for (Page page : pages) {
        PDPage pdfPage = new PDPage(PDRectangle.LETTER);
        document.addPage(pdfPage);
        try (PDPageContentStream content = new PDPageContentStream(document, pdfPage)) {
          page.draw(content);
        }
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      document.save(bytes);
      return bytes.toByteArray();
    }
  }

  private static void text(PDPageContentStream content, float x, float baseline, String text)
      throws IOException {
    content.beginText();
    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), FONT_SIZE);
    content.newLineAtOffset(x, PAGE_HEIGHT - baseline);
    content.showText(text);
    content.endText();
  }

  private static void line(PDPageContentStream content, float x1, float y1, float x2, float y2)
      throws IOException {
    content.moveTo(x1, PAGE_HEIGHT - y1);
    content.lineTo(x2, PAGE_HEIGHT - y2);
    content.stroke();
  }

  /** Rulings at the given column and row edges, every line drawn across the whole table. */
  private static void grid(PDPageContentStream content, float[] xs, float[] ys) throws IOException {
    for (float y : ys) {
      line(content, xs[0], y, xs[xs.length - 1], y);
    }
    for (float x : xs) {
      line(content, x, ys[0], x, ys[ys.length - 1]);
    }
  }

  private static List<Block> blocks(byte[] pdf) throws UnreadableFileException {
    return PdfText.extract(pdf);
  }

  private static TableBlock.Cell cell(String text) {
    return TableBlock.Cell.of(text);
  }

  private static TableBlock.Cell covered(String text) {
    return new TableBlock.Cell(text, false);
  }

  @Test
  void readsProseLineByLine() throws Exception {
    Path path =
        Files.write(
            folder.resolve("report.pdf"),
            pdf(
                content -> {
                  text(content, 72, 100, "Annual Report 2023");
                  text(content, 72, 120, "All requests were answered in time.");
                }));

    ReportFile file = reader.read(path);

    assertEquals(
        List.of(
            new TextBlock("Annual Report 2023"),
            new TextBlock("All requests were answered in time.")),
        file.blocks());
    assertEquals("pdf", file.format());
    assertNull(file.charset());
  }

  @Test
  void readsARuledTableCellByCellBetweenItsText() throws Exception {
    float[] xs = {72, 222, 322, 422};
    float[] ys = {130, 160, 190, 220};
    byte[] pdf =
        pdf(
            content -> {
              text(content, 72, 110, "Requests");
              grid(content, xs, ys);
              text(content, 76, 150, "Applicant");
              text(content, 226, 150, "Person");
              text(content, 326, 150, "Total");
              text(content, 76, 180, "Received");
              text(content, 226, 180, "5");
              text(content, 326, 180, "5");
              text(content, 76, 210, "Answered");
              text(content, 226, 210, "4");
              text(content, 326, 210, "4");
              text(content, 72, 250, "Review");
            });

    assertEquals(
        List.of(
            new TextBlock("Requests"),
            TableBlock.ofTexts(
                List.of(
                    List.of("Applicant", "Person", "Total"),
                    List.of("Received", "5", "5"),
                    List.of("Answered", "4", "4"))),
            new TextBlock("Review")),
        blocks(pdf));
  }

  /**
   * A header across all columns and a group label down two rows: lines not drawn between their
   * parts.
   */
  @Test
  void mergedCellsFillEveryPositionTheyCover() throws Exception {
    byte[] pdf =
        pdf(
            content -> {
              for (float y : new float[] {100, 130, 190}) {
                line(content, 72, y, 372, y);
              }
              line(
                  content, 172, 160, 372,
                  160); // between rows 1 and 2, but not under the group label
              line(content, 72, 100, 72, 190);
              line(content, 372, 100, 372, 190);
              for (float x : new float[] {172, 272}) {
                line(content, x, 130, x, 190); // not through the header row
              }
              text(content, 180, 120, "Outcome");
              text(content, 76, 165, "Denied");
              text(content, 176, 150, "Secret");
              text(content, 276, 150, "1");
              text(content, 176, 180, "Law");
              text(content, 276, 180, "0");
            });

    assertEquals(
        List.of(
            new TableBlock(
                List.of(
                    List.of(cell("Outcome"), covered("Outcome"), covered("Outcome")),
                    List.of(cell("Denied"), cell("Secret"), cell("1")),
                    List.of(covered("Denied"), cell("Law"), cell("0"))))),
        blocks(pdf));
  }

  @Test
  void joinsTheLinesOfACell() throws Exception {
    byte[] pdf =
        pdf(
            content -> {
              grid(content, new float[] {72, 172, 272}, new float[] {100, 150});
              text(content, 76, 115, "Legal");
              text(content, 76, 130, "services");
              text(content, 176, 120, "0");
            });

    assertEquals(List.of(TableBlock.ofTexts(List.of(List.of("Legal services", "0")))), blocks(pdf));
  }

  /**
   * A table continued on the next page: the first part has no bottom line (its columns' lines end
   * where it ends), the second is another grid. Page numbers in the footer are not text.
   */
  @Test
  void readsATableContinuedOnTheNextPageAndDropsPageNumbers() throws Exception {
    float[] xs = {72, 222, 322};
    byte[] pdf =
        pdf(
            content -> {
              text(content, 72, 80, "Requests");
              for (float y : new float[] {100, 130}) {
                line(content, xs[0], y, xs[2], y);
              }
              for (float x : xs) {
                line(content, x, 100, x, 160);
              }
              text(content, 76, 120, "Received");
              text(content, 226, 120, "5");
              text(content, 76, 150, "Granted");
              text(content, 226, 150, "3");
              text(content, 290, 760, "- 1 -");
            },
            content -> {
              grid(content, xs, new float[] {72, 102});
              text(content, 76, 92, "Not held");
              text(content, 226, 92, "2");
              text(content, 72, 130, "Review");
              text(content, 290, 760, "- 2 -");
            });

    assertEquals(
        List.of(
            new TextBlock("Requests"),
            TableBlock.ofTexts(List.of(List.of("Received", "5"), List.of("Granted", "3"))),
            TableBlock.ofTexts(List.of(List.of("Not held", "2"))),
            new TextBlock("Review")),
        blocks(pdf));
  }

  /** Some exporters draw borders as filled rectangles one line thick. */
  @Test
  void readsBordersDrawnAsThinBars() throws Exception {
    byte[] pdf =
        pdf(
            content -> {
              for (float y : new float[] {100, 130, 160}) {
                content.addRect(72, PAGE_HEIGHT - y - 0.5f, 200, 1);
              }
              for (float x : new float[] {72, 172, 272}) {
                content.addRect(x - 0.5f, PAGE_HEIGHT - 160, 1, 60);
              }
              content.fill();
              text(content, 76, 120, "Rules");
              text(content, 176, 120, "0");
              text(content, 76, 150, "Documents");
              text(content, 176, 150, "5");
            });

    assertEquals(
        List.of(TableBlock.ofTexts(List.of(List.of("Rules", "0"), List.of("Documents", "5")))),
        blocks(pdf));
  }

  /**
   * Outside ruled tables, a label followed by numbers is still read as a row, as from plain text.
   */
  @Test
  void guessesARowFromALineOfNumbersWithoutRulings() throws Exception {
    byte[] pdf = pdf(content -> text(content, 72, 100, "Received 5 0 0 0 0 0 5"));

    assertEquals(
        List.of(
            TableBlock.ofTexts(List.of(List.of("Received", "5", "0", "0", "0", "0", "0", "5")))),
        blocks(pdf));
  }

  @Test
  void readsTheRealReportsTablesCellByCell() throws Exception {
    List<Block> blocks = reader.read(REAL_PDFS.resolve("hongze-2023.pdf")).blocks();
    List<TableBlock> tables =
        blocks.stream().filter(TableBlock.class::isInstance).map(TableBlock.class::cast).toList();
    List<List<TableBlock.Cell>> requests = tables.get(2).rows();

    assertAll(
        // 主动公开 on pages 2 and 3, 申请 on pages 3 and 4, 复议诉讼 on page 4.
        () -> assertEquals(5, tables.size()),
        () ->
            assertEquals(
                List.of("信息内容", "本年处理决定数量"), TableBlock.originTexts(tables.get(1).rows().get(0))),
        // Header cells printed on two or three lines: 商业 / 企业, 社会 / 公益 / 组织.
        () ->
            assertEquals(
                List.of("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"),
                TableBlock.originTexts(requests.get(2))),
        // 三、本年度办理结果 is printed one character a line down the rows it spans.
        () ->
            assertEquals(
                List.of(cell("三、本年度办理结果"), cell("（一）予以公开"), covered("（一）予以公开")),
                requests.get(5).subList(0, 3)),
        () -> assertEquals(covered("三、本年度办理结果"), requests.get(6).get(0)),
        // The last row on page 3 has no bottom line: it is kept.
        () ->
            assertEquals(
                List.of("2.没有现成信息需要另行制作", "3", "0", "0", "0", "0", "0", "3"),
                TableBlock.originTexts(requests.get(requests.size() - 1))),
        () ->
            assertEquals(
                List.of("5.要求行政机关确认或重新出具已获取信息", "0", "0", "0", "0", "0", "0", "0"),
                TableBlock.originTexts(tables.get(3).rows().get(5))),
        () -> assertFalse(blocks.contains(new TextBlock("- 3 -")), "page number"),
        () -> assertTrue(blocks.contains(new TextBlock("三、收到和处理政府信息公开申请情况"))));
  }

  @Test
  void findsAPdfSavedWithoutExtensionByItsHeader() throws Exception {
    Path path =
        Files.write(
            folder.resolve("download"),
            pdf(content -> text(content, 72, 100, "Annual Report 2023")));

    assertEquals("pdf", reader.read(path).format());
  }

  @Test
  void rejectsAPdfWithoutTextLayer() throws Exception {
    // A filled square stands in for a scanned image, and ruled lines around it: marks, no text.
    Path path =
        Files.write(
            folder.resolve("scan.pdf"),
            pdf(
                content -> {
                  content.addRect(50, 50, 200, 200);
                  content.fill();
                  grid(content, new float[] {72, 172, 272}, new float[] {100, 130, 160});
                }));

    UnreadableFileException e =
        assertThrows(UnreadableFileException.class, () -> reader.read(path));

    assertEquals("PDF has no text layer (scanned?)", e.reason());
    assertEquals(UnreadableFileException.Kind.NO_TEXT_LAYER, e.kind());
  }

  @Test
  void rejectsAPdfNamedFileThatIsNotAPdf() throws Exception {
    // A failed download saved under the report's name: the server's error page.
    Path path =
        Files.write(
            folder.resolve("report.pdf"),
            "<html><body>404 Not Found</body></html>".getBytes(StandardCharsets.UTF_8));

    UnreadableFileException e =
        assertThrows(UnreadableFileException.class, () -> reader.read(path));

    assertEquals("not a valid PDF: no %PDF header", e.reason());
    assertEquals(UnreadableFileException.Kind.INVALID_PDF, e.kind());
  }

  @Test
  void rejectsATruncatedPdf() throws Exception {
    byte[] whole = pdf(content -> text(content, 72, 100, "Annual Report 2023"));
    Path path = Files.write(folder.resolve("cut.pdf"), Arrays.copyOf(whole, 40));

    UnreadableFileException e =
        assertThrows(UnreadableFileException.class, () -> reader.read(path));

    assertTrue(e.reason().startsWith("not a valid PDF: "), e.reason());
    assertEquals(UnreadableFileException.Kind.INVALID_PDF, e.kind());
  }
}
