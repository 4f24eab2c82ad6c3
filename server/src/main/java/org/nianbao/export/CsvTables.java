package org.nianbao.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.nianbao.model.CellRef;
import org.nianbao.model.CheckedReport;
import org.nianbao.model.Measure;
import org.nianbao.model.Rate;
import org.nianbao.model.Region;
import org.nianbao.model.Rule;
import org.nianbao.stats.Group;
import org.nianbao.stats.MeasureSummary;
import org.nianbao.stats.RankedReport;
import org.nianbao.stats.ReportRow;
import org.nianbao.stats.StatsResult;

/**
 * CSV for spreadsheets: a search's reports with chosen cells and rates, a statistics table, one
 * report's three tables. UTF-8 with a byte-order mark (Excel reads a file without one as the local
 * code page and garbles Chinese), RFC 4180 quoting and CRLF line ends; the header names columns by
 * their keys (requests.new.total), as the API does. A text value that a spreadsheet would take for
 * a formula (=, +, -, @ first) is prefixed with ' so a hostile title cannot run in Excel. Numbers
 * are plain: whole numbers without decimals, others to at most 6 places; a value a report does not
 * give is an empty field, never 0.
 */
public final class CsvTables {

  /** The byte-order mark a CSV starts with. */
  public static final String BOM = "\uFEFF";

  public static final String CONTENT_TYPE = "text/csv; charset=utf-8";

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.MINIMAL).get();

  private CsvTables() {}

  /** A search's reports, one row each, with the value of every measure. */
  public static String reports(List<ReportRow> rows, List<Measure> measures) {
    List<String> header =
        new ArrayList<>(
            List.of(
                "id",
                "title",
                "agency",
                "year",
                "province",
                "city",
                "county",
                "region_code",
                "level",
                "sector",
                "flags"));
    measures.forEach(m -> header.add(m.key()));
    return write(
        header,
        printer -> {
          for (ReportRow row : rows) {
            List<Object> fields = new ArrayList<>();
            Region region = row.region() == null ? Region.NONE : row.region();
            fields.addAll(
                List.of(
                    text(row.id()),
                    text(row.title()),
                    text(row.agency()),
                    row.year() == null ? "" : row.year(),
                    text(region.province()),
                    text(region.city()),
                    text(region.county()),
                    text(region.code()),
                    row.level() == null ? "" : row.level().key(),
                    text(row.sector()),
                    String.join(" ", row.flags().stream().map(Rule::id).toList())));
            row.values().forEach(value -> fields.add(number(value)));
            printer.printRecord(fields);
          }
        });
  }

  /**
   * A statistics table: the row of all reports (group 全部), then a row per group; per measure its
   * reports, then for a cell sum, mean, median, min, max, for a rate pooled (Σ numerators ÷ Σ
   * denominators), numerator, denominator, mean, median, min, max of the reports' rates.
   */
  public static String stats(StatsResult result) {
    List<String> header = new ArrayList<>(List.of(result.group().key(), "reports"));
    for (Measure m : result.measures()) {
      List<String> parts =
          m instanceof Rate
              ? List.of(
                  "reports", "pooled", "numerator", "denominator", "mean", "median", "min", "max")
              : List.of("reports", "sum", "mean", "median", "min", "max");
      parts.forEach(part -> header.add(m.key() + "." + part));
    }
    return write(
        header,
        printer -> {
          printer.printRecord(statsRow("全部", result.overall()));
          for (Group group : result.groups()) {
            printer.printRecord(statsRow(group.key(), group));
          }
        });
  }

  private static List<Object> statsRow(String key, Group group) {
    List<Object> fields = new ArrayList<>(List.of(text(key), group.reports()));
    for (MeasureSummary s : group.measures()) {
      fields.add(s.reports());
      if (s.measure() instanceof Rate) {
        fields.addAll(List.of(number(s.pooled()), number(s.numerator()), number(s.denominator())));
      } else {
        fields.add(number(s.sum()));
      }
      fields.addAll(
          List.of(number(s.mean()), number(s.median()), number(s.min()), number(s.max())));
    }
    return fields;
  }

  /** The reports of a ranking: rank, who, the value (and a rate's numerator and denominator). */
  public static String ranking(Measure measure, List<RankedReport> reports) {
    List<String> header =
        new ArrayList<>(List.of("rank", "id", "title", "agency", "year", measure.key()));
    if (measure instanceof Rate) {
      header.addAll(List.of("numerator", "denominator"));
    }
    return write(
        header,
        printer -> {
          int rank = 1;
          for (RankedReport r : reports) {
            List<Object> fields =
                new ArrayList<>(
                    List.of(
                        rank++,
                        text(r.id()),
                        text(r.title()),
                        text(r.agency()),
                        r.year() == null ? "" : r.year(),
                        number(r.value())));
            if (measure instanceof Rate) {
              fields.addAll(List.of(number(r.numerator()), number(r.denominator())));
            }
            printer.printRecord(fields);
          }
        });
  }

  /**
   * One report's three tables, a row per cell of the template: table, row, column, path, label,
   * value.
   */
  public static String report(String id, CheckedReport checked) {
    java.util.Map<CellRef, Number> given =
        org.nianbao.document.ReportCells.of(checked.report().tables());
    return write(
        List.of("id", "table", "row", "column", "path", "label", "value"),
        printer -> {
          for (CellRef cell : CellRef.all()) {
            Number value = given.get(cell);
            printer.printRecord(
                text(id),
                cell.table().key(),
                cell.row(),
                cell.column(),
                cell.path(),
                text(cell.label()),
                value == null
                    ? ""
                    : value instanceof BigDecimal d ? d.toPlainString() : value.toString());
          }
        });
  }

  @FunctionalInterface
  private interface Rows {
    void print(CSVPrinter printer) throws IOException;
  }

  private static String write(List<String> header, Rows rows) {
    StringBuilder out = new StringBuilder(BOM);
    try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
      printer.printRecord(header);
      rows.print(printer);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does no I/O
    }
    return out.toString();
  }

  /** Text as a spreadsheet must not read it as a formula. */
  static String text(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    char first = value.charAt(0);
    return first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r'
        ? "'" + value
        : value;
  }

  /** A number as plain text; "" for none. */
  public static String number(Double value) {
    if (value == null || value.isNaN() || value.isInfinite()) {
      return "";
    }
    double v = value;
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return BigDecimal.valueOf(v)
        .setScale(6, RoundingMode.HALF_UP)
        .stripTrailingZeros()
        .toPlainString();
  }
}
