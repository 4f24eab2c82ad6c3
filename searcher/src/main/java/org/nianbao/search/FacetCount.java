package org.nianbao.search;

import java.util.List;

/**
 * A facet value and how many matching reports have it. {@code path} is the full path of the value
 * (one element except in the hierarchical region dimension, e.g. [山东省, 淄博市]).
 */
public record FacetCount(String value, List<String> path, long count) {

  public FacetCount {
    path = List.copyOf(path);
  }

  /** The path joined with '/', e.g. 山东省/淄博市. */
  public String pathString() {
    return String.join("/", path);
  }
}
