package org.nianbao.stats;

import org.nianbao.model.Measure;
import org.nianbao.model.Rate;

/**
 * One measure over one group of reports. {@code reports}: how many give the value (a cell they
 * give; a rate whose cells they all give, with a denominator above 0); the rest are left out of
 * every figure, never counted as 0; when none gives it, every figure is null. {@code mean}, {@code
 * median}, {@code min}, {@code max} are over those reports' values (for a rate: their rates, each
 * body counting once); null when none gives it.
 *
 * <p>For a cell, {@code sum} is the total. For a rate, {@code numerator} and {@code denominator}
 * are the sums over the same reports and {@code pooled} their quotient: the group's rate as
 * national statistics compute it (all granted and partly granted requests over all handled ones),
 * which weighs a body by its number of requests; {@code sum} is then null.
 */
public record MeasureSummary(
    Measure measure,
    long reports,
    Double sum,
    Double mean,
    Double median,
    Double min,
    Double max,
    Double numerator,
    Double denominator,
    Double pooled) {

  /** The headline figure: a cell's sum, a rate's pooled value. */
  public Double value() {
    return measure instanceof Rate ? pooled : sum;
  }
}
