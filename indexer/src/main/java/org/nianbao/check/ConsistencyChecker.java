package org.nianbao.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.nianbao.model.AnnualReport;
import org.nianbao.model.Applicant;
import org.nianbao.model.CellRef;
import org.nianbao.model.Flag;
import org.nianbao.model.Part;
import org.nianbao.model.RequestRow;
import org.nianbao.model.RequestsTable;
import org.nianbao.model.ReviewGroup;
import org.nianbao.model.ReviewLitigationTable;
import org.nianbao.model.ReviewOutcome;
import org.nianbao.model.Rule;

/**
 * Evaluates the consistency rules R1–R7 of report-model.md on one report. A rule is only judged on
 * cells the report gives: a null cell is missing data (R7's business when a whole table is
 * missing), not a zero, so it never makes R1–R4 fail. Thread-safe.
 */
public final class ConsistencyChecker {

  private final Deadlines deadlines;

  /** A checker with the national deadlines. */
  public ConsistencyChecker() {
    this(Deadlines.national());
  }

  public ConsistencyChecker(Deadlines deadlines) {
    this.deadlines = deadlines;
  }

  /**
   * A message about table cells starts with the table's name, so a page showing it on a cell can
   * leave it out.
   */
  private static final String REQUESTS = CellRef.Table.REQUESTS.label();

  private static final String REVIEW = CellRef.Table.REVIEW_LITIGATION.label();

  public List<Flag> check(AnnualReport report) {
    List<Flag> flags = new ArrayList<>();
    RequestsTable requests = report.tables().requests();
    if (requests != null) {
      r1FlowBalances(requests, flags);
      r2OutcomesAddUp(requests, flags);
      r3ApplicantsAddUp(requests, flags);
    }
    if (report.tables().reviewLitigation() != null) {
      r4ReviewTotals(report.tables().reviewLitigation(), flags);
    }
    r5TextAgreesWithTable(report, flags);
    r6PublishedInTime(report, flags);
    r7Complete(report, flags);
    return flags;
  }

  /** R1: per column, 本年新收 + 上年结转 = 总计 + 结转下年度. */
  private static void r1FlowBalances(RequestsTable t, List<Flag> flags) {
    for (Applicant column : Applicant.values()) {
      Long in = sum(t.get(RequestRow.NEW, column), t.get(RequestRow.CARRIED_OVER, column));
      Long out =
          sum(t.get(RequestRow.HANDLED_TOTAL, column), t.get(RequestRow.CARRIED_FORWARD, column));
      if (in != null && out != null && !in.equals(out)) {
        flags.add(
            new Flag(
                Rule.R1,
                REQUESTS
                    + String.format(
                        Locale.ROOT,
                        "「%s」列：本年新收 %d + 上年结转 %d = %d，但办理结果总计 %d + 结转下年度 %d = %d",
                        column.label(),
                        t.get(RequestRow.NEW, column),
                        t.get(RequestRow.CARRIED_OVER, column),
                        in,
                        t.get(RequestRow.HANDLED_TOTAL, column),
                        t.get(RequestRow.CARRIED_FORWARD, column),
                        out),
                List.of(
                    CellRef.of(RequestRow.NEW, column),
                    CellRef.of(RequestRow.CARRIED_OVER, column),
                    CellRef.of(RequestRow.HANDLED_TOTAL, column),
                    CellRef.of(RequestRow.CARRIED_FORWARD, column))));
      }
    }
  }

  /** R2: per column, （七）总计 = the sum of the outcome rows （一）…（六）. */
  private static void r2OutcomesAddUp(RequestsTable t, List<Flag> flags) {
    for (Applicant column : Applicant.values()) {
      Long total = t.get(RequestRow.HANDLED_TOTAL, column);
      long sum = 0;
      List<String> nonZero = new ArrayList<>();
      boolean anyGiven = false;
      for (RequestRow row : RequestRow.values()) {
        Long value = row.isOutcome() ? t.get(row, column) : null;
        if (value != null) {
          anyGiven = true;
          sum += value;
          if (value != 0) {
            nonZero.add(row.label() + " " + value);
          }
        }
      }
      if (total != null && anyGiven && total != sum) {
        flags.add(
            new Flag(
                Rule.R2,
                REQUESTS
                    + String.format(
                        Locale.ROOT,
                        "「%s」列：（七）总计为 %d，但各项办理结果之和为 %d（%s）",
                        column.label(),
                        total,
                        sum,
                        nonZero.isEmpty() ? "均为0" : String.join("，", nonZero)),
                List.of(CellRef.of(RequestRow.HANDLED_TOTAL, column))));
      }
    }
  }

  /** R3: per row, 总计 = the sum of the six applicant columns. */
  private static void r3ApplicantsAddUp(RequestsTable t, List<Flag> flags) {
    for (RequestRow row : RequestRow.values()) {
      Long total = t.get(row, Applicant.TOTAL);
      List<Long> kinds = Applicant.KINDS.stream().map(column -> t.get(row, column)).toList();
      if (total == null || kinds.contains(null)) {
        continue;
      }
      long sum = kinds.stream().mapToLong(Long::longValue).sum();
      if (total != sum) {
        flags.add(
            new Flag(
                Rule.R3,
                REQUESTS
                    + String.format(
                        Locale.ROOT,
                        "「%s」行：总计为 %d，但六类申请人之和为 %d（%s）",
                        row.label(),
                        total,
                        sum,
                        kinds.stream().map(String::valueOf).collect(Collectors.joining("+"))),
                List.of(CellRef.of(row, Applicant.TOTAL))));
      }
    }
  }

  /** R4: per group, 总计 = 维持 + 纠正 + 其他 + 尚未审结. */
  private static void r4ReviewTotals(ReviewLitigationTable t, List<Flag> flags) {
    for (ReviewGroup group : ReviewGroup.values()) {
      Long total = t.get(group, ReviewOutcome.TOTAL);
      List<Long> parts =
          List.of(
                  ReviewOutcome.UPHELD,
                  ReviewOutcome.CORRECTED,
                  ReviewOutcome.OTHER,
                  ReviewOutcome.PENDING)
              .stream()
              .map(outcome -> t.get(group, outcome))
              .toList();
      if (total == null || parts.contains(null)) {
        continue;
      }
      long sum = parts.stream().mapToLong(Long::longValue).sum();
      if (total != sum) {
        flags.add(
            new Flag(
                Rule.R4,
                REVIEW
                    + String.format(
                        Locale.ROOT,
                        "「%s」：总计为 %d，但结果维持 %d + 结果纠正 %d + 其他结果 %d + 尚未审结 %d = %d",
                        group.label(),
                        total,
                        parts.get(0),
                        parts.get(1),
                        parts.get(2),
                        parts.get(3),
                        sum),
                List.of(CellRef.of(group, ReviewOutcome.TOTAL))));
      }
    }
  }

  /**
   * R5: a request count stated in the prose agrees with 本年新收 总计. A statement that counts the
   * carried-over requests too (本年新收 + 上年结转) is also taken as agreeing.
   */
  private static void r5TextAgreesWithTable(AnnualReport report, List<Flag> flags) {
    RequestsTable t = report.tables().requests();
    Long received = t == null ? null : t.get(RequestRow.NEW, Applicant.TOTAL);
    if (received == null) {
      return;
    }
    Long withCarried = sum(received, t.get(RequestRow.CARRIED_OVER, Applicant.TOTAL));
    for (StatedRequestCount stated : StatedRequestCounts.find(prose(report))) {
      if (stated.count() != received && !Long.valueOf(stated.count()).equals(withCarried)) {
        flags.add(
            new Flag(
                Rule.R5,
                String.format(
                    Locale.ROOT,
                    "正文称收到政府信息公开申请 %d 件（“%s”），但申请情况表「本年新收」总计为 %d",
                    stated.count(),
                    stated.sentence(),
                    received)));
      }
    }
  }

  /**
   * R6: the printed date falls after the reporting year ends and by the deadline for the body (see
   * {@link Deadlines}). A report that prints no date is not judged here (see the no-date rule).
   */
  private void r6PublishedInTime(AnnualReport report, List<Flag> flags) {
    LocalDate published = report.published();
    Integer year = report.year();
    if (year == null || published == null) {
      return;
    }
    LocalDate yearEnd = LocalDate.of(year, 12, 31);
    Deadlines.Due due = deadlines.dueFor(report);
    if (!published.isAfter(yearEnd)) {
      flags.add(
          new Flag(
              Rule.R6,
              String.format(Locale.ROOT, "落款日期 %s 早于报告年度 %d 年结束（%s）", published, year, yearEnd)));
    } else if (published.isAfter(due.date())) {
      flags.add(
          new Flag(
              Rule.R6,
              String.format(
                  Locale.ROOT, "落款日期 %s 晚于公布期限 %s（%s）", published, due.date(), due.basis())));
    }
  }

  /** R7: all six parts and all three tables are present. */
  private static void r7Complete(AnnualReport report, List<Flag> flags) {
    List<String> missing = new ArrayList<>();
    for (Part part : Part.values()) {
      if (!report.parts().has(part)) {
        missing.add("部分「" + part.heading() + "」");
      }
    }
    if (report.tables().active() == null) {
      missing.add("主动公开情况表（第二十条）");
    }
    if (report.tables().requests() == null) {
      missing.add("收到和处理政府信息公开申请情况表");
    }
    if (report.tables().reviewLitigation() == null) {
      missing.add("行政复议、行政诉讼情况表");
    }
    if (!missing.isEmpty()) {
      flags.add(new Flag(Rule.R7, "缺少" + String.join("、", missing)));
    }
    List<CellRef> unreadable = report.tables().unreadableCells();
    if (!unreadable.isEmpty()) {
      // A table is incomplete too where a cell holds no number a report can hold (hundreds of
      // digits).
      String paths = unreadable.stream().map(CellRef::path).collect(Collectors.joining("、"));
      flags.add(new Flag(Rule.R7, "表格单元格无法读取（不是报告可能填写的数值）：" + paths, unreadable));
    }
  }

  /** The prose the rules read: the preamble, every part and the added parts. */
  private static String prose(AnnualReport report) {
    StringBuilder text = new StringBuilder();
    if (report.parts().preamble() != null) {
      text.append(report.parts().preamble()).append('\n');
    }
    report.parts().main().values().forEach(part -> text.append(part).append('\n'));
    report.parts().extra().forEach(part -> text.append(part.text()).append('\n'));
    return text.toString();
  }

  private static Long sum(Long a, Long b) {
    return a == null || b == null ? null : a + b;
  }
}
