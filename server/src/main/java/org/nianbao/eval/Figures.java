package org.nianbao.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The recorded mean figures ({@code figures.tsv}): {@code system, metric, value} lines, kept in the
 * repo so a regression shows as a failing test (see {@code RelevanceRegressionTest}).
 */
public record Figures(Map<String, Double> values) {

  /** How far the engine's mean nDCG@10 may fall below the recorded value before the test fails. */
  public static final double TOLERANCE = 0.02;

  public Figures {
    values = Map.copyOf(values);
  }

  public static Figures load(Path file) throws IOException {
    Map<String, Double> values = new LinkedHashMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#") || line.startsWith("system\t")) {
        continue;
      }
      String[] f = line.split("\t");
      values.put(f[0] + " " + f[1], Double.valueOf(f[2]));
    }
    return new Figures(values);
  }

  public double get(String system, String metric) {
    Double v = values.get(system + " " + metric);
    if (v == null) {
      throw new IllegalArgumentException("no recorded " + metric + " for " + system);
    }
    return v;
  }

  /** Writes the report's means (and the engine's coverage) in the recorded format. */
  public static void record(EvalReport report, Path file) throws IOException {
    StringBuilder out = new StringBuilder();
    out.append("# Mean figures of the last `nianbao eval --record` over the queries of ")
        .append(file.toAbsolutePath().getParent().getFileName())
        .append("/ (")
        .append(report.queries().size())
        .append(" queries, ")
        .append(report.collectionSize())
        .append(" files, k = ")
        .append(report.k())
        .append(").\n");
    out.append("# RelevanceRegressionTest fails when nianbao's ndcg@10 falls more than ")
        .append(TOLERANCE)
        .append(
            " below its line here. Re-record\n# after a change that should move them (the parser indexing more files, new judgments).\n");
    out.append("system\tmetric\tvalue\n");
    for (String system : report.systems().stream().distinct().toList()) {
      Scores s = report.mean(system);
      out.append(String.format(Locale.ROOT, "%s\tndcg@%d\t%.4f%n", system, report.k(), s.ndcg()));
      out.append(String.format(Locale.ROOT, "%s\tp@%d\t%.4f%n", system, report.k(), s.precision()));
      out.append(String.format(Locale.ROOT, "%s\tr@%d\t%.4f%n", system, report.k(), s.recall()));
    }
    out.append(
        String.format(
            Locale.ROOT,
            "%s\tindexed_files\t%d%n",
            report.systems().get(0),
            report.collectionSize() - report.rejected().size()));
    Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
  }
}
