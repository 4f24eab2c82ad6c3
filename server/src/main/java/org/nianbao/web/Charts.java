package org.nianbao.web;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.model.Measure;
import org.nianbao.model.Rate;
import org.nianbao.web.view.ChartView;

/**
 * The geometry of the 统计 page's charts ({@code chart.jte}): horizontal bars for groups (their
 * labels, often long agency or place names, read best beside the bar) and a line across years. Only
 * numbers and strings: the template writes the SVG, escaping each label.
 */
final class Charts {

  private static final double WIDTH = 760;
  private static final double LABEL_WIDTH = 210;
  private static final double VALUE_WIDTH = 90;
  private static final double ROW = 24;
  private static final double BAR = 16;
  private static final int LABEL_CHARACTERS = 14;

  private static final double LINE_HEIGHT = 260;
  private static final double LEFT = 64;
  private static final double RIGHT = 24;
  private static final double TOP = 24;
  private static final double BOTTOM = 40;
  private static final int TICKS = 4;

  private Charts() {}

  /** A labelled value to draw. */
  record Datum(String label, double value) {}

  static ChartView.Chart bars(String id, String title, Measure measure, List<Datum> data) {
    double max = data.stream().mapToDouble(Datum::value).max().orElse(0);
    double span = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
    List<ChartView.Bar> bars = new ArrayList<>();
    for (int i = 0; i < data.size(); i++) {
      Datum d = data.get(i);
      double top = i * ROW;
      double length = max > 0 ? Math.max(1, span * d.value() / max) : 1;
      String value = Figures.of(measure, d.value());
      bars.add(
          new ChartView.Bar(
              f(LABEL_WIDTH - 8),
              f(top + ROW / 2 + 5),
              shorten(d.label()),
              f(LABEL_WIDTH),
              f(top + (ROW - BAR) / 2),
              f(length),
              f(BAR),
              f(LABEL_WIDTH + length + 6),
              value,
              d.label() + "：" + value));
    }
    return new ChartView.Chart(
        id, title, f(WIDTH), f(Math.max(ROW, data.size() * ROW) + 4), bars, null, List.of());
  }

  static ChartView.Chart line(String id, String title, Measure measure, List<Datum> data) {
    double max =
        niceMax(data.stream().mapToDouble(Datum::value).max().orElse(0), measure instanceof Rate);
    double plotWidth = WIDTH - LEFT - RIGHT;
    double plotHeight = LINE_HEIGHT - TOP - BOTTOM;
    List<ChartView.Tick> ticks = new ArrayList<>();
    for (int t = 0; t <= TICKS; t++) {
      double value = max * t / TICKS;
      double y = TOP + plotHeight * (1 - (double) t / TICKS);
      ticks.add(
          new ChartView.Tick(
              f(LEFT),
              f(y),
              f(WIDTH - RIGHT),
              f(y),
              f(LEFT - 8),
              f(y + 4),
              Figures.of(measure, value)));
    }
    List<ChartView.Point> dots = new ArrayList<>();
    StringBuilder points = new StringBuilder();
    for (int i = 0; i < data.size(); i++) {
      Datum d = data.get(i);
      double x = data.size() == 1 ? LEFT + plotWidth / 2 : LEFT + plotWidth * i / (data.size() - 1);
      double y = TOP + plotHeight * (1 - (max > 0 ? d.value() / max : 0));
      points.append(points.isEmpty() ? "" : " ").append(f(x)).append(',').append(f(y));
      String value = Figures.of(measure, d.value());
      dots.add(
          new ChartView.Point(
              f(x),
              f(y),
              d.label(),
              f(x),
              f(LINE_HEIGHT - BOTTOM + 20),
              value,
              f(y - 9),
              d.label() + "：" + value));
    }
    return new ChartView.Chart(
        id,
        title,
        f(WIDTH),
        f(LINE_HEIGHT),
        List.of(),
        new ChartView.Line(points.toString(), dots),
        ticks);
  }

  /**
   * A round maximum for the value axis: 1, 2 or 5 times a power of ten; a rate's axis stops at 100
   * %.
   */
  static double niceMax(double max, boolean rate) {
    if (max <= 0) {
      return 1;
    }
    double power = Math.pow(10, Math.floor(Math.log10(max)));
    for (double step : new double[] {1, 2, 2.5, 5, 10}) {
      if (step * power >= max) {
        double nice = step * power;
        return rate ? Math.min(nice, 1) < max ? max : Math.min(nice, 1) : nice;
      }
    }
    return max;
  }

  private static String shorten(String label) {
    return label.length() <= LABEL_CHARACTERS
        ? label
        : label.substring(0, LABEL_CHARACTERS - 1) + "…";
  }

  private static String f(double value) {
    return Figures.coordinate(value);
  }
}
