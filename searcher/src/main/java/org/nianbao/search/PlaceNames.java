package org.nianbao.search;

import java.util.List;
import java.util.Optional;

/**
 * Which region a query word names, so that a place typed among the words (淄博 文旅) also matches the
 * reports of that region ({@link MetadataWords}). The searcher has no gazetteer of its own: whoever
 * opens it passes one in ({@link ReportSearcher#open(java.nio.file.Path, PlaceNames)}); the
 * server's is backed by the bundled gazetteer of divisions.
 */
@FunctionalInterface
public interface PlaceNames {

  /** Knows no place: every word matches as text only. */
  PlaceNames NONE = word -> Optional.empty();

  /**
   * The region path (province, then city, then county, as the index's region facet holds it) that
   * {@code word} names when typed as a query word; empty when it names no place, or no single one.
   */
  Optional<List<String>> regionPath(String word);
}
