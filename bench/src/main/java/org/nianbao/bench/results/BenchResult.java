package org.nianbao.bench.results;

import java.util.List;
import java.util.Map;
import org.nianbao.bench.baseline.AnalyzerLimit;
import org.nianbao.bench.baseline.PlainLucene;
import org.nianbao.bench.load.IndexProcess;
import org.nianbao.bench.load.LoadResult;

/** One benchmark run, as kept in {@code bench/results/*.json}. Null parts were not run. */
public record BenchResult(Meta meta, Corpus corpus, AnalyzerLimit.Result smartcnLimit, Plain plainLucene, Nianbao nianbao) {

  /** Where and how: the exact command, the machine, its load when the run started and ended. */
  public record Meta(String date, String command, String note, Machine machine, String loadAverageStart, String loadAverageEnd) {}

  public record Machine(int cores, double ramGb, String cpu, String os, String jdk) {}

  public record Corpus(int reports, long seed, String generatorVersion, long textBytes, long textChars, double generateSeconds,
      Map<String, Integer> byLayout, Map<String, Integer> byLevel) {}

  public record Plain(PlainLucene.IndexResult index, double heapPeakMb, List<LoadResult> search, Map<String, Long> totals) {}

  public record Nianbao(IndexProcess.Outcome index, double indexDocsPerSec, double indexMbPerSec, long indexBytes,
      double indexBytesPerTextByte, String serverJvmOptions, double serverRssStartMb, double serverRssEndMb,
      double serverRssPeakMb, double serverHeapUsedMb, List<LoadResult> search, Map<String, Long> totals) {}
}
