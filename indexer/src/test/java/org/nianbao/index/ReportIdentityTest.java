package org.nianbao.index;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.pipeline.ReportPipeline;

/**
 * Two different reports never share an id; the same report keeps its id, whatever file it comes in.
 */
class ReportIdentityTest {

  @TempDir Path dir;

  /** A report that never names its body or place (我局): its identity rests on its text. */
  private static String unnamed(String topic, int items) {
    return String.join(
        "\n",
        "2023年度政府信息公开工作年度报告",
        "根据《中华人民共和国政府信息公开条例》规定，特向社会公布2023年度我局信息公开年度报告。本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。",
        "一、总体情况",
        "2023年，我局围绕"
            + topic
            + "工作，主动公开政府信息"
            + items
            + "条，及时发布"
            + topic
            + "相关政策文件和工作动态，"
            + "通过门户网站和政务新媒体回应群众关切，"
            + topic
            + "领域的信息公开质量进一步提升。",
        "二、主动公开政府信息情况",
        "我局按照" + topic + "领域政务公开标准目录，公开" + topic + "事项清单、办事指南和执法信息。",
        "");
  }

  private IndexSummary index(Path indexDir, Path... files) throws IOException {
    try (ReportIndexer indexer = ReportIndexer.open(indexDir, ReportPipeline.bundled())) {
      return indexer.index(List.of(files), (done, total, outcome) -> {});
    }
  }

  private static FileOutcome outcome(IndexSummary summary, String name) {
    return summary.outcomes().stream()
        .filter(o -> o.path().getFileName().toString().equals(name))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void threeDifferentReportsWithoutAKnownBodyAreThreeDocumentsAndReindexingUpdatesThem()
      throws IOException {
    Path a = Files.writeString(dir.resolve("a.txt"), unnamed("水利工程建设", 52), StandardCharsets.UTF_8);
    Path b =
        Files.writeString(dir.resolve("b.txt"), unnamed("义务教育招生入学", 133), StandardCharsets.UTF_8);
    Path c =
        Files.writeString(dir.resolve("c.txt"), unnamed("食品药品安全监管", 87), StandardCharsets.UTF_8);
    Path indexDir = dir.resolve("index");

    IndexSummary first = index(indexDir, a, b, c);
    IndexSummary again = index(indexDir, a, b, c);
    Files.writeString(
        b,
        unnamed("义务教育招生入学", 133) + "三、收到和处理政府信息公开申请情况\n2023年，我局未收到政府信息公开申请。\n",
        StandardCharsets.UTF_8);
    IndexSummary edited = index(indexDir, a, b, c);

    assertAll(
        () -> assertEquals(3, first.count(FileOutcome.Status.INDEXED), first.outcomes().toString()),
        () -> assertEquals(3, first.reportsInIndex()),
        () -> assertEquals(3, first.keyedOnText().size(), "each names no body: keyed on its text"),
        () -> assertEquals(3, first.outcomes().stream().map(FileOutcome::id).distinct().count()),
        () ->
            assertEquals(3, again.count(FileOutcome.Status.UNCHANGED), again.outcomes().toString()),
        () -> assertEquals(3, again.reportsInIndex()),
        () ->
            assertEquals(1, edited.count(FileOutcome.Status.UPDATED), edited.outcomes().toString()),
        () ->
            assertEquals(
                first.outcomes().get(1).id(),
                edited.outcomes().get(1).id(),
                "the edited report keeps its id"),
        () -> assertEquals(3, edited.reportsInIndex()));
  }

  @Test
  void theSameReportTwiceInOneRunIsIndexedOnceAndADifferentOneUnderATakenKeyIsNot()
      throws IOException {
    String report =
        String.join(
            "\n",
            "淄博市文化和旅游局2023年度政府信息公开工作年度报告",
            "本年度报告中所列数据的统计期限自2023年1月1日起，至2023年12月31日止。",
            "一、总体情况",
            "2023年，淄博市文化和旅游局继续加大政府信息公开工作力度，主动公开信息6101条，配发解读材料4件。",
            "");
    // The same text saved twice (a re-download, with a page number and other line breaks).
    Path original = Files.writeString(dir.resolve("report.txt"), report, StandardCharsets.UTF_8);
    Path copy =
        Files.writeString(
            dir.resolve("report (1).txt"),
            report.replace("，主动", "，\n主动") + "— 1 —\n",
            StandardCharsets.UTF_8);
    // Another report that reads as the same body and year (a careless title), with other prose.
    Path other =
        Files.writeString(
            dir.resolve("other.txt"),
            String.join(
                "\n",
                "淄博市文化和旅游局2023年度政府信息公开工作年度报告",
                "一、总体情况",
                "2023年，全市文物保护单位新增12处，博物馆接待观众突破300万人次，非遗保护名录扩充至二百余项，景区服务质量评价体系全面建立。",
                ""),
            StandardCharsets.UTF_8);

    IndexSummary summary = index(dir.resolve("index"), original, copy, other);
    // Files are taken in name order: other.txt, report (1).txt, report.txt.
    FileOutcome first = outcome(summary, "other.txt");
    FileOutcome second = outcome(summary, "report (1).txt");
    FileOutcome third = outcome(summary, "report.txt");

    assertAll(
        () ->
            assertEquals(FileOutcome.Status.INDEXED, first.status(), summary.outcomes().toString()),
        () ->
            assertEquals(
                FileOutcome.Status.INDEXED,
                second.status(),
                "another report under the same key: its own id"),
        () -> assertTrue(!first.id().equals(second.id())),
        () ->
            assertEquals(
                FileOutcome.Status.DUPLICATE, third.status(), "the re-download is the same report"),
        () -> assertEquals(second.id(), third.id()),
        () -> assertEquals(2, summary.reportsInIndex()));
  }
}
