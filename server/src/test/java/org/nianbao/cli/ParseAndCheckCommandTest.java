package org.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.json.ReportJson;

class ParseAndCheckCommandTest {

  /** The rules each seed violates, exactly (issue 2). */
  private static final Map<Path, List<String>> RULES =
      Map.of(
          Samples.ZIBO, List.of("R6"),
          Samples.LIAOCHENG, List.of(),
          Samples.SUIFENHE, List.of(),
          Samples.GUXIAN, List.of("R5"),
          Samples.SANMENXIA, List.of("R1", "R2"));

  @Test
  void parseJsonPrintsOneObjectPerFileWithTheModelKeysAndExactlyTheViolatedRules()
      throws Exception {
    List<Path> files =
        List.of(
            Samples.ZIBO, Samples.LIAOCHENG, Samples.SUIFENHE, Samples.GUXIAN, Samples.SANMENXIA);
    List<String> args = new ArrayList<>(List.of("parse", "--json"));
    files.forEach(file -> args.add(file.toString()));

    Cli cli = Cli.run(args.toArray(String[]::new));

    assertEquals(0, cli.exitCode(), cli.err());
    List<String> lines = cli.out().lines().toList();
    assertEquals(5, lines.size());
    for (int i = 0; i < files.size(); i++) {
      JsonNode report = ReportJson.mapper().readTree(lines.get(i));
      for (String key :
          List.of(
              "id",
              "title",
              "agency",
              "year",
              "published",
              "region",
              "level",
              "sector",
              "parts",
              "tables",
              "flags")) {
        assertTrue(report.has(key), "missing key " + key + " in " + files.get(i));
      }
      List<String> rules = new ArrayList<>();
      report
          .get("flags")
          .forEach(
              flag -> {
                if (!rules.contains(flag.get("rule").asText())) {
                  rules.add(flag.get("rule").asText());
                }
                assertTrue(!flag.get("message").asText().isBlank());
              });
      assertEquals(RULES.get(files.get(i)), rules, "rules of " + files.get(i));
    }
    JsonNode zibo = ReportJson.mapper().readTree(lines.get(0));
    assertEquals("淄博市文化和旅游局", zibo.get("agency").asText());
    assertEquals("370300", zibo.at("/region/code").asText());
    assertEquals(11, zibo.at("/tables/requests/new/total").asInt());
    assertTrue(
        ReportJson.mapper()
            .readTree(lines.get(1))
            .at("/tables/requests/carried_forward/total")
            .isNull(),
        "聊城 gives six of seven cells in 结转下年度: the missing one is null, never 0");
  }

  @Test
  void parseWithoutJsonPrintsAReadableSummary() {
    Cli cli = Cli.run("parse", Samples.GUXIAN.toString());

    assertEquals(0, cli.exitCode(), cli.err());
    assertTrue(cli.out().contains("古县文化和旅游局"), cli.out());
    assertTrue(cli.out().contains("山西省 / 临汾市 / 古县 (141025)"), cli.out());
    assertTrue(cli.out().contains("R5"), cli.out());
  }

  @Test
  void checkListsEachViolationAndFailsWhenAnyRuleFails() {
    Cli cli = Cli.run("check", Samples.SANMENXIA.toString(), Samples.LIAOCHENG.toString());

    assertEquals(1, cli.exitCode());
    long r1 = cli.out().lines().filter(line -> line.contains(": R1 ")).count();
    long r2 = cli.out().lines().filter(line -> line.contains(": R2 ")).count();
    assertEquals(2, r1, cli.out()); // the 自然人 and 总计 columns
    assertEquals(2, r2, cli.out());
    assertTrue(cli.out().contains(Samples.LIAOCHENG + ": ok"), cli.out());
  }

  @Test
  void checkPassesAConsistentReport() {
    Cli cli = Cli.run("check", Samples.SUIFENHE.toString());

    assertEquals(0, cli.exitCode(), cli.out());
    assertTrue(cli.out().contains("0 violation(s) in 1 file(s)"), cli.out());
  }

  @Test
  void aFileThatIsNoReportIsNamedWithItsReasonAndFailsTheCommand(@TempDir Path dir)
      throws Exception {
    Path notes =
        Files.writeString(
            dir.resolve("notes.txt"), "今天天气很好，我们去公园散步。", java.nio.charset.StandardCharsets.UTF_8);

    Cli cli = Cli.run("parse", notes.toString(), Samples.SUIFENHE.toString());

    assertEquals(1, cli.exitCode());
    assertTrue(cli.err().contains(notes + ": not an annual report"), cli.err());
    assertTrue(cli.out().contains("绥芬河市文体广电和旅游局"), "the good file is still parsed: " + cli.out());
  }

  @Test
  void parseJsonGivesEveryFileALineInOrderWithItsSourceOrItsError(@TempDir Path dir)
      throws Exception {
    Path notes =
        Files.writeString(
            dir.resolve("notes.txt"), "今天天气很好，我们去公园散步。", java.nio.charset.StandardCharsets.UTF_8);
    Path missing = dir.resolve("missing.txt");

    Cli cli =
        Cli.run(
            "parse",
            "--json",
            Samples.ZIBO.toString(),
            notes.toString(),
            missing.toString(),
            Samples.GUXIAN.toString());

    assertEquals(1, cli.exitCode());
    List<JsonNode> lines = new ArrayList<>();
    for (String line : cli.out().lines().toList()) {
      lines.add(ReportJson.mapper().readTree(line));
    }
    assertEquals(4, lines.size(), cli.out());
    assertEquals(Samples.ZIBO.toString(), lines.get(0).get("source").asText());
    assertEquals("淄博市文化和旅游局", lines.get(0).get("agency").asText());
    assertEquals(notes.toString(), lines.get(1).get("source").asText());
    assertTrue(
        lines.get(1).get("error").asText().startsWith("not an annual report"),
        lines.get(1).toString());
    assertEquals(missing.toString(), lines.get(2).get("source").asText());
    assertTrue(
        lines.get(2).get("error").asText().contains("no such file"), lines.get(2).toString());
    assertEquals(Samples.GUXIAN.toString(), lines.get(3).get("source").asText());
    assertEquals("2021", lines.get(0).get("format").asText());
    assertEquals("title", lines.get(0).at("/provenance/agency/source").asText());
  }

  @Test
  void aPagesAddressPlacesABodyTheTextDoesNotPlace(@TempDir Path dir) throws Exception {
    // The text says only 省财政厅; the province portal's host says which province.
    Path page =
        Files.writeString(
            dir.resolve("page.txt"),
            String.join(
                "\n",
                "根据《中华人民共和国政府信息公开条例》，结合省财政厅2024年政府信息公开工作实际，编制本报告。",
                "一、总体情况",
                "2024年，省财政厅有序推进政府信息公开工作，主动公开各类信息325条。",
                "二、主动公开政府信息情况",
                "省财政厅按时公开财政预决算信息。"),
            java.nio.charset.StandardCharsets.UTF_8);

    Cli withUrl =
        Cli.run(
            "parse",
            "--json",
            page.toString(),
            "--url",
            "http://xxgk.jl.gov.cn/zcbm/ndbg/202501/t1.html");
    Cli without = Cli.run("parse", "--json", page.toString());

    JsonNode placed = ReportJson.mapper().readTree(withUrl.out().lines().findFirst().orElseThrow());
    assertEquals("吉林省财政厅", placed.get("agency").asText());
    assertEquals("吉林省", placed.at("/region/province").asText());
    assertEquals("province", placed.get("level").asText());
    assertEquals("url_host", placed.at("/provenance/region/source").asText());
    JsonNode unplaced =
        ReportJson.mapper().readTree(without.out().lines().findFirst().orElseThrow());
    assertTrue(
        unplaced.at("/region/province").isNull(),
        "without the address the province stays unknown: " + unplaced);
  }
}
