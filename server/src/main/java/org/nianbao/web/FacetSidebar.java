package org.nianbao.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.nianbao.model.Rule;
import org.nianbao.search.FacetCount;
import org.nianbao.web.view.FacetView;

/**
 * The facet sidebar ({@code facets.jte}): for each filter its values with counts, in the searcher's
 * order (rules in rule order), each a link that sets (or, when already chosen, removes) the filter.
 * Region is a tree: provinces, and under the chosen province its cities, under the chosen city its
 * counties.
 */
final class FacetSidebar {

  /** Values shown before the rest fold into a 更多 box (which needs no script). */
  private static final int SHOWN = 8;

  private FacetSidebar() {}

  static FacetView.Sidebar view(SearchParams state, Map<String, List<FacetCount>> facets) {
    List<FacetView.Section> sections = new ArrayList<>();
    for (Filter filter : Filter.values()) {
      List<FacetCount> values = facets.getOrDefault(filter.key(), List.of());
      if (values.isEmpty() && !state.filters().containsKey(filter)) {
        continue;
      }
      sections.add(
          filter == Filter.REGION
              ? new FacetView.Section(
                  filter.key(), filter.label(), true, regionTree(state, values), List.of())
              : flatList(state, filter, filter == Filter.FLAG ? byRule(values) : values));
    }
    return new FacetView.Sidebar(sections);
  }

  /** Violated rules read best in rule order (R1 before R2), whatever their counts. */
  private static List<FacetCount> byRule(List<FacetCount> values) {
    return values.stream()
        .sorted(Comparator.comparing(value -> Rule.fromId(value.value())))
        .toList();
  }

  private static FacetView.Section flatList(
      SearchParams state, Filter filter, List<FacetCount> values) {
    String chosen = state.filters().get(filter);
    List<FacetView.Item> items = new ArrayList<>();
    for (FacetCount value : values) {
      items.add(item(state, filter, value.value(), filter.display(value.value()), value.count()));
    }
    int split = Math.min(SHOWN, items.size());
    List<FacetView.Item> shown = new ArrayList<>(items.subList(0, split));
    if (chosen != null && values.stream().noneMatch(v -> v.value().equals(chosen))) {
      // A chosen value with no match still shows, so it can be removed from here as well.
      shown.add(0, item(state, filter, chosen, filter.display(chosen), 0));
    }
    return new FacetView.Section(
        filter.key(),
        filter.label(),
        false,
        shown,
        List.copyOf(items.subList(split, items.size())));
  }

  private static List<FacetView.Item> regionTree(SearchParams state, List<FacetCount> values) {
    String chosen = state.filters().get(Filter.REGION);
    List<FacetCount> provinces = values.stream().filter(v -> v.path().size() == 1).toList();
    List<FacetView.Item> items = new ArrayList<>();
    for (FacetCount province : provinces) {
      items.add(regionNode(state, values, province, chosen));
    }
    if (chosen != null && provinces.stream().noneMatch(p -> chosen.startsWith(p.pathString()))) {
      items.add(item(state, Filter.REGION, chosen, Filter.REGION.display(chosen), 0));
    }
    return items;
  }

  /** A region and, when it is the chosen one or on the way to it, its children. */
  private static FacetView.Item regionNode(
      SearchParams state, List<FacetCount> all, FacetCount node, String chosen) {
    String path = node.pathString();
    FacetView.Item item = item(state, Filter.REGION, path, node.value(), node.count());
    boolean open = chosen != null && (chosen.equals(path) || chosen.startsWith(path + "/"));
    if (!open) {
      return item;
    }
    List<FacetView.Item> children =
        all.stream()
            .filter(
                v ->
                    v.path().size() == node.path().size() + 1
                        && v.path().subList(0, node.path().size()).equals(node.path()))
            .map(child -> regionNode(state, all, child, chosen))
            .toList();
    return new FacetView.Item(item.label(), item.count(), item.href(), item.active(), children);
  }

  /**
   * A value: a link that sets the filter to it, or removes the filter when it is the chosen value.
   */
  private static FacetView.Item item(
      SearchParams state, Filter filter, String value, String label, long count) {
    boolean active = value.equals(state.filters().get(filter));
    SearchParams target = active ? state.without(filter) : state.with(filter, value);
    return new FacetView.Item(label, count, target.url(), active, List.of());
  }
}
