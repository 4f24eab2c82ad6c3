package org.nianbao.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.util.NumericUtils;
import org.nianbao.model.CellRef;
import org.nianbao.model.Measure;
import org.nianbao.model.Rate;
import org.nianbao.schema.ReportFields;

/**
 * A measure's value per document, read from the cells' numeric doc values (never stored fields): a
 * cell's number, or a rate's quotient of sums. A document has no value when it lacks a cell the
 * measure needs, or, for a rate, when the denominator is 0.
 */
public final class MeasureValues {

  /**
   * The one cell indexed as a DoubleField (万元, may be decimal); every other cell is a LongField.
   */
  static final CellRef FEES = CellRef.active("fees", "amount");

  private MeasureValues() {}

  /** One segment's values; {@link #advanceExact} before reading, with increasing doc ids. */
  public interface Leaf {
    /** Positions on {@code doc}; false when it has no value for the measure. */
    boolean advanceExact(int doc) throws IOException;

    /** The value: the cell, or numerator ÷ denominator. */
    double value();

    /** A rate's sum above the line (the cell itself for a cell). */
    double numerator();

    /** A rate's sum below the line (1 for a cell). */
    double denominator();
  }

  /** The values of {@code measure} in one segment. */
  public static Leaf open(LeafReader reader, Measure measure) throws IOException {
    return switch (measure) {
      case CellRef cell -> new CellLeaf(cell(reader, cell), cell.equals(FEES));
      case Rate rate ->
          new RateLeaf(
              cells(reader, rate.numerator()),
              cells(reader, rate.denominator()),
              rate.numerator().contains(FEES) || rate.denominator().contains(FEES));
    };
  }

  /** The index fields a measure reads. */
  static List<String> fields(Measure measure) {
    return switch (measure) {
      case CellRef cell -> List.of(ReportFields.cellField(cell));
      case Rate rate ->
          java.util.stream.Stream.concat(rate.numerator().stream(), rate.denominator().stream())
              .map(ReportFields::cellField)
              .toList();
    };
  }

  private static SortedNumericDocValues cell(LeafReader reader, CellRef cell) throws IOException {
    return DocValues.getSortedNumeric(reader, ReportFields.cellField(cell));
  }

  private static SortedNumericDocValues[] cells(LeafReader reader, List<CellRef> cells)
      throws IOException {
    SortedNumericDocValues[] values = new SortedNumericDocValues[cells.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = cell(reader, cells.get(i));
    }
    return values;
  }

  private static double decode(long raw, boolean decimal) {
    return decimal ? NumericUtils.sortableLongToDouble(raw) : raw;
  }

  private static final class CellLeaf implements Leaf {
    private final SortedNumericDocValues values;
    private final boolean decimal;
    private double value;

    CellLeaf(SortedNumericDocValues values, boolean decimal) {
      this.values = values;
      this.decimal = decimal;
    }

    @Override
    public boolean advanceExact(int doc) throws IOException {
      if (values.docID() > doc || !values.advanceExact(doc)) {
        return false;
      }
      value = decode(values.nextValue(), decimal);
      return true;
    }

    @Override
    public double value() {
      return value;
    }

    @Override
    public double numerator() {
      return value;
    }

    @Override
    public double denominator() {
      return 1;
    }
  }

  private static final class RateLeaf implements Leaf {
    private final SortedNumericDocValues[] above;
    private final SortedNumericDocValues[] below;
    private final boolean decimal;
    private double numerator;
    private double denominator;

    RateLeaf(SortedNumericDocValues[] above, SortedNumericDocValues[] below, boolean decimal) {
      this.above = above;
      this.below = below;
      this.decimal = decimal;
    }

    @Override
    public boolean advanceExact(int doc) throws IOException {
      double den = sum(below, doc);
      if (!(den > 0)) { // missing (NaN) or 0: no rate
        return false;
      }
      double num = sum(above, doc);
      if (Double.isNaN(num)) {
        return false;
      }
      numerator = num;
      denominator = den;
      return true;
    }

    /** The sum of the cells, NaN when one is missing. */
    private double sum(SortedNumericDocValues[] cells, int doc) throws IOException {
      double sum = 0;
      for (SortedNumericDocValues cell : cells) {
        if (cell.docID() > doc || !cell.advanceExact(doc)) {
          return Double.NaN;
        }
        sum += decode(cell.nextValue(), decimal);
      }
      return sum;
    }

    @Override
    public double value() {
      return numerator / denominator;
    }

    @Override
    public double numerator() {
      return numerator;
    }

    @Override
    public double denominator() {
      return denominator;
    }
  }
}
