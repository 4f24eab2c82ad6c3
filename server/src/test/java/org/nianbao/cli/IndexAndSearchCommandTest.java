package org.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nianbao.json.ReportJson;

/** The CLI end to end over a real index on disk: the queries, bad input, re-indexing. */
class IndexAndSearchCommandTest {

  @TempDir static Path workspace;
  static Path sampleIndex;

  @BeforeAll
  static void indexTheSamples() {
    sampleIndex = workspace.resolve("samples-index");
    Cli cli = Cli.run("index", Samples.DIR.toString(), "--index", sampleIndex.toString());
    assertEquals(0, cli.exitCode(), cli.out() + cli.err());
    assertTrue(
        cli.out()
            .startsWith(
                "indexed 5, updated 0, unchanged 0, duplicate 0, failed 0; 5 reports in the index"),
        cli.out());
  }

  private static JsonNode searchJson(String... args) throws Exception {
    List<String> all = new ArrayList<>(List.of("search"));
    all.addAll(List.of(args));
    all.addAll(List.of("--index", sampleIndex.toString(), "--json"));
    Cli cli = Cli.run(all.toArray(String[]::new));
    assertEquals(0, cli.exitCode(), cli.err());
    return ReportJson.mapper().readTree(cli.out());
  }

  private static List<String> agencies(JsonNode response) {
    List<String> agencies = new ArrayList<>();
    response.get("hits").forEach(hit -> agencies.add(hit.get("agency").asText()));
    return agencies;
  }

  @Test
  void newMediaAndDouyinIn2023InShandongFindsExactlyZiboAndLiaocheng() throws Exception {
    JsonNode response = searchJson("政务新媒体 抖音", "--year", "2023", "--region", "山东省");

    assertEquals(2, response.get("total").asInt());
    // Ranked: both have every word exactly in their own text; 聊城 writes more about its Douyin and
    // new-media matrix (three parts) and comes first.
    assertEquals(List.of("聊城市文化和旅游局", "淄博市文化和旅游局"), agencies(response));
    assertFalse(response.at("/query/partial").asBoolean());
    for (JsonNode hit : response.get("hits")) {
      assertTrue(hit.get("snippet").asText().contains("<mark>"), hit.toString());
      assertFalse(hit.get("part").asText().isEmpty());
      assertEquals("exact", hit.get("match").asText());
      assertEquals(0, hit.get("missing").size());
      assertEquals(0, hit.get("template_only").size());
      assertEquals("山东省", hit.at("/region/province").asText());
    }
    assertEquals(2, response.at("/facets/year/2023").asInt());
  }

  @Test
  void aTableRowThatCountsTheQuerysWordsIsTheSnippetFromItsLabel() throws Exception {
    // 三门峡 refused 3 requests because it does not hold the information; the other reports' row
    // is zero. The row is shown from its label with its numbers, not the cells of the row above.
    JsonNode response = searchJson("不掌握 无法提供");

    JsonNode top = response.at("/hits/0");
    assertEquals("三门峡市文化广电和旅游局", top.get("agency").asText());
    assertEquals("tables", top.get("part").asText());
    assertTrue(
        top.get("snippet")
            .asText()
            .startsWith("…（四）<mark>无法提供</mark> 1.本机关<mark>不掌握</mark>相关政府信息 自然人 3 "),
        top.toString());
  }

  @Test
  void theSnippetIsThePassageWithAllTheWordsNotTwelveWithTheEverywhereWord(@TempDir Path dir)
      throws Exception {
    // The 洪泽区 2023 PDF refused one request as a state secret. Its prose says 公开 in a dozen
    // sentences; only the table row holds 国家秘密 and 不予公开.
    Path pdf =
        Path.of("..", "corpus", "dev", "pdf", "hongze-2023.pdf").toAbsolutePath().normalize();
    Path index = dir.resolve("index");
    Cli indexed = Cli.run("index", pdf.toString(), "--index", index.toString());
    assertEquals(0, indexed.exitCode(), indexed.out() + indexed.err());
    Cli cli = Cli.run("search", "国家秘密 不予公开", "--index", index.toString(), "--json");
    assertEquals(0, cli.exitCode(), cli.err());
    JsonNode hit = ReportJson.mapper().readTree(cli.out()).at("/hits/0");

    assertEquals("tables", hit.get("part").asText(), hit.toString());
    assertTrue(
        hit.get("snippet")
            .asText()
            .startsWith("…（三）<mark>不予公开</mark> 1.属于<mark>国家秘密</mark> 自然人 1 "),
        hit.toString());
  }

  @Test
  void douyinInGuxianFindsTheGuxianReport() throws Exception {
    JsonNode response = searchJson("抖音", "--region", "古县");

    assertEquals(List.of("古县文化和旅游局"), agencies(response));
    assertEquals("141025", response.at("/hits/0/region/code").asText());
  }

  @Test
  void requestsDisclosureIn2024FindsSanmenxia() throws Exception {
    JsonNode response = searchJson("依申请公开", "--year", "2024");

    assertEquals(List.of("三门峡市文化广电和旅游局"), agencies(response));
  }

  @Test
  void aRegionPathAndACodeFilterLikeTheName() throws Exception {
    assertEquals(List.of("淄博市文化和旅游局"), agencies(searchJson("抖音", "--region", "山东省/淄博市")));
    assertEquals(List.of("淄博市文化和旅游局"), agencies(searchJson("抖音", "--region", "370300")));
  }

  @Test
  void anAmbiguousOrUnknownRegionIsAUsageErrorThatSaysSo() {
    Cli ambiguous = Cli.run("search", "抖音", "--region", "朝阳区", "--index", sampleIndex.toString());
    assertEquals(2, ambiguous.exitCode());
    assertTrue(ambiguous.err().contains("朝阳区 is ambiguous"), ambiguous.err());
    assertTrue(ambiguous.err().contains("110105"), ambiguous.err());

    Cli unknown = Cli.run("search", "抖音", "--region", "不存在县", "--index", sampleIndex.toString());
    assertEquals(2, unknown.exitCode());
    assertFalse(unknown.err().isBlank());
  }

  @Test
  void textOutputShowsRankedHitsWithPartSnippetAndFacets() {
    Cli cli = Cli.run("search", "抖音", "--index", sampleIndex.toString(), "--limit", "2");

    assertEquals(0, cli.exitCode(), cli.err());
    assertTrue(cli.out().contains("【抖音"), cli.out());
    assertTrue(cli.out().contains("1. "), cli.out());
    assertFalse(cli.out().contains("3. "), "--limit 2: " + cli.out());
    assertTrue(cli.out().contains("year:"), cli.out());
  }

  @Test
  void aPartialMatchSaysWhichWordItLacks() {
    Cli cli = Cli.run("search", "经费不足", "--index", sampleIndex.toString());
    assertEquals(0, cli.exitCode(), cli.err());
    assertTrue(cli.out().contains("showing reports that match part of the query"), cli.out());
    assertTrue(cli.out().contains("missing: 不足") || cli.out().contains("missing: 经费"), cli.out());
  }

  /**
   * Real pages whose title is in the page's chrome, not the text: 南平市人民政府 2012 by its agency;
   * 郑州市中原区教育局 2020, whose agency the parser does not find either, by its place and year.
   */
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "corpus/dev/pages/004.txt, 南平市人民政府",
    "corpus/dev/pages/024.txt, 河南省郑州市中原区 2020年度报告（无标题）"
  })
  void aReportWithoutATitleLineIsListedByItsAgencyOrPlaceAndYear(
      String file, String heading, @TempDir Path dir) {
    Path page = Samples.DIR.resolveSibling(file);
    Path index = dir.resolve("index");
    assertEquals(0, Cli.run("index", page.toString(), "--index", index.toString()).exitCode());

    Cli search = Cli.run("search", "", "--index", index.toString());

    assertEquals(0, search.exitCode(), search.err());
    assertTrue(search.out().contains("\n1. " + heading + "  ["), search.out());
    assertFalse(search.out().contains("null"), search.out());
    Cli parse = Cli.run("parse", page.toString());
    assertEquals(0, parse.exitCode(), parse.err());
    assertTrue(parse.out().contains("标题  —\n"), parse.out());
    assertFalse(parse.out().contains("null"), parse.out());
  }

  @Test
  void reindexingTheSameFolderChangesNothingAndDuplicatesNothing() throws Exception {
    Path index = workspace.resolve("reindex");
    assertEquals(
        0, Cli.run("index", Samples.DIR.toString(), "--index", index.toString()).exitCode());

    Cli again = Cli.run("index", Samples.DIR.toString(), "--index", index.toString());

    assertEquals(0, again.exitCode(), again.out());
    assertTrue(
        again
            .out()
            .startsWith(
                "indexed 0, updated 0, unchanged 5, duplicate 0, failed 0; 5 reports in the index"),
        again.out());
  }

  @Test
  void aChangedFileUpdatesItsReportInPlace(@TempDir Path dir) throws Exception {
    Path copy = dir.resolve("report.txt");
    Files.copy(Samples.SUIFENHE, copy);
    Path index = dir.resolve("index");
    assertEquals(0, Cli.run("index", copy.toString(), "--index", index.toString()).exitCode());
    Files.writeString(
        copy,
        Files.readString(copy, StandardCharsets.UTF_8) + "\n补充说明：无。\n",
        StandardCharsets.UTF_8);

    Cli cli = Cli.run("index", copy.toString(), "--index", index.toString());

    assertTrue(
        cli.out()
            .startsWith(
                "indexed 0, updated 1, unchanged 0, duplicate 0, failed 0; 1 reports in the index"),
        cli.out());
  }

  @Test
  void badFilesAreNamedWithAReasonWhileTheGbkReportIsIndexed(@TempDir Path dir) throws Exception {
    Path folder = Files.createDirectories(dir.resolve("downloads"));
    String zibo = Files.readString(Samples.ZIBO, StandardCharsets.UTF_8);
    Files.write(folder.resolve("gbk-report.txt"), zibo.getBytes(Charset.forName("GBK")));
    Files.write(folder.resolve("empty.txt"), new byte[0]);
    byte[] binary = new byte[4096];
    new Random(42).nextBytes(binary);
    binary[10] = 0;
    Files.write(folder.resolve("blob.bin"), binary);
    Files.writeString(
        folder.resolve("news.txt"), "今天天气很好，我们去公园散步，看见很多人在放风筝。", StandardCharsets.UTF_8);
    try (RandomAccessFile huge = new RandomAccessFile(folder.resolve("huge.txt").toFile(), "rw")) {
      huge.setLength(100L * 1024 * 1024); // sparse: 100 MB without writing them
    }
    Path index = dir.resolve("index");

    Cli cli = Cli.run("index", folder.toString(), "--index", index.toString());

    assertEquals(1, cli.exitCode(), "some files failed: " + cli.out());
    assertTrue(
        cli.out()
            .startsWith(
                "indexed 1, updated 0, unchanged 0, duplicate 0, failed 4; 1 reports in the index"),
        cli.out());
    assertTrue(cli.out().contains("empty.txt: empty file"), cli.out());
    assertTrue(cli.out().contains("blob.bin: binary content"), cli.out());
    assertTrue(cli.out().contains("news.txt: not an annual report"), cli.out());
    assertTrue(cli.out().contains("huge.txt: too large: 100.0 MB"), cli.out());
    assertFalse(
        cli.out().contains("Exception") || cli.err().contains("Exception"),
        "no stack trace: " + cli.err());

    Cli search =
        Cli.run("search", "", "--agency", "淄博市文化和旅游局", "--index", index.toString(), "--json");
    JsonNode response = ReportJson.mapper().readTree(search.out());
    assertEquals(1, response.get("total").asInt(), search.out());
    assertEquals("淄博市文化和旅游局2023年度政府信息公开工作年度报告", response.at("/hits/0/title").asText());
  }

  @Test
  void searchingAMissingIndexSaysSoWithoutAStackTrace(@TempDir Path dir) {
    Cli cli = Cli.run("search", "抖音", "--index", dir.resolve("nothing-here").toString());

    assertEquals(1, cli.exitCode());
    assertTrue(cli.err().startsWith("nianbao search: "), cli.err());
    assertFalse(cli.err().contains("\tat "), cli.err());
  }

  @Test
  void aLimitOutOfRangeAndAQueryOfOnlyPunctuationAreUsageErrorsInTheCommandsOwnWords() {
    Cli limit = Cli.run("search", "抖音", "--limit", "-5", "--index", sampleIndex.toString());
    Cli punctuation = Cli.run("search", "\"", "--index", sampleIndex.toString());

    assertEquals(2, limit.exitCode());
    assertTrue(limit.err().contains("--limit must be between 1 and 100, got -5"), limit.err());
    assertEquals(2, punctuation.exitCode());
    assertTrue(punctuation.err().contains("has no words to search"), punctuation.err());
  }
}
