package org.nianbao.source;

/**
 * A straight line drawn on a PDF page, the kind that rules a table: horizontal or vertical, in page
 * display coordinates (points from the top left corner, y growing downwards, as PDFBox gives text
 * positions).
 *
 * @param horizontal whether the line runs left to right (else top to bottom)
 * @param position its y if horizontal, its x if vertical
 * @param from where it starts along its direction (the smaller coordinate)
 * @param to where it ends along its direction
 */
record PdfRuling(boolean horizontal, float position, float from, float to) {

  PdfRuling {
    if (from > to) {
      float swap = from;
      from = to;
      to = swap;
    }
  }

  static PdfRuling horizontal(float y, float x1, float x2) {
    return new PdfRuling(true, y, x1, x2);
  }

  static PdfRuling vertical(float x, float y1, float y2) {
    return new PdfRuling(false, x, y1, y2);
  }

  float length() {
    return to - from;
  }

  /** True if the line passes {@code along} (a coordinate in its own direction). */
  boolean spans(float along) {
    return from <= along && along <= to;
  }

  /** True if a horizontal and a vertical line cross or meet, ends allowed {@code slack} short. */
  boolean meets(PdfRuling other, float slack) {
    return horizontal != other.horizontal
        && other.position >= from - slack
        && other.position <= to + slack
        && position >= other.from - slack
        && position <= other.to + slack;
  }
}
