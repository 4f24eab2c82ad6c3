package org.nianbao.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.nianbao.schema.ReportFields;

/**
 * Reads facet counts into the response shape: every dimension present (an empty list when no report
 * has it); year by year descending; agency, sector, level and flag the top {@value #TOP_N} by
 * count; region all provinces by count, then the children of every element of the chosen region
 * path (paths in full, e.g. [山东省, 淄博市]).
 */
final class FacetOutput {

  static final int TOP_N = 20;

  private static final Comparator<FacetCount> BY_COUNT =
      Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value);

  private FacetOutput() {}

  static Map<String, List<FacetCount>> empty() {
    Map<String, List<FacetCount>> out = new LinkedHashMap<>();
    for (String dim : ReportFields.FACET_DIMS) {
      out.put(dim, List.of());
    }
    return out;
  }

  /** {@code indexedDims}: the dimensions the index holds at all (asking for others fails). */
  static Map<String, List<FacetCount>> read(
      Facets facets, Set<String> indexedDims, List<String> regionPath) throws IOException {
    Map<String, List<FacetCount>> out = empty();
    for (String dim : ReportFields.FACET_DIMS) {
      if (!indexedDims.contains(dim)) {
        continue;
      }
      List<FacetCount> counts =
          switch (dim) {
            case ReportFields.FACET_YEAR -> years(facets);
            case ReportFields.FACET_REGION -> regions(facets, regionPath);
            default -> sorted(counts(facets.getTopChildren(TOP_N, dim), List.of()), BY_COUNT);
          };
      out.put(dim, counts);
    }
    return out;
  }

  private static List<FacetCount> years(Facets facets) throws IOException {
    Comparator<FacetCount> byYearDesc =
        Comparator.comparing(FacetCount::value, FacetOutput::compareYears).reversed();
    return sorted(counts(facets.getAllChildren(ReportFields.FACET_YEAR), List.of()), byYearDesc);
  }

  private static List<FacetCount> regions(Facets facets, List<String> regionPath)
      throws IOException {
    List<FacetCount> out =
        new ArrayList<>(
            sorted(counts(facets.getAllChildren(ReportFields.FACET_REGION), List.of()), BY_COUNT));
    for (int depth = 1; depth <= regionPath.size(); depth++) {
      List<String> parent = regionPath.subList(0, depth);
      FacetResult children =
          facets.getAllChildren(ReportFields.FACET_REGION, parent.toArray(String[]::new));
      out.addAll(sorted(counts(children, parent), BY_COUNT));
    }
    return out;
  }

  private static List<FacetCount> counts(FacetResult result, List<String> parent) {
    List<FacetCount> out = new ArrayList<>();
    if (result == null) {
      return out;
    }
    for (LabelAndValue lv : result.labelValues) {
      List<String> path = new ArrayList<>(parent);
      path.add(lv.label);
      out.add(new FacetCount(lv.label, path, lv.value.longValue()));
    }
    return out;
  }

  private static List<FacetCount> sorted(List<FacetCount> counts, Comparator<FacetCount> order) {
    counts.sort(order);
    return List.copyOf(counts);
  }

  private static int compareYears(String a, String b) {
    try {
      return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
    } catch (NumberFormatException e) {
      return a.compareTo(b);
    }
  }
}
