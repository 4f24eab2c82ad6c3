package org.nianbao.web.view;

import java.util.List;

/** The facet sidebar ({@code facets.jte}): per filter its values with counts, each a link. */
public final class FacetView {

  private FacetView() {}

  public record Sidebar(List<Section> sections) {}

  /**
   * One filter's values: {@code shown}, then {@code more} folded into a 更多 box (no script needed).
   * The region's values are a tree: its items carry their children.
   */
  public record Section(
      String key, String label, boolean tree, List<Item> shown, List<Item> more) {}

  /**
   * A value: a link that sets the filter, or removes it when {@code active}; under a chosen region,
   * its children.
   */
  public record Item(String label, long count, String href, boolean active, List<Item> children) {}
}
