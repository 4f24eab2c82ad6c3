package org.nianbao.source;

import org.apache.pdfbox.text.TextPosition;

/**
 * One character drawn on a PDF page, where it stands: page display coordinates (points from the top
 * left corner, y down), the baseline it sits on, and its width and height.
 */
record PdfGlyph(String text, float x, float baseline, float width, float height) {

  static PdfGlyph of(TextPosition position) {
    // PDFBox counts character spacing into the width: a label set vertically, one character per
    // line spread over a wide cell, has "characters" 44 pt wide that would reach the next cell.
    // No character is wider than the font size.
    float fontSize = position.getFontSizeInPt();
    float width = fontSize > 0 ? Math.min(position.getWidth(), fontSize) : position.getWidth();
    return new PdfGlyph(
        position.getUnicode(), position.getX(), position.getY(), width, position.getHeight());
  }

  float right() {
    return x + width;
  }

  float top() {
    return baseline - height;
  }

  float centerX() {
    return x + width / 2;
  }

  float centerY() {
    return baseline - height / 2;
  }
}
