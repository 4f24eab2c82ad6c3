package org.nianbao.bench.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/**
 * Closed-loop load: {@code clients} threads each send the query mix in order (client k starting at
 * query k·5 so they do not move in lock step), one request after the other, for a fixed time. Every
 * latency goes into a per-thread HdrHistogram (1 µs to 60 s, 3 significant digits), merged at the
 * end.
 */
public final class LoadDriver {

  private final SearchTarget target;
  private final List<BenchQuery> queries;

  public LoadDriver(SearchTarget target, List<BenchQuery> queries) {
    this.target = target;
    this.queries = List.copyOf(queries);
  }

  /**
   * Each query once, in order, on one thread: warms caches and returns the totals (query label →
   * total, −1 on error) and what the cold pass took: its first request, the first a user sends a
   * server that just started, and the whole pass.
   */
  public FirstPass warmUpPass() {
    Map<String, Long> totals = new LinkedHashMap<>();
    long started = System.nanoTime();
    double firstMs = Double.NaN;
    for (BenchQuery q : queries) {
      long t0 = System.nanoTime();
      long total;
      try {
        total = target.search(q);
      } catch (Exception e) {
        total = -1;
      }
      if (totals.isEmpty()) {
        firstMs = (System.nanoTime() - t0) / 1e6;
      }
      totals.put(q.label(), total);
    }
    return new FirstPass(totals, firstMs, (System.nanoTime() - started) / 1e6);
  }

  /**
   * The first pass over the mix: each query's total, the first request's milliseconds and the whole
   * pass's.
   */
  public record FirstPass(Map<String, Long> totals, double firstRequestMs, double passMs) {}

  /**
   * Each query {@code repeats} times in a row on one thread; the median latency per query (label →
   * ms), to show which kinds of request cost what. Errors count as NaN.
   */
  public Map<String, Double> medianPerQuery(int repeats) {
    Map<String, Double> medians = new LinkedHashMap<>();
    for (BenchQuery q : queries) {
      double[] ms = new double[repeats];
      for (int i = 0; i < repeats; i++) {
        long t0 = System.nanoTime();
        try {
          target.search(q);
          ms[i] = (System.nanoTime() - t0) / 1e6;
        } catch (Exception e) {
          ms[i] = Double.NaN;
        }
      }
      java.util.Arrays.sort(ms);
      medians.put(q.label(), Math.round(ms[repeats / 2] * 100) / 100.0);
    }
    return medians;
  }

  /**
   * Runs {@code clients} closed-loop clients for {@code seconds}, or until each has sent {@code
   * maxPerClient} requests.
   */
  public LoadResult run(int clients, double seconds, long maxPerClient)
      throws InterruptedException {
    long deadline = System.nanoTime() + (long) (seconds * 1e9);
    List<Histogram> histograms = new ArrayList<>();
    AtomicLong errors = new AtomicLong();
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      Histogram h = new Histogram(TimeUnit.SECONDS.toMicros(60), 3);
      histograms.add(h);
      int offset = c * 5;
      threads.add(
          Thread.ofPlatform()
              .name("bench-client-" + c)
              .start(
                  () -> {
                    try {
                      start.await();
                    } catch (InterruptedException e) {
                      return;
                    }
                    for (long i = 0; i < maxPerClient && System.nanoTime() < deadline; i++) {
                      BenchQuery q = queries.get((int) ((offset + i) % queries.size()));
                      long t0 = System.nanoTime();
                      try {
                        target.search(q);
                      } catch (Exception e) {
                        errors.incrementAndGet();
                      }
                      h.recordValue(
                          Math.min(
                              h.getHighestTrackableValue(),
                              Math.max(1, (System.nanoTime() - t0) / 1000)));
                    }
                  }));
    }
    long t0 = System.nanoTime();
    start.countDown();
    for (Thread t : threads) {
      t.join();
    }
    double elapsed = (System.nanoTime() - t0) / 1e9;
    Histogram all = new Histogram(TimeUnit.SECONDS.toMicros(60), 3);
    histograms.forEach(all::add);
    long n = all.getTotalCount();
    return new LoadResult(
        clients,
        n,
        errors.get(),
        elapsed,
        n / elapsed,
        all.getValueAtPercentile(50) / 1000.0,
        all.getValueAtPercentile(90) / 1000.0,
        all.getValueAtPercentile(99) / 1000.0,
        all.getMaxValue() / 1000.0);
  }
}
