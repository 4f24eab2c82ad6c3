package org.nianbao.bench.baseline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;

/**
 * smartcn's own speed on the corpus: SmartChineseAnalyzer over every text, tokens consumed and
 * nothing else, on {@code threads} threads. No indexer that runs smartcn over the text can beat it.
 */
public final class AnalyzerLimit {

  public record Result(
      int threads, double seconds, long tokens, double docsPerSec, double mbPerSec) {}

  private AnalyzerLimit() {}

  public static Result measure(CorpusTexts corpus, int threads) throws InterruptedException {
    try (Analyzer analyzer = new SmartChineseAnalyzer()) {
      tokens(analyzer, "政府信息公开工作年度报告"); // load the dictionaries outside the clock
      AtomicLong tokens = new AtomicLong();
      int n = corpus.docs().size();
      long t0 = System.nanoTime();
      Thread[] workers = new Thread[threads];
      for (int t = 0; t < threads; t++) {
        int first = t;
        workers[t] =
            Thread.ofPlatform()
                .name("smartcn-" + t)
                .start(
                    () -> {
                      long mine = 0;
                      for (int i = first; i < n; i += threads) {
                        mine += tokens(analyzer, corpus.docs().get(i).text());
                      }
                      tokens.addAndGet(mine);
                    });
      }
      for (Thread w : workers) {
        w.join();
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      return new Result(
          threads, seconds, tokens.get(), n / seconds, corpus.bytes() / 1e6 / seconds);
    }
  }

  /** The number of tokens {@code analyzer} makes of {@code text}, every token consumed. */
  public static long tokens(Analyzer analyzer, String text) {
    long n = 0;
    try (TokenStream stream = analyzer.tokenStream("text", text)) {
      stream.reset();
      while (stream.incrementToken()) {
        n++;
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return n;
  }
}
