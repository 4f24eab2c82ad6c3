package org.nianbao.years;

import java.util.List;

/**
 * What comparing a report with the same body's report of the year before found.
 *
 * @param kind which check found it
 * @param message what a reader is told, naming the numbers
 * @param cells this year's table cells involved, as model paths (requests.carried_over.total)
 */
public record CrossYearFinding(Kind kind, String message, List<String> cells) {

  /** The cross-year checks. */
  public enum Kind {
    /** This year's 上年结转 is not last year's 结转下年度. */
    CARRIED_OVER,
    /**
     * 现行有效 does not follow from last year's plus 制发 minus 废止 (a warning: bodies count amendments
     * differently).
     */
    IN_FORCE,
    /** Much of this year's prose, or its figures, repeat last year's report. */
    REUSED_TEXT
  }

  public CrossYearFinding {
    cells = List.copyOf(cells);
  }
}
