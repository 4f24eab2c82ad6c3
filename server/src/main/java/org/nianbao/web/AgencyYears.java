package org.nianbao.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.nianbao.identity.BodyKey;
import org.nianbao.model.AnnualReport;
import org.nianbao.model.Rule;
import org.nianbao.search.StoredReport;
import org.nianbao.years.BodyReport;
import org.nianbao.years.BodyYears;
import org.nianbao.years.TextReuse;

/**
 * A report's body across its years, as the report page and the report API show it: the body's
 * reports, one per year for the year-over-year figures, the report of the year before (the one the
 * index's cross-year rules compared with, chosen by the same {@link BodyYears}) and the sentences
 * reused from it.
 */
final class AgencyYears {

  final String key;
  final StoredReport current;

  /** Every report of the body, this one included, by year. */
  final List<StoredReport> reports;

  /** One report per year (this one for its year), in year order. */
  final Map<Integer, BodyReport> byYear;

  /** The body's report of the year before, or null. */
  final StoredReport previous;

  /** This report's sentences against {@link #previous}'s, or null without one. */
  final TextReuse reuse;

  private AgencyYears(
      String key,
      StoredReport current,
      List<StoredReport> reports,
      Map<Integer, BodyReport> byYear,
      StoredReport previous,
      TextReuse reuse) {
    this.key = key;
    this.current = current;
    this.reports = reports;
    this.byYear = byYear;
    this.previous = previous;
    this.reuse = reuse;
  }

  /**
   * The body of {@code current} from the reports the index holds under its key; empty when the body
   * is not known.
   */
  static Optional<AgencyYears> of(StoredReport current, List<StoredReport> sameBody) {
    Optional<BodyKey> key = BodyKey.of(current.checked().report());
    if (key.isEmpty() || sameBody.isEmpty()) {
      return Optional.empty();
    }
    List<StoredReport> reports = new ArrayList<>(sameBody);
    if (reports.stream().noneMatch(r -> r.id().equals(current.id()))) {
      reports.add(current);
    }
    List<BodyReport> body = reports.stream().map(AgencyYears::bodyReport).toList();
    BodyReport self = bodyReport(current);
    StoredReport previous =
        BodyYears.previousYear(self, body)
            .flatMap(chosen -> reports.stream().filter(r -> r.id().equals(chosen.id())).findFirst())
            .orElse(null);
    TextReuse reuse =
        previous == null
            ? null
            : TextReuse.between(current.checked().report(), previous.checked().report());
    return Optional.of(
        new AgencyYears(
            key.get().value(),
            current,
            List.copyOf(reports),
            BodyYears.byYear(self, body),
            previous,
            reuse));
  }

  private static BodyReport bodyReport(StoredReport report) {
    return new BodyReport(report.id(), report.checked().report());
  }

  /**
   * The sentences to mark as reused: those of {@link #reuse} when the report is flagged R10, else
   * none.
   */
  Set<String> markedReused() {
    boolean flagged = current.checked().flags().stream().anyMatch(flag -> flag.rule() == Rule.R10);
    return flagged && reuse != null ? Set.copyOf(reuse.reused()) : Set.of();
  }

  /**
   * The body's other names, with the years they were used: earlier ones (曾用名) and later ones
   * (后更名为), each as "name（years）", in year order.
   */
  List<String> names(boolean earlier) {
    AnnualReport self = current.checked().report();
    List<String> out = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    for (StoredReport report : reports) {
      AnnualReport other = report.checked().report();
      if (other.agency() == null
          || Objects.equals(other.agency(), self.agency())
          || seen.contains(other.agency())
          || other.year() == null
          || self.year() == null
          || (earlier ? other.year() >= self.year() : other.year() <= self.year())) {
        continue;
      }
      seen.add(other.agency());
      List<Integer> years =
          reports.stream()
              .map(r -> r.checked().report())
              .filter(r -> other.agency().equals(r.agency()) && r.year() != null)
              .map(AnnualReport::year)
              .distinct()
              .sorted()
              .toList();
      out.add(other.agency() + "（" + yearSpan(years) + "）");
    }
    return out;
  }

  /** 2019年, 2019–2020年, 2018、2020年. */
  private static String yearSpan(List<Integer> years) {
    if (years.size() > 1 && years.get(years.size() - 1) - years.get(0) == years.size() - 1) {
      return years.get(0) + "–" + years.get(years.size() - 1) + "年";
    }
    return String.join("、", years.stream().map(String::valueOf).toList()) + "年";
  }
}
