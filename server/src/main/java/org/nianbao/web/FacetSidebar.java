package org.nianbao.web;

import static org.nianbao.web.Html.escape;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.nianbao.search.FacetCount;

/**
 * The facet sidebar: for each filter its values with counts, each a link that sets (or, when
 * already chosen, removes) the filter. Region is a tree: provinces, and under the chosen province its
 * cities, under the chosen city its counties.
 */
final class FacetSidebar {

  /** Values shown before the rest fold into a 更多 box (which needs no script). */
  private static final int SHOWN = 8;

  private FacetSidebar() {}

  static String render(SearchParams state, Map<String, List<FacetCount>> facets) {
    StringBuilder out = new StringBuilder("<aside class=\"facets\" aria-label=\"筛选\">");
    for (Filter filter : Filter.values()) {
      List<FacetCount> values = facets.getOrDefault(filter.key(), List.of());
      if (values.isEmpty() && !state.filters().containsKey(filter)) {
        continue;
      }
      out.append("<section class=\"facet\" id=\"facet-").append(filter.key()).append("\"><h3>")
          .append(filter.label()).append("</h3>");
      if (filter == Filter.REGION) {
        out.append(regionTree(state, values));
      } else {
        out.append(flatList(state, filter, ordered(filter, values)));
      }
      out.append("</section>");
    }
    return out.append("</aside>").toString();
  }

  private static List<FacetCount> ordered(Filter filter, List<FacetCount> values) {
    List<FacetCount> copy = new ArrayList<>(values);
    if (filter == Filter.YEAR) {
      copy.sort(Comparator.comparing(FacetCount::value).reversed());
    } else if (filter == Filter.FLAG) {
      copy.sort(Comparator.comparing(FacetCount::value));
    } else {
      copy.sort(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value));
    }
    return copy;
  }

  private static String flatList(SearchParams state, Filter filter, List<FacetCount> values) {
    String chosen = state.filters().get(filter);
    StringBuilder out = new StringBuilder("<ul>");
    boolean chosenListed = false;
    for (int i = 0; i < values.size(); i++) {
      if (i == SHOWN) {
        out.append("</ul><details class=\"more\"><summary>更多（").append(values.size() - SHOWN).append("）</summary><ul>");
      }
      FacetCount value = values.get(i);
      boolean active = value.value().equals(chosen);
      chosenListed |= active;
      out.append(item(state, filter, value.value(), filter.display(value.value()), value.count(), active));
    }
    if (values.size() > SHOWN) {
      out.append("</ul></details>");
    } else {
      out.append("</ul>");
    }
    if (chosen != null && !chosenListed) {
      // A chosen value with no match still shows, so it can be removed from here as well.
      out.insert(4, item(state, filter, chosen, filter.display(chosen), 0, true));
    }
    return out.toString();
  }

  private static String regionTree(SearchParams state, List<FacetCount> values) {
    String chosen = state.filters().get(Filter.REGION);
    List<FacetCount> provinces = values.stream().filter(v -> v.path().size() == 1)
        .sorted(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value)).toList();
    StringBuilder out = new StringBuilder("<ul class=\"tree\">");
    for (FacetCount province : provinces) {
      out.append(regionNode(state, values, province, chosen));
    }
    if (chosen != null && provinces.stream().noneMatch(p -> chosen.startsWith(p.pathString()))) {
      out.append(item(state, Filter.REGION, chosen, Filter.REGION.display(chosen), 0, true));
    }
    return out.append("</ul>").toString();
  }

  private static String regionNode(SearchParams state, List<FacetCount> all, FacetCount node, String chosen) {
    String path = node.pathString();
    boolean active = path.equals(chosen);
    String item = item(state, Filter.REGION, path, node.value(), node.count(), active);
    boolean open = chosen != null && (chosen.equals(path) || chosen.startsWith(path + "/"));
    if (!open) {
      return item;
    }
    List<FacetCount> children = all.stream()
        .filter(v -> v.path().size() == node.path().size() + 1 && v.path().subList(0, node.path().size()).equals(node.path()))
        .sorted(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value)).toList();
    if (children.isEmpty()) {
      return item;
    }
    StringBuilder out = new StringBuilder(item.substring(0, item.length() - "</li>".length()));
    out.append("<ul>");
    for (FacetCount child : children) {
      out.append(regionNode(state, all, child, chosen));
    }
    return out.append("</ul></li>").toString();
  }

  private static String item(SearchParams state, Filter filter, String value, String label, long count, boolean active) {
    SearchParams target = active ? state.without(filter) : state.with(filter, value);
    return "<li" + (active ? " class=\"active\"" : "") + "><a href=\"" + escape(target.url()) + "\""
        + (active ? " title=\"取消此筛选\"" : "") + "><span class=\"label\">" + escape(label)
        + "</span><span class=\"count\">" + count + "</span></a></li>";
  }
}
