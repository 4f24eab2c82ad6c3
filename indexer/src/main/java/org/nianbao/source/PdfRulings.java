package org.nianbao.source;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * Collects the ruling lines of one PDF page from its drawing operators: stroked straight segments
 * (Word and WPS draw cell borders with {@code m l S}) and filled bars no thicker than a line (some
 * exporters draw borders as thin filled rectangles). Filled areas such as cell shading, curves and
 * images are not rulings. Points arrive in user space, already through the current transformation.
 */
final class PdfRulings extends PDFGraphicsStreamEngine {

  /** Shorter marks are parts of glyphs, bullets or underlines of a character, not rulings. */
  private static final float MIN_LENGTH = 3f;

  /** A filled rectangle at most this thick is a line drawn as a bar. */
  private static final float MAX_BAR = 2f;

  /** How far a segment may slant and still be a horizontal or vertical ruling. */
  private static final float STRAIGHT = 0.5f;

  private final PDRectangle box;
  private final List<Point2D[]> segments = new ArrayList<>();

  /** The bounds of each subpath of the current path: a thin one, filled, is a line. */
  private final List<Rectangle2D> subpaths = new ArrayList<>();

  private final List<PdfRuling> rulings = new ArrayList<>();
  private Point2D current = new Point2D.Float();
  private Point2D subpathStart = new Point2D.Float();

  private PdfRulings(PDPage page) {
    super(page);
    this.box = page.getCropBox();
  }

  /**
   * The page's rulings. None for a rotated page: its text positions are turned to the reading
   * direction and would not meet its lines, so its tables are read as text.
   */
  static List<PdfRuling> of(PDPage page) throws IOException {
    if (page.getRotation() % 360 != 0) {
      return List.of();
    }
    PdfRulings engine = new PdfRulings(page);
    engine.processPage(page);
    return engine.rulings;
  }

  @Override
  public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
    Rectangle2D rectangle = new Rectangle2D.Double(p0.getX(), p0.getY(), 0, 0);
    rectangle.add(p1);
    rectangle.add(p2);
    rectangle.add(p3);
    subpaths.add(rectangle);
    segments.add(new Point2D[] {p0, p1});
    segments.add(new Point2D[] {p1, p2});
    segments.add(new Point2D[] {p2, p3});
    segments.add(new Point2D[] {p3, p0});
    current = p0;
    subpathStart = p0;
  }

  @Override
  public void moveTo(float x, float y) {
    current = new Point2D.Float(x, y);
    subpathStart = current;
    subpaths.add(new Rectangle2D.Float(x, y, 0, 0));
  }

  @Override
  public void lineTo(float x, float y) {
    Point2D end = new Point2D.Float(x, y);
    segments.add(new Point2D[] {current, end});
    extendSubpath(end);
  }

  @Override
  public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
    extendSubpath(new Point2D.Float(x3, y3));
  }

  @Override
  public Point2D getCurrentPoint() {
    return current;
  }

  @Override
  public void closePath() {
    segments.add(new Point2D[] {current, subpathStart});
    current = subpathStart;
  }

  @Override
  public void endPath() {
    clearPath();
  }

  @Override
  public void strokePath() {
    for (Point2D[] segment : segments) {
      addStroke(segment[0], segment[1]);
    }
    clearPath();
  }

  @Override
  public void fillPath(int windingRule) {
    subpaths.forEach(this::addBar);
    clearPath();
  }

  @Override
  public void fillAndStrokePath(int windingRule) {
    subpaths.forEach(this::addBar);
    strokePath();
  }

  @Override
  public void clip(int windingRule) {
    // The clipping path is ended by the next operator (n); it draws nothing.
  }

  @Override
  public void drawImage(PDImage image) {
    // Images are never decoded here: a scanned table cannot be read from its text layer anyway.
  }

  @Override
  public void shadingFill(COSName shadingName) {
    // Shading fills areas, it draws no lines.
  }

  private void extendSubpath(Point2D end) {
    if (subpaths.isEmpty()) {
      subpaths.add(new Rectangle2D.Double(current.getX(), current.getY(), 0, 0));
    }
    subpaths.get(subpaths.size() - 1).add(end);
    current = end;
  }

  private void clearPath() {
    segments.clear();
    subpaths.clear();
  }

  private void addStroke(Point2D a, Point2D b) {
    float x1 = x(a);
    float y1 = y(a);
    float x2 = x(b);
    float y2 = y(b);
    if (Math.abs(y1 - y2) <= STRAIGHT && Math.abs(x1 - x2) >= MIN_LENGTH) {
      rulings.add(PdfRuling.horizontal((y1 + y2) / 2, x1, x2));
    } else if (Math.abs(x1 - x2) <= STRAIGHT && Math.abs(y1 - y2) >= MIN_LENGTH) {
      rulings.add(PdfRuling.vertical((x1 + x2) / 2, y1, y2));
    }
  }

  private void addBar(Rectangle2D user) {
    float left = (float) user.getMinX() - box.getLowerLeftX();
    float right = (float) user.getMaxX() - box.getLowerLeftX();
    float top = box.getUpperRightY() - (float) user.getMaxY();
    float bottom = box.getUpperRightY() - (float) user.getMinY();
    if (bottom - top <= MAX_BAR && right - left >= MIN_LENGTH) {
      rulings.add(PdfRuling.horizontal((top + bottom) / 2, left, right));
    } else if (right - left <= MAX_BAR && bottom - top >= MIN_LENGTH) {
      rulings.add(PdfRuling.vertical((left + right) / 2, top, bottom));
    }
  }

  /** User space to display coordinates, as PDFBox places text: from the crop box's top left. */
  private float x(Point2D point) {
    return (float) point.getX() - box.getLowerLeftX();
  }

  private float y(Point2D point) {
    return box.getUpperRightY() - (float) point.getY();
  }
}
