package org.nianbao.bench.stats;

import java.util.List;
import java.util.Locale;
import org.nianbao.bench.results.BenchResult;

/**
 * The figures of a {@code bench stats} run as Markdown, for the terminal and {@code
 * bench/results/<date>-<reports>-stats.md}.
 */
public final class StatsTable {

  /** Where and how the run was made: enough to repeat it and to judge how quiet the machine was. */
  public record Context(
      String date,
      String command,
      String note,
      String index,
      long reports,
      String serverJvm,
      int warmup,
      int rounds,
      BenchResult.Machine machine,
      String loadAverageStart,
      String loadAverageEnd) {}

  private StatsTable() {}

  public static String markdown(Context c, List<StatsTiming> timings) {
    StringBuilder md = new StringBuilder();
    md.append(String.format(Locale.ROOT, "# nianbao statistics latency, %s%n%n", c.date()));
    md.append("```\n").append(c.command()).append("\n```\n\n");
    if (!c.note().isBlank()) {
      md.append("**Note:** ").append(c.note()).append("\n\n");
    }
    BenchResult.Machine m = c.machine();
    md.append(
        String.format(
            Locale.ROOT,
            "Index: %s, %,d reports. Machine: %d cores, %.0f GB RAM, %s, %s, JDK %s; "
                + "load average at start %s, at end %s.%n%n",
            c.index(),
            c.reports(),
            m.cores(),
            m.ramGb(),
            m.cpu(),
            m.os(),
            m.jdk(),
            c.loadAverageStart(),
            c.loadAverageEnd()));
    md.append(
        String.format(
            Locale.ROOT,
            "`GET /api/v1/stats` on a real `nianbao serve`%s over HTTP, one client, one request at a "
                + "time; %d warm-up rounds, then %d measured rounds, each round every request once in turn. Milliseconds from sending the "
                + "request to the last byte of the JSON; p99 is nearest-rank (below 100 rounds, the slowest run). "
                + "\"engine p50\" is the median of the answer's own `took_ms` (the statistics without HTTP and JSON).%n%n",
            c.serverJvm().isBlank() ? "" : " (JVM options `" + c.serverJvm() + "`)",
            c.warmup(),
            c.rounds()));
    md.append(
        "| request | parameters | reports matched | groups | p50 ms | p99 ms | max ms | engine p50 ms |\n");
    md.append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    for (StatsTiming t : timings) {
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | `%s` | %,d | %,d | %.1f | %.1f | %.1f | %.0f |%n",
              t.call().label(),
              t.call().readable().isEmpty() ? "(none)" : t.call().readable(),
              t.reports(),
              t.groups(),
              t.p50(),
              t.p99(),
              t.max(),
              t.serverP50()));
    }
    StatsTiming slowest =
        timings.stream().max(java.util.Comparator.comparingDouble(StatsTiming::p99)).orElseThrow();
    double worstMax = timings.stream().mapToDouble(StatsTiming::max).max().orElseThrow();
    md.append(
        String.format(
            Locale.ROOT,
            "%nSlowest p99: %.1f ms (%s); slowest single request: %.1f ms.%n",
            slowest.p99(),
            slowest.call().label(),
            worstMax));
    return md.toString();
  }
}
