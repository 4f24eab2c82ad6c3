package org.nianbao.stats;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.nianbao.json.ReportJson;
import org.nianbao.model.Level;
import org.nianbao.model.Measure;
import org.nianbao.model.Region;
import org.nianbao.model.Rule;
import org.nianbao.schema.ReportFields;
import org.nianbao.search.MeasureValues;
import org.nianbao.search.ReportSearcher;
import org.nianbao.search.SearchRequest;

/**
 * Statistics, exports and listings over the reports a search matches, read from doc values in one
 * pass over the matches (no scores, no stored fields); only the few reports a ranking or a listing
 * shows are read from stored fields, for their titles. Thread-safe: each call acquires the
 * searcher's current view of the index.
 */
public final class ReportStatistics {

  /** What an export or a listing reads from stored fields per report (never the model's JSON). */
  private static final Set<String> ROW_FIELDS =
      Set.of(
          ReportFields.ID,
          ReportFields.TITLE,
          ReportFields.AGENCY,
          ReportFields.YEAR,
          ReportFields.REGION_JSON,
          ReportFields.LEVEL,
          ReportFields.SECTOR,
          ReportFields.FLAG);

  private final ReportSearcher searcher;

  public ReportStatistics(ReportSearcher searcher) {
    this.searcher = searcher;
  }

  /** The statistics {@code request} asks for. */
  public StatsResult stats(StatsRequest request) throws IOException {
    long started = System.nanoTime();
    return searcher.overMatches(
        request.search(),
        (indexSearcher, query, sort) -> {
          Accumulator acc = new Accumulator(request);
          indexSearcher.search(query, acc);
          List<RankedReport> top = ranked(indexSearcher, acc.top, true);
          List<RankedReport> bottom = ranked(indexSearcher, acc.bottom, false);
          List<Group> groups = acc.groups();
          long took = (System.nanoTime() - started) / 1_000_000;
          return new StatsResult(
              acc.total,
              took,
              request.group(),
              request.measures(),
              acc.overall.summarise("", request.measures()),
              groups.size(),
              groups.subList(0, Math.min(groups.size(), request.groupLimit())),
              request.rankBy(),
              top,
              bottom);
        });
  }

  /**
   * The first {@code limit} reports {@code search} matches, in its order (relevance, year or a
   * value), each with the values of {@code measures}.
   */
  public List<ReportRow> rows(SearchRequest search, List<Measure> measures, int limit)
      throws IOException {
    return searcher.overMatches(
        search,
        (indexSearcher, query, sort) -> {
          Sort order = sort;
          ScoreDoc[] docs =
              indexSearcher.search(
                      query,
                      new TopFieldCollectorManager(
                          order, Math.max(1, limit), null, Integer.MAX_VALUE))
                  .scoreDocs;
          int[] sorted = Arrays.stream(docs).mapToInt(d -> d.doc).toArray();
          return rows(indexSearcher, sorted, measures);
        });
  }

  /** How many reports {@code search} matches. */
  public long count(SearchRequest search) throws IOException {
    return searcher.overMatches(
        search, (indexSearcher, query, sort) -> (long) indexSearcher.count(query));
  }

  private static List<ReportRow> rows(IndexSearcher searcher, int[] docs, List<Measure> measures)
      throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    StoredFields stored = searcher.storedFields();
    List<ReportRow> rows = new ArrayList<>(docs.length);
    for (int doc : docs) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
      List<Double> values = new ArrayList<>(measures.size());
      for (Measure measure : measures) {
        // A fresh reader per cell: rows come in result order, not doc-id order.
        MeasureValues.Leaf v = MeasureValues.open(leaf.reader(), measure);
        values.add(v.advanceExact(doc - leaf.docBase) ? v.value() : null);
      }
      Document d = stored.document(doc, ROW_FIELDS);
      IndexableField year = d.getField(ReportFields.YEAR);
      String level = d.get(ReportFields.LEVEL);
      rows.add(
          new ReportRow(
              d.get(ReportFields.ID),
              d.get(ReportFields.TITLE),
              d.get(ReportFields.AGENCY),
              year == null ? null : year.numericValue().intValue(),
              region(d.get(ReportFields.REGION_JSON)),
              level == null ? null : Level.fromKey(level),
              d.get(ReportFields.SECTOR),
              Stream.of(d.getValues(ReportFields.FLAG)).map(Rule::fromId).toList(),
              values));
    }
    return rows;
  }

  private static List<RankedReport> ranked(
      IndexSearcher searcher, PriorityQueue<Ranked> queue, boolean highestFirst)
      throws IOException {
    List<Ranked> entries = new ArrayList<>(queue);
    Comparator<Ranked> order = highestFirst ? Ranked.ORDER.reversed() : Ranked.ORDER;
    entries.sort(order);
    StoredFields stored = searcher.storedFields();
    List<RankedReport> out = new ArrayList<>(entries.size());
    for (Ranked r : entries) {
      Document d = stored.document(r.doc, ROW_FIELDS);
      IndexableField year = d.getField(ReportFields.YEAR);
      out.add(
          new RankedReport(
              d.get(ReportFields.ID),
              d.get(ReportFields.TITLE),
              d.get(ReportFields.AGENCY),
              year == null ? null : year.numericValue().intValue(),
              region(d.get(ReportFields.REGION_JSON)),
              r.value,
              r.numerator,
              r.denominator));
    }
    return out;
  }

  private static Region region(String json) {
    if (json == null) {
      return Region.NONE;
    }
    try {
      JsonNode node = ReportJson.mapper().readTree(json);
      return new Region(
          text(node, "province"), text(node, "city"), text(node, "county"), text(node, "code"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String text(JsonNode node, String key) {
    JsonNode value = node.path(key);
    return value.isTextual() ? value.asText() : null;
  }

  /**
   * A report in a ranking. Ties: for the highest, the larger denominator first (900 of 1,000 before
   * 9 of 10), then the lower doc id; the lowest mirror it.
   */
  private record Ranked(double value, double numerator, double denominator, int doc) {
    static final Comparator<Ranked> ORDER =
        Comparator.comparingDouble(Ranked::value)
            .thenComparingDouble(Ranked::denominator)
            .thenComparing(Comparator.comparingInt(Ranked::doc).reversed());
  }

  /** The values of one measure in one group: what a summary needs. */
  private static final class Values {
    double[] values = new double[8];
    int count;
    double sum;
    double numerator;
    double denominator;

    void add(double value, double num, double den) {
      if (count == values.length) {
        values = Arrays.copyOf(values, count * 2);
      }
      values[count++] = value;
      sum += value;
      numerator += num;
      denominator += den;
    }

    void addAll(Values other) {
      if (count + other.count > values.length) {
        values = Arrays.copyOf(values, Math.max(values.length * 2, count + other.count));
      }
      System.arraycopy(other.values, 0, values, count, other.count);
      count += other.count;
      sum += other.sum;
      numerator += other.numerator;
      denominator += other.denominator;
    }

    MeasureSummary summarise(Measure measure) {
      if (count == 0) {
        return new MeasureSummary(measure, 0, null, null, null, null, null, null, null, null);
      }
      double[] sorted = Arrays.copyOf(values, count);
      Arrays.sort(sorted);
      double median =
          count % 2 == 1 ? sorted[count / 2] : (sorted[count / 2 - 1] + sorted[count / 2]) / 2;
      if (measure instanceof org.nianbao.model.Rate) {
        return new MeasureSummary(
            measure,
            count,
            null,
            sum / count,
            median,
            sorted[0],
            sorted[count - 1],
            numerator,
            denominator,
            denominator > 0 ? numerator / denominator : null);
      }
      return new MeasureSummary(
          measure, count, sum, sum / count, median, sorted[0], sorted[count - 1], null, null, null);
    }
  }

  /** One group's reports and its measures' values. */
  private static final class GroupValues {
    final Values[] measures;
    long reports;

    GroupValues(int measureCount) {
      measures = new Values[measureCount];
      for (int i = 0; i < measureCount; i++) {
        measures[i] = new Values();
      }
    }

    void addAll(GroupValues other) {
      reports += other.reports;
      for (int i = 0; i < measures.length; i++) {
        measures[i].addAll(other.measures[i]);
      }
    }

    Group summarise(String key, List<Measure> measureList) {
      List<MeasureSummary> summaries = new ArrayList<>(measures.length);
      for (int i = 0; i < measures.length; i++) {
        summaries.add(measures[i].summarise(measureList.get(i)));
      }
      return new Group(key, reports, summaries);
    }
  }

  /** Collects every match: its group, its measures' values, the ranking's candidates. */
  private static final class Accumulator extends SimpleCollector {
    private final StatsRequest request;
    private final List<Measure> measures;
    final GroupValues overall;
    private final Map<String, GroupValues> byKey = new HashMap<>();
    private final List<String> keys = new ArrayList<>();
    private final List<GroupValues> groups = new ArrayList<>();
    final PriorityQueue<Ranked> top;
    final PriorityQueue<Ranked> bottom;
    long total;

    // per segment
    private int docBase;
    private MeasureValues.Leaf[] values;
    private MeasureValues.Leaf rankValues;
    private int rankIndex;
    private SortedDocValues groupOrds;

    /**
     * This segment's groups by ord, named and added to the index-wide ones when the segment is
     * done.
     */
    private GroupValues[] groupOfOrd;

    private SortedNumericDocValues years;

    Accumulator(StatsRequest request) {
      this.request = request;
      this.measures = request.measures();
      this.overall = new GroupValues(measures.size());
      this.rankIndex = measures.indexOf(request.rankBy());
      // Each queue keeps its worst entry at the head, to be dropped first.
      this.top = new PriorityQueue<>(Ranked.ORDER);
      this.bottom = new PriorityQueue<>(Ranked.ORDER.reversed());
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      finishSegment();
      docBase = context.docBase;
      values = new MeasureValues.Leaf[measures.size()];
      for (int i = 0; i < values.length; i++) {
        values[i] = MeasureValues.open(context.reader(), measures.get(i));
      }
      rankValues =
          request.top() > 0 && rankIndex < 0
              ? MeasureValues.open(context.reader(), request.rankBy())
              : null;
      GroupBy group = request.group();
      groupOrds = null;
      years = null;
      if (group == GroupBy.YEAR) {
        years = DocValues.getSortedNumeric(context.reader(), group.field());
      } else if (group != GroupBy.NONE) {
        groupOrds = DocValues.getSorted(context.reader(), group.field());
        groupOfOrd = new GroupValues[Math.toIntExact(groupOrds.getValueCount())];
      }
    }

    @Override
    public void collect(int doc) throws IOException {
      total++;
      GroupValues group = group(doc);
      overall.reports++;
      if (group != null) {
        group.reports++;
      }
      for (int i = 0; i < values.length; i++) {
        MeasureValues.Leaf v = values[i];
        if (v.advanceExact(doc)) {
          double value = v.value();
          overall.measures[i].add(value, v.numerator(), v.denominator());
          if (group != null) {
            group.measures[i].add(value, v.numerator(), v.denominator());
          }
          if (i == rankIndex) {
            rank(value, v.numerator(), v.denominator(), doc);
          }
        }
      }
      if (rankValues != null && rankValues.advanceExact(doc)) {
        rank(rankValues.value(), rankValues.numerator(), rankValues.denominator(), doc);
      }
    }

    private GroupValues group(int doc) throws IOException {
      if (years != null) {
        return years.advanceExact(doc) ? groupNamed(Long.toString(years.nextValue())) : null;
      }
      if (groupOrds == null || !groupOrds.advanceExact(doc)) {
        return null;
      }
      int ord = groupOrds.ordValue();
      GroupValues group = groupOfOrd[ord];
      if (group == null) {
        group = new GroupValues(measures.size());
        groupOfOrd[ord] = group;
      }
      return group;
    }

    /**
     * Names the segment's groups and adds them to the index-wide ones. Keys are read in ord order
     * once the segment is collected, not as each group first appears: docs come in no order of
     * their group, and looking an ord up out of order decompresses a block of the terms dictionary
     * each time (grouping 100,000 reports by agency, 67,000 groups, spent most of its time there),
     * while ascending ords walk each block once.
     */
    private void finishSegment() throws IOException {
      if (groupOrds == null) {
        return;
      }
      for (int ord = 0; ord < groupOfOrd.length; ord++) {
        if (groupOfOrd[ord] != null) {
          groupNamed(groupOrds.lookupOrd(ord).utf8ToString()).addAll(groupOfOrd[ord]);
        }
      }
      groupOrds = null;
      groupOfOrd = null;
    }

    private GroupValues groupNamed(String key) {
      GroupValues group = byKey.get(key);
      if (group == null) {
        group = new GroupValues(measures.size());
        byKey.put(key, group);
        keys.add(key);
        groups.add(group);
      }
      return group;
    }

    private void rank(double value, double numerator, double denominator, int doc) {
      int n = request.top();
      if (n == 0) {
        return;
      }
      Ranked r = new Ranked(value, numerator, denominator, docBase + doc);
      offer(top, r, n);
      offer(bottom, r, n);
    }

    private static void offer(PriorityQueue<Ranked> queue, Ranked r, int n) {
      if (queue.size() < n) {
        queue.add(r);
      } else if (queue.comparator().compare(r, queue.peek()) > 0) {
        queue.poll();
        queue.add(r);
      }
    }

    List<Group> groups() throws IOException {
      finishSegment();
      List<Group> out = new ArrayList<>(groups.size());
      for (int i = 0; i < groups.size(); i++) {
        out.add(groups.get(i).summarise(keys.get(i), measures));
      }
      out.sort(order(request.group()));
      return out;
    }

    private static Comparator<Group> order(GroupBy group) {
      return switch (group) {
        case YEAR -> Comparator.comparingInt(g -> Integer.parseInt(g.key()));
        case LEVEL -> Comparator.comparingInt(g -> levelOrder(g.key()));
        default -> Comparator.comparingLong(Group::reports).reversed().thenComparing(Group::key);
      };
    }

    private static int levelOrder(String key) {
      try {
        return Level.fromKey(key).ordinal();
      } catch (IllegalArgumentException e) {
        return Integer.MAX_VALUE;
      }
    }
  }
}
