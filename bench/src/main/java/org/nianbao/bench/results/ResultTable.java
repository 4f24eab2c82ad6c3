package org.nianbao.bench.results;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import org.nianbao.bench.load.LoadResult;

/** The run as a Markdown table in the shape of issue 11's, plus the conditions under it. */
public final class ResultTable {

  private ResultTable() {}

  public static String markdown(BenchResult r) {
    StringBuilder s = new StringBuilder();
    BenchResult.Meta m = r.meta();
    s.append("# nianbao benchmark, ").append(m.date()).append("\n\n");
    s.append("```\n").append(m.command()).append("\n```\n\n");
    if (m.note() != null && !m.note().isBlank()) {
      s.append("**Note:** ").append(m.note()).append("\n\n");
    }
    s.append(
        String.format(
            Locale.ROOT,
            "Machine: %d cores, %.0f GB RAM, %s, %s, JDK %s; load average at start %s, at end %s.%n%n",
            m.machine().cores(),
            m.machine().ramGb(),
            m.machine().cpu(),
            m.machine().os(),
            m.machine().jdk(),
            m.loadAverageStart(),
            m.loadAverageEnd()));
    BenchResult.Corpus c = r.corpus();
    s.append(
        String.format(
            Locale.ROOT,
            "Corpus: %,d generated reports (seed %d, generator v%s), %.1f MB of UTF-8 text (%.1f kB each); layouts %s; levels %s.%n%n",
            c.reports(),
            c.seed(),
            c.generatorVersion(),
            c.textBytes() / 1e6,
            c.textBytes() / 1e3 / Math.max(1, c.reports()),
            c.byLayout(),
            c.byLevel()));
    String clients = clientsLabel(r);
    s.append("| | docs/s indexing | MB/s | index bytes / text byte | QPS ")
        .append(clients)
        .append(" | p50 ms ")
        .append(clients)
        .append(" | p99 ms ")
        .append(clients)
        .append(" | memory |\n");
    s.append("| --- | --- | --- | --- | --- | --- | --- | --- |\n");
    if (r.smartcnLimit() != null) {
      var a = r.smartcnLimit();
      s.append(
          String.format(
              Locale.ROOT,
              "| smartcn alone (the limit, %d threads) | %.0f | %.2f | – | – | – | – | – |%n",
              a.threads(),
              a.docsPerSec(),
              a.mbPerSec()));
    }
    if (r.plainLucene() != null) {
      var p = r.plainLucene();
      s.append(
          String.format(
              Locale.ROOT,
              "| plain Lucene 10.5, no HTTP (%d threads) | %.0f | %.2f | %.2f | %s | %s | %s | heap live %.0f MB (texts ≈ %.0f of it), peak %.0f |%n",
              p.index().threads(),
              p.index().docsPerSec(),
              p.index().mbPerSec(),
              p.index().indexBytesPerTextByte(),
              join(p.search(), LoadResult::qps, "%.0f"),
              join(p.search(), LoadResult::p50Ms, "%.1f"),
              join(p.search(), LoadResult::p99Ms, "%.1f"),
              p.heapLiveMb(),
              p.textHeapMb(),
              p.heapPeakMb()));
    }
    if (r.nianbao() != null) {
      var n = r.nianbao();
      s.append(
          String.format(
              Locale.ROOT,
              "| **nianbao** (`index`, then `serve` over HTTP) | %.0f | %.2f | %.2f | %s | %s | %s | index RSS peak %.0f MB; server RSS %.0f → %.0f MB (anon %.0f, file %.0f; peak %.0f), heap %.0f MB, live %.0f |%n",
              n.indexDocsPerSec(),
              n.indexMbPerSec(),
              n.indexBytesPerTextByte(),
              join(n.search(), LoadResult::qps, "%.0f"),
              join(n.search(), LoadResult::p50Ms, "%.1f"),
              join(n.search(), LoadResult::p99Ms, "%.1f"),
              n.index().peakRssMb(),
              n.serverRssStartMb(),
              n.serverRssEndMb(),
              n.serverRssAnonMb(),
              n.serverRssFileMb(),
              n.serverRssPeakMb(),
              n.serverHeapUsedMb(),
              n.serverHeapLiveMb()));
      s.append(
          String.format(
              Locale.ROOT,
              "%nnianbao index: %s (exit %d, %.1f s wall including JVM start). Index %.1f MB.%n",
              n.index().summaryLine(),
              n.index().exitCode(),
              n.index().seconds(),
              n.indexBytes() / 1e6));
      long errors = n.search().stream().mapToLong(LoadResult::errors).sum();
      s.append(
          String.format(
              Locale.ROOT,
              "HTTP requests: %,d, errors %d; server JVM options: `%s`.%n",
              n.search().stream().mapToLong(LoadResult::requests).sum(),
              errors,
              n.serverJvmOptions().isBlank() ? "(launcher defaults)" : n.serverJvmOptions()));
      s.append(
          String.format(
              Locale.ROOT,
              "Cold start: `serve` listening %.1f s after its JVM started (warming searches"
                  + " included); then its first request %.0f ms, the first pass over the mix %.0f"
                  + " ms.%n",
              n.serveStartSeconds(),
              n.firstRequestMs(),
              n.firstPassMs()));
      perQuery(s, r);
    }
    return s.toString();
  }

  /**
   * The slowest requests of the mix (median of sequential runs), with their totals, beside the
   * baseline's.
   */
  private static void perQuery(StringBuilder s, BenchResult r) {
    var n = r.nianbao();
    if (n.medianMs() == null || n.medianMs().isEmpty()) {
      return;
    }
    var plainMs =
        r.plainLucene() == null ? java.util.Map.<String, Double>of() : r.plainLucene().medianMs();
    var plainTotals =
        r.plainLucene() == null ? java.util.Map.<String, Long>of() : r.plainLucene().totals();
    s.append("\nSlowest requests (median of sequential runs, 1 client):\n\n");
    s.append(
        "| request | nianbao ms | total | plain Lucene ms | total |\n| --- | --- | --- | --- | --- |\n");
    n.medianMs().entrySet().stream()
        .sorted(java.util.Map.Entry.<String, Double>comparingByValue().reversed())
        .limit(12)
        .forEach(
            e ->
                s.append(
                    String.format(
                        Locale.ROOT,
                        "| %s | %.1f | %s | %s | %s |%n",
                        e.getKey(),
                        e.getValue(),
                        n.totals().get(e.getKey()),
                        plainMs.containsKey(e.getKey())
                            ? String.format(Locale.ROOT, "%.1f", plainMs.get(e.getKey()))
                            : "–",
                        plainTotals.getOrDefault(e.getKey(), null) == null
                            ? "–"
                            : plainTotals.get(e.getKey()).toString())));
  }

  private static String clientsLabel(BenchResult r) {
    List<LoadResult> any =
        r.nianbao() != null
            ? r.nianbao().search()
            : r.plainLucene() != null ? r.plainLucene().search() : List.of();
    return any.stream().map(l -> Integer.toString(l.clients())).collect(Collectors.joining(" / "))
        + " clients";
  }

  private static String join(
      List<LoadResult> results, ToDoubleFunction<LoadResult> f, String format) {
    return results.stream()
        .map(l -> String.format(Locale.ROOT, format, f.applyAsDouble(l)))
        .collect(Collectors.joining(" / "));
  }
}
