package org.nianbao.region;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A run of division names read at one position of a string: 山东省淄博市张店区, 乐山市金口河区, 柳城县古砦仫佬族乡, or a
 * single ambiguous 朝阳区. Each name after the first must lie within the one before, so {@link
 * #candidates()} are the divisions the whole run can mean (several only when the run itself is
 * ambiguous).
 *
 * @param start where the run starts
 * @param end where the run ends (the agency's body, e.g. 文化和旅游局, starts here)
 * @param names the names as written
 * @param candidates the most specific divisions the run can mean; empty when nothing matched
 */
record DivisionChain(int start, int end, List<String> names, List<Division> candidates) {

  DivisionChain {
    names = List.copyOf(names);
    candidates = List.copyOf(candidates);
  }

  boolean isEmpty() {
    return candidates.isEmpty();
  }

  /** Reads the longest chain of names starting exactly at {@code start}. */
  static DivisionChain readAt(
      Gazetteer gazetteer, SectorClassifier sectors, String text, int start) {
    List<String> names = new ArrayList<>(4);
    List<Division> current = List.of();
    int pos = start;
    while (pos < text.length()) {
      Step step = longestStep(gazetteer, sectors, text, pos, current);
      if (step == null && !current.isEmpty() && text.startsWith(GOVERNMENT, pos)) {
        // 秦淮区人民政府红花街道办事处: a street office named under its district's government.
        Step after = longestStep(gazetteer, sectors, text, pos + GOVERNMENT.length(), current);
        if (after != null
            && after.divisions().stream().allMatch(d -> d.kind() == DivisionKind.TOWNSHIP)) {
          pos += GOVERNMENT.length();
          step = after;
        }
      }
      if (step == null) {
        break;
      }
      names.add(text.substring(pos, pos + step.length()));
      current = step.divisions();
      pos += step.length();
    }
    return new DivisionChain(start, pos, names, current);
  }

  private record Step(int length, List<Division> divisions) {}

  private static final String GOVERNMENT = "人民政府";

  private static Step longestStep(
      Gazetteer gazetteer, SectorClassifier sectors, String text, int pos, List<Division> outer) {
    // A short form is not taken where a sector word starts: 荆州市公安局 is not 荆州市/公安县 + 局.
    boolean aliasesAllowed = !sectors.sectorWordAt(text, pos);
    for (int length = gazetteer.longestNameAt(text, pos); length >= 2; length--) {
      String name = text.substring(pos, pos + length);
      List<Division> named = new ArrayList<>(gazetteer.findFullName(name));
      if (aliasesAllowed) {
        for (Division d : gazetteer.findAlias(name)) {
          if (!named.contains(d)) {
            named.add(d);
          }
        }
      }
      List<Division> within = outer.isEmpty() ? standalone(named) : inside(gazetteer, named, outer);
      if (!within.isEmpty()) {
        return new Step(length, within);
      }
    }
    return null;
  }

  /**
   * The statistical township list also holds zones (高新区, 经济开发区, a street office literally named
   * 街道): such a name means a place only after its county, never at the start of a name.
   */
  private static List<Division> standalone(List<Division> named) {
    return named.stream()
        .filter(d -> d.kind() != DivisionKind.TOWNSHIP || REAL_TOWNSHIP.matcher(d.name()).matches())
        .toList();
  }

  private static final Pattern REAL_TOWNSHIP = Pattern.compile(".+(?:乡|镇|街道|苏木)");

  private static List<Division> inside(
      Gazetteer gazetteer, List<Division> named, List<Division> outer) {
    List<Division> within = new ArrayList<>();
    for (Division d : named) {
      for (Division o : outer) {
        if (!d.equals(o) && gazetteer.isWithin(d, o)) {
          within.add(d);
          break;
        }
      }
    }
    return within;
  }
}
