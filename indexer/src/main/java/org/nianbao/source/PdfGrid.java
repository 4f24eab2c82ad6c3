package org.nianbao.source;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * A table found from the ruling lines of a page. Every line position of a group of lines that meet
 * cuts the table into elementary cells; where the line between two neighbouring cells is not drawn,
 * they are one merged cell (a label spanning rows, a header spanning columns). The grid's edges
 * come from the outer lines, or from where the other lines end when an outer line is not drawn (a
 * table that continues on the next page often has no bottom line).
 */
final class PdfGrid {

  /** Line ends this close meet; line positions this close are one line (double borders). */
  private static final float SNAP = 2f;

  /** Column edges, left to right, and row edges, top to bottom. */
  private final float[] xs;

  private final float[] ys;

  /** For each elementary cell (row-major), the elementary cell where its merged cell starts. */
  private final int[] start;

  private PdfGrid(float[] xs, float[] ys, int[] start) {
    this.xs = xs;
    this.ys = ys;
    this.start = start;
  }

  /** The tables that the page's rulings draw, top to bottom. A lone box or line is not a table. */
  static List<PdfGrid> find(List<PdfRuling> rulings) {
    List<PdfRuling> lines = new ArrayList<>(merged(rulings, true));
    lines.addAll(merged(rulings, false));
    UnionFind groups = new UnionFind(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      for (int j = i + 1; j < lines.size(); j++) {
        if (lines.get(i).meets(lines.get(j), SNAP)) {
          groups.union(i, j);
        }
      }
    }
    List<PdfGrid> grids = new ArrayList<>();
    for (List<Integer> members : groups.sets()) {
      List<PdfRuling> group = members.stream().map(lines::get).toList();
      PdfGrid grid = of(group);
      if (grid != null) {
        grids.add(grid);
      }
    }
    grids.sort(Comparator.comparingDouble(PdfGrid::top));
    return grids;
  }

  private static PdfGrid of(List<PdfRuling> group) {
    List<PdfRuling> horizontals = group.stream().filter(PdfRuling::horizontal).toList();
    List<PdfRuling> verticals =
        group.stream().filter(Predicate.not(PdfRuling::horizontal)).toList();
    float[] xs = edges(verticals, horizontals);
    float[] ys = edges(horizontals, verticals);
    if (xs.length < 2 || ys.length < 2 || xs.length * ys.length == 4) {
      return null;
    }
    int columns = xs.length - 1;
    int rows = ys.length - 1;
    UnionFind cells = new UnionFind(rows * columns);
    for (int r = 0; r < rows; r++) {
      float middleY = (ys[r] + ys[r + 1]) / 2;
      for (int c = 0; c < columns; c++) {
        float middleX = (xs[c] + xs[c + 1]) / 2;
        if (c + 1 < columns && !drawn(verticals, xs[c + 1], middleY)) {
          cells.union(r * columns + c, r * columns + c + 1);
        }
        if (r + 1 < rows && !drawn(horizontals, ys[r + 1], middleX)) {
          cells.union(r * columns + c, (r + 1) * columns + c);
        }
      }
    }
    // A merged cell starts at its first elementary cell in reading order: its top left one.
    int[] start = new int[rows * columns];
    int[] first = new int[rows * columns];
    Arrays.fill(first, -1);
    for (int i = 0; i < start.length; i++) {
      int root = cells.find(i);
      if (first[root] < 0) {
        first[root] = i;
      }
      start[i] = first[root];
    }
    return new PdfGrid(xs, ys, start);
  }

  /**
   * The distinct positions of {@code lines}, plus the far ends of the {@code across} lines where
   * they reach past the outermost of them by more than a line's slack (an edge left undrawn).
   */
  private static float[] edges(List<PdfRuling> lines, List<PdfRuling> across) {
    List<Float> positions = new ArrayList<>();
    lines.stream()
        .map(PdfRuling::position)
        .sorted()
        .forEach(
            p -> {
              if (positions.isEmpty() || p - positions.get(positions.size() - 1) > SNAP) {
                positions.add(p);
              }
            });
    if (positions.isEmpty() || across.isEmpty()) {
      return new float[0];
    }
    float low = (float) across.stream().mapToDouble(PdfRuling::from).min().orElseThrow();
    float high = (float) across.stream().mapToDouble(PdfRuling::to).max().orElseThrow();
    if (low < positions.get(0) - SNAP) {
      positions.add(0, low);
    }
    if (high > positions.get(positions.size() - 1) + SNAP) {
      positions.add(high);
    }
    float[] edges = new float[positions.size()];
    for (int i = 0; i < edges.length; i++) {
      edges[i] = positions.get(i);
    }
    return edges;
  }

  /** True if one of the lines lies at {@code position} and passes {@code along}. */
  private static boolean drawn(List<PdfRuling> lines, float position, float along) {
    return lines.stream()
        .anyMatch(line -> Math.abs(line.position() - position) <= SNAP && line.spans(along));
  }

  /**
   * The rulings of one orientation with each run of touching or overlapping pieces at one position
   * made one line: exporters draw a border cell by cell.
   */
  private static List<PdfRuling> merged(List<PdfRuling> rulings, boolean horizontal) {
    List<PdfRuling> sorted =
        rulings.stream()
            .filter(r -> r.horizontal() == horizontal)
            .sorted(Comparator.comparingDouble(PdfRuling::position))
            .toList();
    // Positions within SNAP of the previous are the same line, whatever its pieces' order along it.
    List<List<PdfRuling>> atPosition = new ArrayList<>();
    float lastPosition = Float.NEGATIVE_INFINITY;
    for (PdfRuling ruling : sorted) {
      if (ruling.position() - lastPosition > SNAP) {
        atPosition.add(new ArrayList<>());
      }
      atPosition.get(atPosition.size() - 1).add(ruling);
      lastPosition = ruling.position();
    }
    List<PdfRuling> lines = new ArrayList<>();
    for (List<PdfRuling> pieces : atPosition) {
      float position = pieces.get(0).position();
      pieces.sort(Comparator.comparingDouble(PdfRuling::from));
      PdfRuling line = null;
      for (PdfRuling piece : pieces) {
        if (line != null && piece.from() <= line.to() + SNAP) {
          line = new PdfRuling(horizontal, position, line.from(), Math.max(line.to(), piece.to()));
        } else {
          if (line != null) {
            lines.add(line);
          }
          line = new PdfRuling(horizontal, position, piece.from(), piece.to());
        }
      }
      lines.add(line);
    }
    return lines;
  }

  float top() {
    return ys[0];
  }

  boolean contains(PdfGlyph glyph) {
    return glyph.centerX() >= xs[0]
        && glyph.centerX() <= xs[xs.length - 1]
        && glyph.centerY() >= ys[0]
        && glyph.centerY() <= ys[ys.length - 1];
  }

  /**
   * The table with the text of the glyphs inside it, row by row. A merged cell's text fills every
   * position it covers; rows that only continue merged cells from above carry nothing and are left
   * out.
   */
  TableBlock block(List<PdfGlyph> glyphs) {
    int columns = xs.length - 1;
    List<List<PdfGlyph>> inCell = new ArrayList<>();
    for (int i = 0; i < start.length; i++) {
      inCell.add(new ArrayList<>());
    }
    for (PdfGlyph glyph : glyphs) {
      int row = slot(ys, glyph.centerY());
      int column = slot(xs, glyph.centerX());
      inCell.get(start[row * columns + column]).add(glyph);
    }
    String[] texts = new String[start.length];
    List<List<TableBlock.Cell>> rows = new ArrayList<>();
    for (int r = 0; r < ys.length - 1; r++) {
      List<TableBlock.Cell> row = new ArrayList<>();
      boolean anyStart = false;
      for (int c = 0; c < columns; c++) {
        int cell = start[r * columns + c];
        if (texts[cell] == null) {
          texts[cell] = PdfLines.cellText(inCell.get(cell));
        }
        boolean origin = cell == r * columns + c;
        anyStart |= origin;
        row.add(new TableBlock.Cell(texts[cell], origin));
      }
      if (anyStart) {
        rows.add(row);
      }
    }
    return new TableBlock(rows);
  }

  /**
   * The index of the slot between edges that holds {@code value}; edge values go to the slot below.
   */
  private static int slot(float[] edges, float value) {
    int i = 0;
    while (i < edges.length - 2 && value >= edges[i + 1]) {
      i++;
    }
    return i;
  }

  /** Disjoint sets of indexes. */
  private static final class UnionFind {

    private final int[] parent;

    UnionFind(int size) {
      parent = new int[size];
      for (int i = 0; i < size; i++) {
        parent[i] = i;
      }
    }

    int find(int i) {
      while (parent[i] != i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
      }
      return i;
    }

    void union(int a, int b) {
      parent[find(a)] = find(b);
    }

    /** The sets, each in index order, in the order of their first index. */
    List<List<Integer>> sets() {
      List<List<Integer>> sets = new ArrayList<>();
      int[] setOf = new int[parent.length];
      Arrays.fill(setOf, -1);
      for (int i = 0; i < parent.length; i++) {
        int root = find(i);
        if (setOf[root] < 0) {
          setOf[root] = sets.size();
          sets.add(new ArrayList<>());
        }
        sets.get(setOf[root]).add(i);
      }
      return sets;
    }
  }
}
