package org.nianbao.web.view;

import java.util.List;

/**
 * A chart drawn on the server as inline SVG ({@code chart.jte}): every coordinate already computed
 * as text, every label a string the template escapes. Readable without script and without any
 * resource from elsewhere; colours come from the stylesheet's classes.
 */
public final class ChartView {

  private ChartView() {}

  /**
   * One chart: {@code bars} (a horizontal bar per group) or a {@code line} (across years); {@code
   * title} names it for screen readers.
   */
  public record Chart(
      String id,
      String title,
      String width,
      String height,
      List<Bar> bars,
      Line line,
      List<Tick> ticks) {}

  /** A labelled bar and its value written after it; {@code tooltip} is the SVG title. */
  public record Bar(
      String labelX,
      String labelY,
      String label,
      String x,
      String y,
      String width,
      String height,
      String valueX,
      String value,
      String tooltip) {}

  /** A line through {@code points} (SVG polyline syntax), with a dot and a label per point. */
  public record Line(String points, List<Point> dots) {}

  public record Point(
      String x,
      String y,
      String label,
      String labelX,
      String labelY,
      String value,
      String valueY,
      String tooltip) {}

  /** A grid line of the value axis with its value. */
  public record Tick(
      String x1, String y1, String x2, String y2, String textX, String textY, String text) {}
}
