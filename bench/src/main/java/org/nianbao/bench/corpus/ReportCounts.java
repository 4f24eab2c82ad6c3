package org.nianbao.bench.corpus;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The numbers of one report's three tables, drawn at a scale that fits the body's level, consistent
 * by construction (R1–R4), then broken on purpose for a few reports so the checker has work.
 */
final class ReportCounts {

  /** Rules a report is made to violate; most reports violate none. */
  enum Violation {
    R1,
    R2,
    R3,
    R4,
    R5,
    R6,
    R7
  }

  static final int COLUMNS = 7; // 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计

  /**
   * Outcome rows of the 2021 template: 予以公开 … 其他处理 3 (22 rows; the 2019 template folds 其他处理 into
   * one).
   */
  static final int OUTCOMES = 22;

  final long[] newRequests = new long[COLUMNS];
  final long[] carriedOver = new long[COLUMNS];

  /** [outcome row][column]. */
  final long[][] outcomes = new long[OUTCOMES][COLUMNS];

  final long[] handledTotal = new long[COLUMNS];
  final long[] carriedForward = new long[COLUMNS];

  /** 行政复议, 未经复议直接起诉, 复议后起诉 × (维持, 纠正, 其他, 尚未审结, 总计). */
  final long[][] review = new long[3][5];

  /** 规章 and 规范性文件: 制发, 废止, 现行有效. */
  final long[] rules = new long[3];

  final long[] normativeDocs = new long[3];
  long licensing;
  long penalty;
  long coercion;

  /** 万元, written with one decimal when not whole. */
  double fees;

  /** The request count the prose states; equals {@code newRequests[6]} unless R5 is violated. */
  long statedNew;

  final Set<Violation> violations = EnumSet.noneOf(Violation.class);

  static ReportCounts draw(Agency agency, SplittableRandom random) {
    ReportCounts c = new ReportCounts();
    int scale =
        switch (agency.level()) {
          case "central" -> 2000;
          case "province" -> 300;
          case "city" -> 60;
          case "county" -> 15;
          default -> 3;
        };
    // Many bodies receive no request at all in a year.
    boolean none = random.nextInt(100) < (agency.level().equals("township") ? 55 : 25);
    long received = none ? 0 : 1 + (long) (scale * -Math.log(1 - random.nextDouble()));
    double[] share = {0.80, 0.12, 0.01, 0.02, 0.03, 0.02};
    for (int col = 0; col < 6; col++) {
      c.newRequests[col] = col == 0 ? 0 : binomial(received, share[col], random);
    }
    c.newRequests[0] = received - sum(c.newRequests, 1, 6);
    for (int col = 0; col < 6; col++) {
      c.carriedOver[col] = random.nextInt(6) == 0 ? binomial(c.newRequests[col], 0.08, random) : 0;
      long open = c.newRequests[col] + c.carriedOver[col];
      c.carriedForward[col] = random.nextInt(5) == 0 ? binomial(open, 0.06, random) : 0;
      distribute(open - c.carriedForward[col], col, c.outcomes, random);
    }
    c.completeTotals();

    int[] review = {(int) (received * 0.02), (int) (received * 0.01), (int) (received * 0.005)};
    for (int g = 0; g < 3; g++) {
      long n = random.nextInt(3) == 0 ? review[g] + random.nextInt(2) : 0;
      for (long k = 0; k < n; k++) {
        int outcome = weightedOutcome(random);
        c.review[g][outcome]++;
      }
      c.review[g][4] = sum(c.review[g], 0, 4);
    }

    boolean rulemaker = agency.level().equals("central") || agency.level().equals("province");
    c.rules[0] = rulemaker ? random.nextInt(6) : 0;
    c.rules[1] = rulemaker ? random.nextInt(3) : 0;
    c.rules[2] = rulemaker ? c.rules[0] + random.nextInt(40) : 0;
    c.normativeDocs[0] = random.nextInt(4) == 0 ? 0 : random.nextInt(scale / 5 + 3);
    c.normativeDocs[1] = random.nextInt(3) == 0 ? random.nextInt(3) : 0;
    c.normativeDocs[2] = c.normativeDocs[0] + random.nextInt(scale / 2 + 5);
    c.licensing = random.nextInt(3) == 0 ? 0 : (long) (scale * 8 * random.nextDouble());
    c.penalty = random.nextInt(3) == 0 ? 0 : (long) (scale * 4 * random.nextDouble());
    c.coercion = random.nextInt(2) == 0 ? 0 : (long) (scale * random.nextDouble());
    c.fees = random.nextInt(10) == 0 ? Math.round(random.nextDouble() * 500) / 10.0 : 0;
    c.statedNew = c.newRequests[6];
    c.injectViolations(random);
    return c;
  }

  /**
   * About one report in ten breaks a rule, the way careless reports do: a typo in a total, a text
   * count that disagrees.
   */
  private void injectViolations(SplittableRandom random) {
    int roll = random.nextInt(1000);
    if (roll >= 110) {
      return;
    }
    Violation v = Violation.values()[roll % 7];
    switch (v) {
      case R1 -> carriedForward[6] += 1 + random.nextInt(3); // totals no longer balance
      case R2 -> handledTotal[0] += 1 + random.nextInt(2); // and neither does column 0
      case R3 -> newRequests[6] += 1 + random.nextInt(5); // row total ≠ sum of columns
      case R4 -> review[0][4] += 1; // review total ≠ its outcomes
      case R5 ->
          statedNew = newRequests[6] + 1 + random.nextInt(9); // text says more than the table
      case R6, R7 -> {} // dates and missing parts are the writer's
    }
    violations.add(v);
    // What the checker should then find: one wrong cell breaks every rule the cell takes part in.
    switch (v) {
      case R1 -> violations.add(Violation.R3); // carried_forward.total ≠ its columns' sum
      case R2 -> { // handled_total[自然人] also feeds R1 and its row's total
        violations.add(Violation.R1);
        violations.add(Violation.R3);
      }
      case R3 -> { // new.total feeds R1, and the text states the old total
        violations.add(Violation.R1);
        violations.add(Violation.R5);
      }
      default -> {}
    }
  }

  private void completeTotals() {
    for (int col = 0; col < 6; col++) {
      long handled = 0;
      for (long[] row : outcomes) {
        handled += row[col];
      }
      handledTotal[col] = handled;
    }
    for (long[] row : allRequestRows()) {
      row[6] = sum(row, 0, 6);
    }
  }

  List<long[]> allRequestRows() {
    List<long[]> rows = new ArrayList<>();
    rows.add(newRequests);
    rows.add(carriedOver);
    for (long[] row : outcomes) {
      rows.add(row);
    }
    rows.add(handledTotal);
    rows.add(carriedForward);
    return rows;
  }

  /**
   * Spreads a column's handled requests over the outcome rows: most granted, then 不掌握, partial,
   * 不予处理 and the rest, as real tables look.
   */
  private static void distribute(long n, int col, long[][] outcomes, SplittableRandom random) {
    double[] weights = new double[OUTCOMES];
    weights[0] = 50; // 予以公开
    weights[1] = 8; // 部分公开
    for (int i = 2; i < 10; i++) {
      weights[i] = i == 4 || i == 6 || i == 9 ? 1.5 : 0.3; // 不予公开: 三安全, 内部事务, 行政查询 most often
    }
    weights[10] = 18; // 不掌握
    weights[11] = 2;
    weights[12] = 2;
    for (int i = 13; i < 18; i++) {
      weights[i] = i == 13 ? 4 : i == 14 ? 3 : 0.6; // 信访类, 重复申请
    }
    weights[18] = 2;
    weights[19] = 0.2;
    weights[20] = 5; // 其他
    for (long k = 0; k < n; k++) {
      outcomes[AgencyPicker.weighted(random, weights)][col]++;
    }
  }

  private static int weightedOutcome(SplittableRandom random) {
    return AgencyPicker.weighted(random, new double[] {6, 1, 1.5, 1.5});
  }

  private static long binomial(long n, double p, SplittableRandom random) {
    if (n > 200) {
      return Math.max(0, Math.round(n * p + Math.sqrt(n * p * (1 - p)) * random.nextGaussian()));
    }
    long k = 0;
    for (long i = 0; i < n; i++) {
      if (random.nextDouble() < p) {
        k++;
      }
    }
    return k;
  }

  static long sum(long[] row, int from, int to) {
    long s = 0;
    for (int i = from; i < to; i++) {
      s += row[i];
    }
    return s;
  }
}
