package org.nianbao.model;

import java.util.List;

/** A parsed report together with the consistency rules it violates. */
public record CheckedReport(AnnualReport report, List<Flag> flags) {

  public CheckedReport {
    flags = List.copyOf(flags);
  }

  /** The distinct rules violated, in rule order (R1 … R11). */
  public List<Rule> violatedRules() {
    return flags.stream().map(Flag::rule).distinct().sorted().toList();
  }
}
