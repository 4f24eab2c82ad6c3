package org.nianbao.source;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * A PDF report's text layer as blocks: tables by their ruling lines, cell by cell, and the rest
 * line by line ({@link PdfLayoutStripper}). A PDF without any text is a scan: OCR is out of scope.
 */
final class PdfText {

  static final String NO_TEXT_LAYER_REASON = "PDF has no text layer (scanned?)";

  private PdfText() {}

  static boolean startsWithPdfHeader(byte[] bytes) {
    // The spec allows junk before the header and readers look for it in the first 1 KB.
    int limit = Math.min(bytes.length, 1024) - 5;
    for (int i = 0; i <= limit; i++) {
      if (bytes[i] == '%'
          && bytes[i + 1] == 'P'
          && bytes[i + 2] == 'D'
          && bytes[i + 3] == 'F'
          && bytes[i + 4] == '-') {
        return true;
      }
    }
    return false;
  }

  static List<Block> extract(byte[] bytes) throws UnreadableFileException {
    try (PDDocument document = Loader.loadPDF(bytes)) {
      List<Block> blocks = PdfLayoutStripper.blocks(document);
      if (blocks.isEmpty()) {
        throw new UnreadableFileException(
            UnreadableFileException.Kind.NO_TEXT_LAYER, NO_TEXT_LAYER_REASON);
      }
      return blocks;
    } catch (InvalidPasswordException e) {
      throw new UnreadableFileException(
          UnreadableFileException.Kind.INVALID_PDF, "PDF is password-protected", e);
    } catch (IOException | RuntimeException e) {
      // PDFBox reports some damaged files with runtime exceptions; to the user both mean the same.
      throw new UnreadableFileException(
          UnreadableFileException.Kind.INVALID_PDF, "not a valid PDF: " + describe(e), e);
    }
  }

  private static String describe(Exception e) {
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }
}
