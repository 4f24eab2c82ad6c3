package org.nianbao.region;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a page's host says about its region (see {@link HostRegions#clue}): nothing (a .com mirror,
 * an IP address, a label no division spells), one reading, or several candidate readings for the
 * text to choose from.
 *
 * <p>A host is a clue and not a fact: a report is sometimes re-posted on another body's site (a
 * ministry's on a municipal bureau's, a city's on the province portal), so the text wins where it
 * names a place.
 *
 * @param url the URL read
 * @param readings every reading, one per division, strongest first; empty when the host says
 *     nothing
 * @param unique the one division the host names for certain: the only candidate, or the candidate
 *     all the others lie in (changsha = 长沙市 or its 长沙县: 长沙市 either way), with at least {@link
 *     HostReading.Strength#MEDIUM} strength; empty when candidates disagree or are weak
 */
public record HostClue(String url, List<HostReading> readings, Optional<HostReading> unique) {

  public HostClue {
    readings = List.copyOf(readings);
  }

  static HostClue none(String url) {
    return new HostClue(url, List.of(), Optional.empty());
  }

  public boolean isEmpty() {
    return readings.isEmpty();
  }

  /** The distinct divisions of the readings, strongest first. */
  public List<Division> candidates() {
    Set<Division> all = new LinkedHashSet<>();
    for (HostReading r : readings) {
      all.add(r.division());
    }
    return new ArrayList<>(all);
  }

  /**
   * The candidates within {@code ancestor}, e.g. the province the text names: the caller's
   * narrowing.
   */
  public List<Division> candidatesWithin(Gazetteer gazetteer, Division ancestor) {
    return candidates().stream().filter(d -> gazetteer.isWithin(d, ancestor)).toList();
  }
}
