package org.nianbao.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.nianbao.index.IndexSummary;
import org.nianbao.index.ProgressListener;
import org.nianbao.index.ReportIndexer;
import org.nianbao.json.ReportJson;
import org.nianbao.pipeline.ReportPipeline;

/**
 * A server over an index the real indexer builds from the two real 洪泽区 PDFs (2023, 2024) and three
 * 淄博市 water reports: 2022 and 2023 by 淄博市水利局 (the 2023 text mostly 2022's, the indexer's {@code
 * CrossYearPassTest} fixture) and 2024 by the same body renamed 淄博市水务局.
 */
final class YearsIndex {

  private static final Path PDFS = Path.of("..", "corpus", "dev", "pdf");
  private static final Path COPIED =
      Path.of("..", "indexer", "src", "test", "resources", "org", "nianbao", "years");

  private YearsIndex() {}

  static RunningServer serve() throws Exception {
    Path work = Files.createTempDirectory("nianbao-years");
    Path files = Files.createDirectories(work.resolve("files"));
    Files.copy(PDFS.resolve("hongze-2023.pdf"), files.resolve("hongze-2023.pdf"));
    Files.copy(PDFS.resolve("hongze-2024.pdf"), files.resolve("hongze-2024.pdf"));
    Files.copy(COPIED.resolve("shuili-2022.txt"), files.resolve("shuili-2022.txt"));
    Files.copy(COPIED.resolve("shuili-2023.txt"), files.resolve("shuili-2023.txt"));
    Files.writeString(
        files.resolve("shuiwu-2024.txt"),
        renamed2024(Files.readString(COPIED.resolve("shuili-2023.txt"), StandardCharsets.UTF_8)),
        StandardCharsets.UTF_8);
    Path indexDir = work.resolve("index");
    int indexed;
    try (ReportIndexer indexer = ReportIndexer.open(indexDir, ReportPipeline.bundled())) {
      IndexSummary summary = indexer.index(List.of(files), ProgressListener.NONE);
      assertTrue(summary.allSucceeded(), summary.failures().toString());
      indexed = summary.reportsInIndex();
    }
    SampleIndex.deleteTree(files);
    assertEquals(5, indexed);
    return RunningServer.over(indexDir, indexed);
  }

  /** Report ids by body and year: 水利2022, 水利2023, 水务2024, 洪泽2023, 洪泽2024. */
  static Map<String, String> ids(RunningServer web) throws Exception {
    HttpResponse<String> response = web.get("/api/v1/search?q=&size=10&sort=year_asc");
    assertEquals(200, response.statusCode(), response.body());
    Map<String, String> ids = new TreeMap<>();
    for (JsonNode hit : ReportJson.mapper().readTree(response.body()).path("hits")) {
      String agency = hit.path("agency").asText();
      String body = agency.contains("洪泽") ? "洪泽" : agency.contains("水务") ? "水务" : "水利";
      ids.put(body + hit.path("year").asInt(), hit.path("id").asText());
    }
    assertEquals(
        List.of("水利2022", "水利2023", "水务2024", "洪泽2023", "洪泽2024"), List.copyOf(ids.keySet()));
    return ids;
  }

  /**
   * 淄博市水利局 renamed 淄博市水务局 for 2024: the 2023 report's tables (documents in force 12 + 1 made = 13),
   * a text of its own, dated.
   */
  private static String renamed2024(String text2023) {
    String overview =
        String.join(
            "\n",
            "2024年，市水务局以数字孪生流域建设为抓手，推动水务数据向社会开放。",
            "全年在门户网站发布城市供水水质公告十二期，公开污水处理厂运行数据四十八组。",
            "围绕农村饮水安全巩固提升工程，逐村公示工程进度和资金使用情况。",
            "开设节水型社会建设专栏，发布节水政策解读和典型案例二十余篇。",
            "举办水务开放日活动四次，邀请市民走进水厂和污水处理厂。");
    String body =
        text2023
            .replace("淄博市水利局", "淄博市水务局")
            .replace("2023年", "2024年")
            .replace("2024年1月18日", "2025年1月16日")
            .replace("行政规范性文件\t1\t0\t12", "行政规范性文件\t1\t0\t13")
            .replace(
                "新建成水利工程信息公开数据库，公开工程项目四十二个，下一步将继续完善数据更新机制。",
                "水务信息公开的深度和解读的针对性仍有不足，下一步将加强与群众的互动交流。");
    int from = body.indexOf("一、总体情况\n") + "一、总体情况\n".length();
    int to = body.indexOf("二、主动公开政府信息情况");
    return body.substring(0, from) + overview + "\n" + body.substring(to);
  }
}
