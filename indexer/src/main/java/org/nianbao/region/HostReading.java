package org.nianbao.region;

import java.util.List;

/**
 * One way to read a host as a division.
 *
 * @param division the most specific division the host names in this reading
 * @param strength how much the spelling alone supports the reading
 * @param evidence the label pieces that gave it, outermost division first (fj=福建, tn=泰宁县)
 */
public record HostReading(Division division, Strength strength, List<LabelMatch> evidence) {

  public HostReading {
    evidence = List.copyOf(evidence);
  }

  /** Ordered from weakest to strongest. */
  public enum Strength {
    /**
     * Bare initials (np, my, xam): many divisions share them; only a candidate for the text to
     * confirm.
     */
    WEAK,
    /** Initials anchored by a province code or a parent label (fjtn, hrbdl, jaq.fuzhou). */
    MEDIUM,
    /** The name spelt in pinyin (dayao, ningxian, hbdaye) or a province portal (gd, henan). */
    STRONG;

    Strength min(Strength other) {
      return compareTo(other) <= 0 ? this : other;
    }
  }
}
