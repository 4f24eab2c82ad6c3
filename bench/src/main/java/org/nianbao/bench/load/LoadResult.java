package org.nianbao.bench.load;

/** Throughput and latency at one number of concurrent clients. Latencies in milliseconds. */
public record LoadResult(
    int clients,
    long requests,
    long errors,
    double seconds,
    double qps,
    double p50Ms,
    double p90Ms,
    double p99Ms,
    double maxMs) {}
