package org.nianbao.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Applicant;
import org.nianbao.model.CellRef;
import org.nianbao.model.Level;
import org.nianbao.model.Measure;
import org.nianbao.model.Rate;
import org.nianbao.model.Region;
import org.nianbao.model.RequestRow;
import org.nianbao.model.Rule;
import org.nianbao.stats.ReportRow;

/**
 * The CSV bytes a spreadsheet opens: the BOM, the header, RFC 4180 quoting, CRLF, defused formulas,
 * plain numbers.
 */
class CsvTablesTest {

  private static final List<Measure> COLUMNS =
      List.of(CellRef.of(RequestRow.NEW, Applicant.TOTAL), Rate.DISCLOSURE);

  private static ReportRow row(String title, String agency, Double newTotal, Double rate) {
    return new ReportRow(
        "abc123",
        title,
        agency,
        2023,
        new Region("山东省", "淄博市", null, "370300"),
        Level.CITY,
        "政府",
        List.of(Rule.R1, Rule.R3),
        Arrays.asList(newTotal, rate));
  }

  @Test
  void startsWithTheUtf8ByteOrderMarkThenTheHeader() {
    byte[] bytes = CsvTables.reports(List.of(), COLUMNS).getBytes(StandardCharsets.UTF_8);
    assertArrayEquals(
        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        Arrays.copyOf(bytes, 3),
        "UTF-8 BOM first");
    String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    assertEquals(
        "id,title,agency,year,province,city,county,region_code,level,sector,flags,requests.new.total,rate.disclosure\r\n",
        text);
  }

  @Test
  void quotesCommasQuotesAndLineBreaksAndEndsLinesWithCrLf() {
    String csv =
        CsvTables.reports(List.of(row("淄博市\"文旅\"局,2023年\n报告", "淄博市文化和旅游局", 11.0, 0.5)), COLUMNS);
    String[] lines = csv.substring(1).split("\r\n", -1);
    assertEquals(
        "abc123,\"淄博市\"\"文旅\"\"局,2023年\n报告\",淄博市文化和旅游局,2023,山东省,淄博市,,370300,city,政府,R1 R3,11,0.5",
        lines[1]);
    assertEquals("", lines[2], "the last record ends with CRLF too");
  }

  @Test
  void aMissingValueIsAnEmptyFieldNeverZero() {
    String csv = CsvTables.reports(List.of(row("t", "a", null, null)), COLUMNS);
    assertTrue(csv.contains(",R1 R3,,\r\n"), csv);
  }

  @Test
  void textThatASpreadsheetWouldRunAsAFormulaIsDefused() {
    String csv =
        CsvTables.reports(List.of(row("=HYPERLINK(\"http://x\")", "+SUM(A1)", 1.0, 0.25)), COLUMNS);
    assertTrue(csv.contains(",\"'=HYPERLINK(\"\"http://x\"\")\",'+SUM(A1),"), csv);
  }

  @Test
  void numbersArePlainWholeOrToSixPlaces() {
    assertEquals("1234567", CsvTables.number(1234567.0));
    assertEquals("0.333333", CsvTables.number(1.0 / 3));
    assertEquals("0.5", CsvTables.number(0.5));
    assertEquals("", CsvTables.number(null));
    assertEquals("", CsvTables.number(Double.NaN));
  }

  @Test
  void oneReportsTablesHaveARowPerTemplateCell() {
    var report =
        new org.nianbao.model.AnnualReport(
            "t",
            "a",
            2023,
            null,
            Region.NONE,
            Level.CITY,
            "政府",
            new org.nianbao.model.Parts(null, null, null),
            org.nianbao.model.Tables.NONE);
    String csv = CsvTables.report("abc123", new org.nianbao.model.CheckedReport(report, List.of()));
    String[] lines = csv.substring(1).split("\r\n");
    assertEquals("id,table,row,column,path,label,value", lines[0]);
    assertEquals(1 + CellRef.all().size(), lines.length, "a row per cell of the template");
    assertTrue(
        lines[1].startsWith("abc123,active,rules,issued,active.rules.issued,规章 · 本年制发件数,"),
        lines[1]);
    assertTrue(lines[1].endsWith(","), "not given: empty");
  }
}
