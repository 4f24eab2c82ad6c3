package org.nianbao.search;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.nianbao.document.ReportDocuments;
import org.nianbao.model.AnnualReport;
import org.nianbao.model.Applicant;
import org.nianbao.model.CheckedReport;
import org.nianbao.model.CountTable;
import org.nianbao.model.Flag;
import org.nianbao.model.Level;
import org.nianbao.model.Part;
import org.nianbao.model.Parts;
import org.nianbao.model.Region;
import org.nianbao.model.RequestRow;
import org.nianbao.model.RequestsTable;
import org.nianbao.model.Rule;
import org.nianbao.model.Tables;
import org.nianbao.schema.ReportAnalyzers;
import org.nianbao.schema.ReportFields;

/** A handful of reports built in code, and an on-disk index of them. */
final class TestReports {

  /** 淄博 2023: 抖音 and 政务新媒体 contiguous in the overview; 政务新媒体 alone in "other". */
  static final String ZIBO = "zibo2023";

  /** 聊城 东昌府区 2022: 抖 and 音 apart (抖动 … 音频); 依申请公开 in the requests part. */
  static final String DONGCHANGFU = "dcf2022";

  /** 杭州 西湖区 2023: 政务新媒体 in the title only. */
  static final String XIHU = "xihu2023";

  /** 国务院办公厅 2021: central, no region, nothing of the above. */
  static final String GUOBAN = "gb2021";

  /** In index (doc id) order. */
  static final List<String> IDS = List.of(ZIBO, DONGCHANGFU, XIHU, GUOBAN);

  private TestReports() {}

  static CheckedReport zibo() {
    Map<Part, String> main = new EnumMap<>(Part.class);
    main.put(
        Part.OVERVIEW,
        "2023年，我局坚持以公开为常态。\n全年通过政府网站发布信息312条。我局开通抖音政务号，发布政务新媒体信息200条，" + "阅读量超过十万人次。");
    main.put(Part.ACTIVE, "主动公开规范性文件3件。");
    main.put(Part.REQUESTS, "本年度共收到政府信息公开申请11件。");
    main.put(Part.REVIEW_LITIGATION, "未发生行政复议、行政诉讼。");
    main.put(Part.PROBLEMS, "公开内容不够全面。");
    main.put(Part.OTHER, "加强政务新媒体管理。");
    CountTable<RequestRow, Applicant> requests =
        CountTable.builder(RequestRow.class, Applicant.class)
            .put(RequestRow.NEW, Applicant.TOTAL, 11L)
            .build();
    return checked(
        new AnnualReport(
            "淄博市文化和旅游局2023年度政府信息公开工作年度报告",
            "淄博市文化和旅游局",
            2023,
            LocalDate.of(2024, 1, 15),
            new Region("山东省", "淄博市", null, "370300"),
            Level.CITY,
            "文化和旅游",
            new Parts("根据《中华人民共和国政府信息公开条例》编制本报告。", main, List.of()),
            new Tables(null, new RequestsTable(requests), null)),
        "R1");
  }

  static CheckedReport dongchangfu() {
    Map<Part, String> main = new EnumMap<>(Part.class);
    main.put(Part.OVERVIEW, "区政府网站全年运行平稳，未出现抖动。音频节目每周更新。");
    main.put(Part.REQUESTS, "全年办理依申请公开事项25件，均在法定期限内答复。");
    main.put(Part.PROBLEMS, "部分单位依申请公开答复不够规范。");
    return checked(
        new AnnualReport(
            "聊城市东昌府区人民政府2022年政府信息公开工作年度报告",
            "聊城市东昌府区人民政府",
            2022,
            LocalDate.of(2023, 1, 30),
            new Region("山东省", "聊城市", "东昌府区", "371502"),
            Level.COUNTY,
            "政府",
            new Parts(null, main, List.of()),
            Tables.NONE),
        "R5",
        "R1");
  }

  static CheckedReport xihu() {
    Map<Part, String> main = new EnumMap<>(Part.class);
    main.put(Part.OVERVIEW, "西湖区扎实推进政务公开，全年主动公开信息1200条。");
    main.put(Part.ACTIVE, "通过微信公众号发布信息。");
    return checked(
        new AnnualReport(
            "杭州市西湖区人民政府2023年度政府信息公开工作年度报告（政务新媒体专篇）",
            "杭州市西湖区人民政府",
            2023,
            LocalDate.of(2024, 1, 31),
            new Region("浙江省", "杭州市", "西湖区", "330106"),
            Level.COUNTY,
            "政府",
            new Parts(null, main, List.of()),
            Tables.NONE));
  }

  static CheckedReport guoban() {
    Map<Part, String> main = new EnumMap<>(Part.class);
    main.put(Part.OVERVIEW, "国务院办公厅认真贯彻落实条例。");
    return checked(
        new AnnualReport(
            "国务院办公厅2021年政府信息公开工作年度报告",
            "国务院办公厅",
            2021,
            LocalDate.of(2022, 1, 28),
            Region.NONE,
            Level.CENTRAL,
            "政府",
            new Parts(null, main, List.of()),
            Tables.NONE));
  }

  /** A 2023 report of 某机关 whose only text is {@code overview}, no tables, no flags. */
  static CheckedReport overviewOnly(String overview) {
    return ofYear(2023, Map.of(Part.OVERVIEW, overview));
  }

  /** A report of 某机关 for {@code year} with these parts' texts, no tables, no flags. */
  static CheckedReport ofYear(int year, Map<Part, String> parts) {
    return ofAgency("某机关" + year + "年政府信息公开工作年度报告", year, parts);
  }

  /** A 2023 report of 某机关 under {@code title} whose only text is {@code overview}. */
  static CheckedReport titled(String title, String overview) {
    return ofAgency(title, 2023, Map.of(Part.OVERVIEW, overview));
  }

  /** A report of 某机关 with no title and no year (a page whose year was not found). */
  static CheckedReport withoutYear(Map<Part, String> parts) {
    return ofAgency(null, null, parts);
  }

  private static CheckedReport ofAgency(String title, Integer year, Map<Part, String> parts) {
    return new CheckedReport(
        new AnnualReport(
            title,
            "某机关",
            year,
            null,
            null,
            null,
            null,
            new Parts(null, parts, List.of()),
            Tables.NONE),
        List.of());
  }

  /** Writes {@code reports} (id, report) into a fresh index at {@code dir}, in their order. */
  static void write(Path dir, List<Map.Entry<String, CheckedReport>> reports) throws IOException {
    try (FSDirectory directory = FSDirectory.open(dir);
        IndexWriter writer =
            new IndexWriter(directory, new IndexWriterConfig(ReportAnalyzers.perField()))) {
      for (Map.Entry<String, CheckedReport> report : reports) {
        writer.addDocument(
            ReportDocuments.toDocument(report.getKey(), report.getValue(), null, null));
      }
    }
  }

  static List<CheckedReport> all() {
    return List.of(zibo(), dongchangfu(), xihu(), guoban());
  }

  /** Writes the four reports into a fresh index at {@code dir}. */
  static void index(Path dir) throws IOException {
    try (FSDirectory directory = FSDirectory.open(dir);
        IndexWriter writer =
            new IndexWriter(directory, new IndexWriterConfig(ReportAnalyzers.perField()))) {
      List<CheckedReport> reports = all();
      for (int i = 0; i < reports.size(); i++) {
        String id = IDS.get(i);
        writer.updateDocument(
            new Term(ReportFields.ID, id),
            ReportDocuments.toDocument(
                id, reports.get(i), "/reports/" + id + ".docx", "hash-" + id));
      }
    }
  }

  private static CheckedReport checked(AnnualReport report, String... rules) {
    return new CheckedReport(
        report,
        java.util.Arrays.stream(rules)
            .map(r -> new Flag(Rule.fromId(r), r + " violated"))
            .toList());
  }
}
