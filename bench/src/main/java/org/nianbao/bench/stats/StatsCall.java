package org.nianbao.bench.stats;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One kind of statistics request: a short {@code label} for the results and its parameters, as
 * {@code name=value} pairs (unencoded, in the order sent: several {@code measure} pairs are several
 * measures).
 */
public record StatsCall(String label, List<String[]> parameters) {

  public StatsCall {
    parameters = List.copyOf(parameters);
  }

  /**
   * A call from alternating names and values: {@code of("by year", "group", "year", "measure",
   * "rate.disclosure")}.
   */
  static StatsCall of(String label, String... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("names and values in pairs: " + label);
    }
    List<String[]> pairs = new ArrayList<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      pairs.add(new String[] {namesAndValues[i], namesAndValues[i + 1]});
    }
    return new StatsCall(label, pairs);
  }

  /**
   * The request's path and encoded query, e.g. {@code
   * /api/v1/stats?group=year&measure=rate.disclosure}.
   */
  public String path() {
    List<String> encoded = new ArrayList<>();
    for (String[] p : parameters) {
      encoded.add(p[0] + "=" + URLEncoder.encode(p[1], StandardCharsets.UTF_8));
    }
    return "/api/v1/stats" + (encoded.isEmpty() ? "" : "?" + String.join("&", encoded));
  }

  /** The parameters as a reader types them: {@code group=year measure=rate.disclosure}. */
  public String readable() {
    return String.join(" ", parameters.stream().map(p -> p[0] + "=" + p[1]).toList());
  }
}
