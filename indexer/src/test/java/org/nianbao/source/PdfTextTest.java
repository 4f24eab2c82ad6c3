package org.nianbao.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PDFs made here with PDFBox. The machine has no CJK font to embed, so the text-layer case uses
 * ASCII; reading Chinese is PDFBox's own, well-tested job.
 */
class PdfTextTest {

    @TempDir
    Path folder;

    private final ReportFileReader reader = new ReportFileReader();

    /** One page; each line is drawn 20 points below the one before, or none for a "scanned" page. */
    private static byte[] pdf(String... lines) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                if (lines.length == 0) {
                    // A filled rectangle stands in for a scanned image: marks on the page, no text.
                    content.addRect(50, 50, 200, 200);
                    content.fill();
                }
                float y = 700;
                for (String line : lines) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    content.newLineAtOffset(72, y);
                    content.showText(line);
                    content.endText();
                    y -= 20;
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        }
    }

    @Test
    void readsTheTextLayerLineByLine() throws Exception {
        Path path = Files.write(folder.resolve("report.pdf"), pdf("Annual Report 2023", "Requests received 5 0 0 0 0 0 5"));

        ReportFile file = reader.read(path);

        assertEquals("Annual Report 2023\nRequests received 5 0 0 0 0 0 5\n", file.text());
        assertEquals("pdf", file.format());
        assertNull(file.charset());
    }

    @Test
    void findsAPdfSavedWithoutExtensionByItsHeader() throws Exception {
        Path path = Files.write(folder.resolve("download"), pdf("Annual Report 2023"));

        assertEquals("pdf", reader.read(path).format());
    }

    @Test
    void rejectsAPdfWithoutTextLayer() throws Exception {
        Path path = Files.write(folder.resolve("scan.pdf"), pdf());

        UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> reader.read(path));

        assertEquals("PDF has no text layer (scanned?)", e.reason());
        assertEquals(UnreadableFileException.Kind.NO_TEXT_LAYER, e.kind());
    }

    @Test
    void rejectsAPdfNamedFileThatIsNotAPdf() throws Exception {
        // A failed download saved under the report's name: the server's error page.
        Path path = Files.write(folder.resolve("report.pdf"),
                "<html><body>404 Not Found</body></html>".getBytes(StandardCharsets.UTF_8));

        UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> reader.read(path));

        assertEquals("not a valid PDF: no %PDF header", e.reason());
        assertEquals(UnreadableFileException.Kind.INVALID_PDF, e.kind());
    }

    @Test
    void rejectsATruncatedPdf() throws Exception {
        byte[] whole = pdf("Annual Report 2023");
        Path path = Files.write(folder.resolve("cut.pdf"), Arrays.copyOf(whole, 40));

        UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> reader.read(path));

        assertTrue(e.reason().startsWith("not a valid PDF: "), e.reason());
        assertEquals(UnreadableFileException.Kind.INVALID_PDF, e.kind());
    }
}
