package org.nianbao.bench.results;

import java.util.List;
import java.util.Map;
import org.nianbao.bench.baseline.AnalyzerLimit;
import org.nianbao.bench.baseline.PlainLucene;
import org.nianbao.bench.load.IndexProcess;
import org.nianbao.bench.load.LoadResult;

/** One benchmark run, as kept in {@code bench/results/*.json}. Null parts were not run. */
public record BenchResult(
    Meta meta,
    Corpus corpus,
    AnalyzerLimit.Result smartcnLimit,
    Plain plainLucene,
    Nianbao nianbao) {

  /** Where and how: the exact command, the machine, its load when the run started and ended. */
  public record Meta(
      String date,
      String command,
      String note,
      Machine machine,
      String loadAverageStart,
      String loadAverageEnd) {}

  public record Machine(int cores, double ramGb, String cpu, String os, String jdk) {}

  public record Corpus(
      int reports,
      long seed,
      String generatorVersion,
      long textBytes,
      long textChars,
      double generateSeconds,
      Map<String, Integer> byLayout,
      Map<String, Integer> byLevel) {}

  /**
   * @param heapPeakMb the bench JVM's heap peak while indexing and searching (garbage included)
   * @param heapLiveMb heap in use after a full GC with the index open, the corpus texts included
   *     ({@code textHeapMb} of it, estimated)
   * @param medianMs per query, the median of a few sequential runs on one thread
   */
  public record Plain(
      PlainLucene.IndexResult index,
      double heapPeakMb,
      double heapLiveMb,
      double textHeapMb,
      List<LoadResult> search,
      Map<String, Long> totals,
      Map<String, Double> medianMs) {}

  /**
   * @param serverRssEndMb RSS after the load; {@code serverRssAnonMb} of it anonymous (heap, JIT,
   *     threads) and {@code serverRssFileMb} file pages (the memory-mapped index)
   * @param serverHeapLiveMb heap in use after a full GC ({@code jcmd GC.run}) once the load is over
   * @param medianMs per query, the median of a few sequential runs over HTTP
   * @param serveStartSeconds from starting the server's JVM to its saying where it listens
   * @param firstRequestMs the first request of the mix to the server just started (cold)
   * @param firstPassMs the first pass over the mix, one request after the other
   */
  public record Nianbao(
      IndexProcess.Outcome index,
      double indexDocsPerSec,
      double indexMbPerSec,
      long indexBytes,
      double indexBytesPerTextByte,
      String serverJvmOptions,
      double serverRssStartMb,
      double serverRssEndMb,
      double serverRssPeakMb,
      double serverRssAnonMb,
      double serverRssFileMb,
      double serverHeapUsedMb,
      double serverHeapLiveMb,
      List<LoadResult> search,
      Map<String, Long> totals,
      Map<String, Double> medianMs,
      double serveStartSeconds,
      double firstRequestMs,
      double firstPassMs) {}
}
