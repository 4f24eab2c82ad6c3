package org.nianbao.years;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nianbao.model.AnnualReport;
import org.nianbao.model.Applicant;
import org.nianbao.model.CountTable;
import org.nianbao.model.Parts;
import org.nianbao.model.RequestRow;
import org.nianbao.model.RequestsTable;
import org.nianbao.model.Tables;

/**
 * Figures summed from several cells add the cells a report gives, whichever of them are missing.
 */
class KeyFigureTest {

  @Test
  void aSumSkipsMissingCellsWhereverTheyStand() {
    // A real report's 不予公开 rows often leave the first ones blank (the dev corpus has them).
    CountTable.Builder<RequestRow, Applicant> cells =
        CountTable.builder(RequestRow.class, Applicant.class);
    cells.put(RequestRow.NEW, Applicant.TOTAL, 12L);
    cells.put(RequestRow.DENIED_SAFETY, Applicant.TOTAL, 2L);
    cells.put(RequestRow.DENIED_QUERY, Applicant.TOTAL, 3L);
    AnnualReport report = report(new RequestsTable(cells.build()));

    assertAll(
        () -> assertEquals(12L, KeyFigure.NEW_REQUESTS.of(report)),
        () -> assertEquals(5L, KeyFigure.DENIED.of(report)),
        () -> assertNull(KeyFigure.GRANTED.of(report)),
        () -> assertNull(KeyFigure.REVIEWS.of(report)),
        () -> assertNull(KeyFigure.LICENSING.of(report)));
  }

  @Test
  void noCellGivenIsNoFigure() {
    AnnualReport report =
        report(new RequestsTable(CountTable.builder(RequestRow.class, Applicant.class).build()));

    assertNull(KeyFigure.DENIED.of(report));
    assertNull(KeyFigure.LITIGATION.of(report(null)));
  }

  private static AnnualReport report(RequestsTable requests) {
    return new AnnualReport(
        "某县2023年政府信息公开工作年度报告",
        "某县人民政府",
        2023,
        null,
        null,
        null,
        null,
        new Parts(null, Map.of(), List.of()),
        new Tables(null, requests, null));
  }
}
