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
  private static final Map<Path, List<String>> RULES = Map.of(
      Samples.ZIBO, List.of("R6"),
      Samples.LIAOCHENG, List.of(),
      Samples.SUIFENHE, List.of(),
      Samples.GUXIAN, List.of("R5"),
      Samples.SANMENXIA, List.of("R1", "R2"));

  @Test
  void parseJsonPrintsOneObjectPerFileWithTheModelKeysAndExactlyTheViolatedRules() throws Exception {
    List<Path> files = List.of(Samples.ZIBO, Samples.LIAOCHENG, Samples.SUIFENHE, Samples.GUXIAN, Samples.SANMENXIA);
    List<String> args = new ArrayList<>(List.of("parse", "--json"));
    files.forEach(file -> args.add(file.toString()));

    Cli cli = Cli.run(args.toArray(String[]::new));

    assertEquals(0, cli.exitCode(), cli.err());
    List<String> lines = cli.out().lines().toList();
    assertEquals(5, lines.size());
    for (int i = 0; i < files.size(); i++) {
      JsonNode report = ReportJson.mapper().readTree(lines.get(i));
      for (String key : List.of("id", "title", "agency", "year", "published", "region", "level", "sector", "parts", "tables", "flags")) {
        assertTrue(report.has(key), "missing key " + key + " in " + files.get(i));
      }
      List<String> rules = new ArrayList<>();
      report.get("flags").forEach(flag -> {
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
    assertTrue(ReportJson.mapper().readTree(lines.get(1)).at("/tables/requests/carried_forward/total").isNull(),
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
  void aFileThatIsNoReportIsNamedWithItsReasonAndFailsTheCommand(@TempDir Path dir) throws Exception {
    Path notes = Files.writeString(dir.resolve("notes.txt"), "今天天气很好，我们去公园散步。", java.nio.charset.StandardCharsets.UTF_8);

    Cli cli = Cli.run("parse", notes.toString(), Samples.SUIFENHE.toString());

    assertEquals(1, cli.exitCode());
    assertTrue(cli.err().contains(notes + ": not an annual report"), cli.err());
    assertTrue(cli.out().contains("绥芬河市文体广电和旅游局"), "the good file is still parsed: " + cli.out());
  }
}
