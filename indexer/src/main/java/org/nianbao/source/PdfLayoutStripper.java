package org.nianbao.source;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads a PDF page by page: tables by their ruling lines ({@link PdfGrid}), as {@link TableBlock}s,
 * and the other characters as printed lines, in the order they stand on the page. PDFBox's text
 * stripper is used for what it does well (character positions, overlapping duplicates of fake-bold
 * text removed); its own line and word layout is not, as it knows nothing of cells.
 *
 * <p>Lines between ruled tables still go through {@link PlainTextLayout}, so that a table drawn
 * without lines is guessed from its text as before. Page numbers in the top or bottom margin (- 3
 * -, — 3 —, 第3页) are left out.
 */
final class PdfLayoutStripper extends PDFTextStripper {

  /** Page numbers as printed in headers and footers. */
  private static final Pattern PAGE_NUMBER =
      Pattern.compile(
          "[-—–－\\s]*[0-9]+[-—–－\\s]*|第\\s*[0-9]+\\s*页(\\s*[，,/]?\\s*共\\s*[0-9]+\\s*页)?|[0-9]+\\s*/\\s*[0-9]+");

  /**
   * The share of the page height, at the top and at the bottom, where headers and footers stand.
   */
  private static final float MARGIN = 0.1f;

  private final List<Block> blocks = new ArrayList<>();

  /** Printed lines since the last table, not yet made blocks. */
  private final List<String> pendingLines = new ArrayList<>();

  private List<PdfGrid> grids = List.of();
  private float pageHeight;

  private PdfLayoutStripper() {}

  /** The document's blocks in reading order; empty when it has no text layer. */
  static List<Block> blocks(PDDocument document) throws IOException {
    PdfLayoutStripper stripper = new PdfLayoutStripper();
    stripper.writeText(document, Writer.nullWriter());
    stripper.flushLines();
    return stripper.blocks;
  }

  @Override
  protected void startPage(PDPage page) throws IOException {
    grids = PdfGrid.find(PdfRulings.of(page));
    PDRectangle box = page.getCropBox();
    pageHeight = page.getRotation() % 180 == 0 ? box.getHeight() : box.getWidth();
  }

  @Override
  protected void writePage() {
    Map<PdfGrid, List<PdfGlyph>> inTables = new LinkedHashMap<>();
    grids.forEach(grid -> inTables.put(grid, new ArrayList<>()));
    List<PdfGlyph> outside = new ArrayList<>();
    for (List<TextPosition> article : getCharactersByArticle()) {
      for (TextPosition position : article) {
        if (position.getUnicode().isEmpty()) {
          continue; // a glyph without a character (no Unicode mapping)
        }
        PdfGlyph glyph = PdfGlyph.of(position);
        grids.stream()
            .filter(grid -> grid.contains(glyph))
            .findFirst()
            .ifPresentOrElse(grid -> inTables.get(grid).add(glyph), () -> outside.add(glyph));
      }
    }
    List<Placed> placed = new ArrayList<>();
    inTables.forEach(
        (grid, glyphs) -> {
          // Lines around no text (a frame, a form left blank, a scan's vector border) are no table.
          if (!glyphs.isEmpty()) {
            placed.add(new Placed(grid.top(), grid.block(glyphs)));
          }
        });
    for (List<PdfGlyph> line : PdfLines.group(outside)) {
      String text = PdfLines.text(line);
      float top = (float) line.stream().mapToDouble(PdfGlyph::top).min().orElseThrow();
      float bottom = (float) line.stream().mapToDouble(PdfGlyph::baseline).max().orElseThrow();
      if (!text.isEmpty() && !isPageNumber(text, top, bottom)) {
        placed.add(new Placed(top, new TextBlock(text)));
      }
    }
    placed.sort(Comparator.comparingDouble(Placed::top));
    for (Placed item : placed) {
      switch (item.block()) {
        case TextBlock line -> pendingLines.add(line.text());
        case TableBlock table -> {
          flushLines();
          blocks.add(table);
        }
      }
    }
  }

  private boolean isPageNumber(String text, float top, float bottom) {
    boolean inMargin = bottom < pageHeight * MARGIN || top > pageHeight * (1 - MARGIN);
    return inMargin && PAGE_NUMBER.matcher(text).matches();
  }

  private void flushLines() {
    if (!pendingLines.isEmpty()) {
      blocks.addAll(PlainTextLayout.blocks(String.join("\n", pendingLines)));
      pendingLines.clear();
    }
  }

  /** A block and how far down its page it starts. */
  private record Placed(float top, Block block) {}
}
