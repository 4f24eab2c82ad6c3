package org.nianbao.years;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.nianbao.model.ActiveTable;
import org.nianbao.model.AnnualReport;
import org.nianbao.model.Applicant;
import org.nianbao.model.DocumentCounts;
import org.nianbao.model.RequestRow;
import org.nianbao.model.RequestsTable;
import org.nianbao.model.ReviewLitigationTable;

/**
 * The checks that need the same body's report of the year before: the requests carried over must be
 * those carried forward, the documents in force must follow from last year's, and the text should
 * not be last year's again. Judged only on cells both reports give. Thread-safe.
 */
public final class CrossYearChecker {

  /** Share of own sentences repeated from last year above which a report is flagged. */
  public static final double REUSE_THRESHOLD = 0.5;

  /** Fewer own sentences than this tell nothing about copying. */
  private static final int MIN_SENTENCES = 5;

  public List<CrossYearFinding> check(AnnualReport thisYear, AnnualReport lastYear) {
    List<CrossYearFinding> findings = new ArrayList<>();
    carriedOver(thisYear, lastYear, findings);
    inForce(thisYear, lastYear, findings);
    reusedText(thisYear, lastYear, findings);
    return findings;
  }

  /** Per column: this year's 上年结转 = last year's 结转下年度. */
  private static void carriedOver(
      AnnualReport thisYear, AnnualReport lastYear, List<CrossYearFinding> findings) {
    RequestsTable now = thisYear.tables().requests();
    RequestsTable before = lastYear.tables().requests();
    if (now == null || before == null) {
      return;
    }
    for (Applicant column : Applicant.values()) {
      Long carriedOver = now.get(RequestRow.CARRIED_OVER, column);
      Long carriedForward = before.get(RequestRow.CARRIED_FORWARD, column);
      if (carriedOver != null && carriedForward != null && !carriedOver.equals(carriedForward)) {
        findings.add(
            new CrossYearFinding(
                CrossYearFinding.Kind.CARRIED_OVER,
                String.format(
                    Locale.ROOT,
                    "申请情况表「%s」列：本年上年结转 %d，但 %d 年报告的结转下年度为 %d",
                    column.label(),
                    carriedOver,
                    lastYear.year(),
                    carriedForward),
                List.of("requests.carried_over." + column.key())));
      }
    }
  }

  /** 现行有效 = last year's 现行有效 + 本年制发 − 本年废止, for 规章 and 行政规范性文件. */
  private static void inForce(
      AnnualReport thisYear, AnnualReport lastYear, List<CrossYearFinding> findings) {
    ActiveTable now = thisYear.tables().active();
    ActiveTable before = lastYear.tables().active();
    if (now == null || before == null) {
      return;
    }
    inForceOf("规章", "rules", now.rules(), before.rules(), lastYear.year(), findings);
    inForceOf(
        "行政规范性文件",
        "normative_docs",
        now.normativeDocs(),
        before.normativeDocs(),
        lastYear.year(),
        findings);
  }

  private static void inForceOf(
      String label,
      String key,
      DocumentCounts now,
      DocumentCounts before,
      Integer lastYear,
      List<CrossYearFinding> findings) {
    if (now == null
        || before == null
        || now.inForce() == null
        || now.issued() == null
        || now.repealed() == null
        || before.inForce() == null) {
      return;
    }
    long expected = before.inForce() + now.issued() - now.repealed();
    if (now.inForce() != expected) {
      findings.add(
          new CrossYearFinding(
              CrossYearFinding.Kind.IN_FORCE,
              String.format(
                  Locale.ROOT,
                  "%s：现行有效 %d，但按 %d 年的 %d + 本年制发 %d − 本年废止 %d 应为 %d（提示：各机关对修订的计法不同）",
                  label,
                  now.inForce(),
                  lastYear,
                  before.inForce(),
                  now.issued(),
                  now.repealed(),
                  expected),
              List.of(
                  "active." + key + ".in_force",
                  "active." + key + ".issued",
                  "active." + key + ".repealed")));
    }
  }

  private static void reusedText(
      AnnualReport thisYear, AnnualReport lastYear, List<CrossYearFinding> findings) {
    TextReuse reuse = TextReuse.between(thisYear, lastYear);
    if (reuse.sentences() < MIN_SENTENCES || reuse.share() < REUSE_THRESHOLD) {
      return;
    }
    int sameFigures = sameNonZeroFigures(thisYear, lastYear);
    findings.add(
        new CrossYearFinding(
            CrossYearFinding.Kind.REUSED_TEXT,
            String.format(
                Locale.ROOT,
                "与 %d 年报告相同的句子占 %d%%（%d/%d 句）%s",
                lastYear.year(),
                Math.round(reuse.share() * 100),
                reuse.reused().size(),
                reuse.sentences(),
                sameFigures > 0 ? "；表格中 " + sameFigures + " 个非零数字与上年相同" : ""),
            List.of()));
  }

  /** How many cells, given and not zero in both reports, hold the same number. */
  static int sameNonZeroFigures(AnnualReport thisYear, AnnualReport lastYear) {
    int same = 0;
    RequestsTable now = thisYear.tables().requests();
    RequestsTable before = lastYear.tables().requests();
    if (now != null && before != null) {
      for (RequestRow row : RequestRow.values()) {
        same += sameIn(now.cells().row(row), before.cells().row(row));
      }
    }
    ReviewLitigationTable reviewNow = thisYear.tables().reviewLitigation();
    ReviewLitigationTable reviewBefore = lastYear.tables().reviewLitigation();
    if (reviewNow != null && reviewBefore != null) {
      for (var group : org.nianbao.model.ReviewGroup.values()) {
        same += sameIn(reviewNow.cells().row(group), reviewBefore.cells().row(group));
      }
    }
    return same;
  }

  private static <C> int sameIn(Map<C, Long> now, Map<C, Long> before) {
    int same = 0;
    for (Map.Entry<C, Long> cell : now.entrySet()) {
      Long value = cell.getValue();
      if (value != null && value != 0 && Objects.equals(value, before.get(cell.getKey()))) {
        same++;
      }
    }
    return same;
  }
}
