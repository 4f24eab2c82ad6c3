package org.nianbao.bench.load;

/** What the load driver calls: one search, returning the total it found. Thread-safe. */
public interface SearchTarget {

  /** Runs the request and returns the total hits; throws on any failure (counted as an error). */
  long search(BenchQuery query) throws Exception;
}
