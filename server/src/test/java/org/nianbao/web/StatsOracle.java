package org.nianbao.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Statistics computed the slow, obvious way from reports' JSON (the model's {@code tables}), with
 * none of the engine's code: what {@code /api/v1/stats} must agree with. The rates are written out
 * here from report-model.md, not taken from {@code model.Rate}.
 */
public final class StatsOracle {

  private StatsOracle() {}

  /** A cell's value (tables.requests.new.total …), null when the report does not give it. */
  public static Double cell(JsonNode report, String path) {
    JsonNode node = report.path("tables");
    for (String key : path.split("\\.")) {
      node = node.path(key);
    }
    return node.isNumber() ? node.asDouble() : null;
  }

  /** {numerator, denominator} of a rate, or null when a cell is missing or the denominator is 0. */
  public static double[] rate(JsonNode report, String key) {
    List<String> above;
    List<String> below;
    switch (key) {
      case "rate.disclosure" -> {
        above = List.of("requests.granted.total", "requests.partial.total");
        below = List.of("requests.handled_total.total");
      }
      case "rate.denial" -> {
        above =
            Arrays.stream(
                    new String[] {
                      "state_secret",
                      "law",
                      "safety",
                      "third_party",
                      "internal",
                      "process",
                      "enforcement",
                      "query"
                    })
                .map(k -> "requests.denied_" + k + ".total")
                .toList();
        below = List.of("requests.handled_total.total");
      }
      case "rate.review_corrected" -> {
        above = List.of("review_litigation.review.corrected");
        below = List.of("review_litigation.review.total");
      }
      case "rate.litigation_corrected" -> {
        above =
            List.of(
                "review_litigation.litigation_direct.corrected",
                "review_litigation.litigation_after_review.corrected");
        below =
            List.of(
                "review_litigation.litigation_direct.total",
                "review_litigation.litigation_after_review.total");
      }
      default -> throw new IllegalArgumentException(key);
    }
    Double num = sum(report, above);
    Double den = sum(report, below);
    return num == null || den == null || den <= 0 ? null : new double[] {num, den};
  }

  private static Double sum(JsonNode report, List<String> paths) {
    double sum = 0;
    for (String path : paths) {
      Double v = cell(report, path);
      if (v == null) {
        return null;
      }
      sum += v;
    }
    return sum;
  }

  /** The report's key in a grouping, null when it has none. */
  public static String groupKey(JsonNode report, String group) {
    JsonNode region = report.path("region");
    return switch (group) {
      case "year" -> report.path("year").isNumber() ? report.path("year").asText() : null;
      case "province" -> text(region, "province");
      case "city" ->
          text(region, "city") == null
              ? null
              : text(region, "province") + "/" + text(region, "city");
      case "county" ->
          text(region, "county") == null
              ? null
              : String.join(
                  "/",
                  java.util.stream.Stream.of(
                          text(region, "province"), text(region, "city"), text(region, "county"))
                      .filter(n -> n != null)
                      .toList());
      case "agency", "sector", "level" -> text(report, group);
      default -> throw new IllegalArgumentException(group);
    };
  }

  private static String text(JsonNode node, String key) {
    return node.path(key).isTextual() ? node.path(key).asText() : null;
  }

  /** What the API should say of one measure over some reports. */
  public record Expected(
      long reports,
      Double sum,
      Double mean,
      Double median,
      Double min,
      Double max,
      Double pooled) {}

  public static Expected expect(Collection<JsonNode> reports, String measure) {
    List<Double> values = new ArrayList<>();
    double num = 0;
    double den = 0;
    boolean rate = measure.startsWith("rate.");
    for (JsonNode report : reports) {
      if (rate) {
        double[] r = rate(report, measure);
        if (r != null) {
          values.add(r[0] / r[1]);
          num += r[0];
          den += r[1];
        }
      } else {
        Double v = cell(report, measure);
        if (v != null) {
          values.add(v);
        }
      }
    }
    if (values.isEmpty()) {
      return new Expected(0, null, null, null, null, null, null);
    }
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int n = sorted.length;
    double total = Arrays.stream(sorted).sum();
    double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    return new Expected(
        n,
        rate ? null : total,
        total / n,
        median,
        sorted[0],
        sorted[n - 1],
        rate ? num / den : null);
  }

  /**
   * The reports passing {@code filter}, grouped by {@code group}'s key (reports without one left
   * out).
   */
  public static Map<String, List<JsonNode>> groups(
      Collection<JsonNode> reports, String group, Predicate<JsonNode> filter) {
    Map<String, List<JsonNode>> groups = new LinkedHashMap<>();
    for (JsonNode report : reports) {
      String key = groupKey(report, group);
      if (key != null && filter.test(report)) {
        groups.computeIfAbsent(key, k -> new ArrayList<>()).add(report);
      }
    }
    return groups;
  }

  /**
   * Asserts that the API's figures for one measure of one group ({@code values[measure]}) are the
   * expected ones.
   */
  public static void check(String where, JsonNode actual, Expected expected) {
    equal(where + " reports", (double) expected.reports(), actual.path("reports").asDouble());
    equal(where + " sum", expected.sum(), number(actual.get("sum")));
    equal(where + " pooled", expected.pooled(), number(actual.get("pooled")));
    equal(where + " mean", expected.mean(), number(actual.get("mean")));
    equal(where + " median", expected.median(), number(actual.get("median")));
    equal(where + " min", expected.min(), number(actual.get("min")));
    equal(where + " max", expected.max(), number(actual.get("max")));
  }

  private static Double number(JsonNode node) {
    return node == null || node.isNull() ? null : node.asDouble();
  }

  private static void equal(String what, Double expected, Double actual) {
    if (expected == null || actual == null) {
      if (expected != actual) {
        throw new AssertionError(what + ": expected " + expected + ", got " + actual);
      }
      return;
    }
    if (Math.abs(expected - actual) > 1e-9 * Math.max(1, Math.abs(expected))) {
      throw new AssertionError(what + ": expected " + expected + ", got " + actual);
    }
  }
}
