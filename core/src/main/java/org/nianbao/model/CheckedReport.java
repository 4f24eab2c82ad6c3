package org.nianbao.model;

import java.util.List;

/** A parsed report together with the consistency rules it violates. */
public record CheckedReport(AnnualReport report, List<Flag> flags) {

  public CheckedReport {
    flags = List.copyOf(flags);
  }

  /** The distinct rule ids violated, in rule order (R1 … R7). */
  public List<String> violatedRules() {
    return flags.stream().map(Flag::rule).distinct().sorted().toList();
  }
}
