package org.nianbao.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.extract.ReportParser;
import org.nianbao.json.ReportJson;
import org.nianbao.model.AnnualReport;
import org.nianbao.model.CellRef;
import org.nianbao.model.CheckedReport;
import org.nianbao.model.Flag;
import org.nianbao.model.Rule;

/** Table rules name the cells they involve, so front ends mark them without re-deriving rules. */
class FlagCellsTest {

  @Test
  void sanmenxiasViolationsNameTheirCellsAndSurviveTheJsonRoundTrip() throws Exception {
    String text =
        Files.readString(
            Path.of("..", "samples", "004_77873e605fc13fa1.txt"), StandardCharsets.UTF_8);
    AnnualReport report = ReportParser.bundled().parse(text);
    List<Flag> flags = new ConsistencyChecker().check(report);

    Flag r1Total =
        flags.stream()
            .filter(f -> f.rule().id().equals("R1") && f.message().contains("「总计」列"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        List.of(
            "requests.new.total",
            "requests.carried_over.total",
            "requests.handled_total.total",
            "requests.carried_forward.total"),
        r1Total.cells().stream().map(CellRef::path).toList());
    Flag r2Person =
        flags.stream()
            .filter(f -> f.rule().id().equals("R2") && f.message().contains("「自然人」列"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        List.of("requests.handled_total.natural_person"),
        r2Person.cells().stream().map(CellRef::path).toList());

    CheckedReport back = ReportJson.read(ReportJson.write("x", new CheckedReport(report, flags)));
    assertEquals(flags, back.flags());
  }

  @Test
  void rulesAboutNoCellNameNone() {
    assertTrue(new Flag(Rule.R6, "落款日期 2023-01-11 早于报告年度 2023 年结束").cells().isEmpty());
  }
}
