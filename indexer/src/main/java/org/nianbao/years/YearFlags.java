package org.nianbao.years;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.model.AnnualReport;
import org.nianbao.model.CellRef;
import org.nianbao.model.Flag;
import org.nianbao.model.Rule;

/**
 * The rules evaluated when a report is in an index ({@link Rule#checkedWhenIndexed()}): R8–R10 from
 * {@link CrossYearChecker} against the same body's report of the year before, R11 when no date is
 * printed. Their messages name the numbers; R8's and R9's name this year's cells. Thread-safe.
 */
public final class YearFlags {

  private static final CrossYearChecker CHECKER = new CrossYearChecker();

  private YearFlags() {}

  /**
   * R8–R11 for {@code report}; {@code lastYear} is null when the index holds no report of the year
   * before.
   */
  public static List<Flag> of(AnnualReport report, AnnualReport lastYear) {
    List<Flag> flags = new ArrayList<>();
    if (lastYear != null) {
      for (CrossYearFinding finding : CHECKER.check(report, lastYear)) {
        flags.add(
            new Flag(
                rule(finding.kind()),
                finding.message(),
                finding.cells().stream().map(CellRef::parse).toList()));
      }
    }
    if (report.published() == null) {
      flags.add(new Flag(Rule.R11, "报告未印落款日期或发布时间，无法核对是否按期公布"));
    }
    return flags;
  }

  /**
   * The report's flags with those the index evaluates replaced: the checker's R1–R7 as they are,
   * then {@code indexed} (R8–R11).
   */
  public static List<Flag> merge(List<Flag> flags, List<Flag> indexed) {
    List<Flag> merged = new ArrayList<>();
    for (Flag flag : flags) {
      if (!flag.rule().checkedWhenIndexed()) {
        merged.add(flag);
      }
    }
    merged.addAll(indexed);
    return merged;
  }

  static Rule rule(CrossYearFinding.Kind kind) {
    return switch (kind) {
      case CARRIED_OVER -> Rule.R8;
      case IN_FORCE -> Rule.R9;
      case REUSED_TEXT -> Rule.R10;
    };
  }
}
