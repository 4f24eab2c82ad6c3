package org.nianbao.bench.stats;

import java.util.Arrays;
import java.util.List;

/**
 * The measured runs of one {@link StatsCall}: its answer's size ({@code reports} matched, {@code
 * groups} in all) and the wall time of each run over HTTP, whole body read ({@code millis}), with
 * the server's own {@code took_ms} of each run.
 */
public record StatsTiming(
    StatsCall call, long reports, long groups, List<Double> millis, List<Long> serverMillis) {

  public StatsTiming {
    millis = List.copyOf(millis);
    serverMillis = List.copyOf(serverMillis);
  }

  public double p50() {
    return percentile(0.50);
  }

  public double p99() {
    return percentile(0.99);
  }

  public double max() {
    return millis.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
  }

  /**
   * The median of the server's {@code took_ms}: the time inside the engine, without HTTP and JSON.
   */
  public double serverP50() {
    return nearestRank(serverMillis.stream().mapToDouble(Long::doubleValue).toArray(), 0.50);
  }

  /** Nearest-rank percentile (no interpolation): with 30 runs p99 is the slowest run. */
  double percentile(double q) {
    return nearestRank(millis.stream().mapToDouble(Double::doubleValue).toArray(), q);
  }

  static double nearestRank(double[] values, double q) {
    if (values.length == 0) {
      return Double.NaN;
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(q * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
  }
}
