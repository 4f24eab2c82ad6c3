package org.nianbao.years;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Which of a body's reports stands for a year. Usually a body has one report a year; where the
 * index holds two for one year (a re-published text under its old name, a second copy whose text
 * differs), the one compared with is, in order: under the same agency name as the report it is
 * compared with, the latest published, the smallest id. The indexer's pass and the report page
 * choose the same way, so the page explains the flags the pass set.
 */
public final class BodyYears {

  private BodyYears() {}

  /** The body's report of the year before {@code report}'s, if the index holds one. */
  public static Optional<BodyReport> previousYear(BodyReport report, Collection<BodyReport> body) {
    Integer year = report.report().year();
    if (year == null) {
      return Optional.empty();
    }
    return body.stream()
        .filter(
            other ->
                !other.id().equals(report.id()) && Objects.equals(other.report().year(), year - 1))
        .min(preferredFor(report));
  }

  /**
   * One report per year, in year order: {@code report} for its own year, the preferred one for the
   * others. Reports without a year are left out.
   */
  public static Map<Integer, BodyReport> byYear(BodyReport report, Collection<BodyReport> body) {
    Map<Integer, BodyReport> years = new TreeMap<>();
    body.stream()
        .filter(other -> other.report().year() != null)
        .sorted(preferredFor(report))
        .forEach(other -> years.putIfAbsent(other.report().year(), other));
    if (report.report().year() != null) {
      years.put(report.report().year(), report);
    }
    return years;
  }

  /**
   * Same agency name as {@code report}'s first, then the latest published, then the smallest id.
   */
  private static Comparator<BodyReport> preferredFor(BodyReport report) {
    String agency = report.report().agency();
    return Comparator.<BodyReport, Boolean>comparing(
            other -> !Objects.equals(other.report().agency(), agency))
        .thenComparing(
            other -> other.report().published(),
            Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()))
        .thenComparing(BodyReport::id);
  }
}
