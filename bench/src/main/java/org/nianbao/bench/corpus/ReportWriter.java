package org.nianbao.bench.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * Writes one report's text: the title line, a preamble with the boilerplate every report carries
 * (the six parts listed, the 统计期限, the contact line), six parts of topic prose, the three template
 * tables in one of the three layouts, and the signature with its date. Reports before 2019 follow
 * the 2008 outline (概述 … 收费及减免) with the old statistics table instead.
 */
final class ReportWriter {

  private static final String[] CN = {"一", "二", "三", "四", "五", "六", "七", "八"};

  private final Agency agency;
  private final int year;
  private final SplittableRandom random;
  private final ReportCounts counts;
  private final TableLayout layout;
  private final StringBuilder out = new StringBuilder(12_000);

  ReportWriter(
      Agency agency, int year, ReportCounts counts, TableLayout layout, SplittableRandom random) {
    this.agency = agency;
    this.year = year;
    this.counts = counts;
    this.layout = layout;
    this.random = random;
  }

  /**
   * 2021 template from reporting year 2021, 2019 template for 2019–2020, the 2008 outline before.
   */
  static String template(int year) {
    return year >= 2021 ? "2021" : year >= 2019 ? "2019" : "2008";
  }

  String write() {
    out.append(agency.name()).append(year).append("年政府信息公开工作年度报告\n");
    if (random.nextInt(5) == 0) {
      out.append('\n').append(publishedDate()).append("\n\n");
    }
    if (year >= 2019) {
      writeTemplateReport();
    } else {
      writeOldReport();
    }
    out.append('\n').append(agency.name()).append('\n').append(publishedDate()).append('\n');
    return out.toString();
  }

  private void writeTemplateReport() {
    boolean arabic = random.nextInt(20) == 0; // 三门峡-style 2、3、 numbering of the main headings
    boolean template2019 = year < 2021;
    preamble(
        List.of(
            "总体情况",
            "主动公开政府信息情况",
            "收到和处理政府信息公开申请情况",
            "政府信息公开行政复议、行政诉讼情况",
            "存在的主要问题及改进情况",
            "其他需要报告的事项"));
    heading(0, "总体情况", false);
    para(sentences("政务公开", 2) + sentences("十八大|十九大|二十大", 1) + sentences("业务工作", 1));
    subheading(0, "主动公开情况");
    para(
        sentences(
            "政府网站|政务新媒体|微信公众号|微博|抖音|视频号|头条号|小红书|政策解读|重点领域|双随机一公开|营商环境|疫情防控|乡村振兴|回应关切",
            5 + random.nextInt(5)));
    para(sentences("业务工作", 3 + random.nextInt(3)));
    subheading(1, "依申请公开情况");
    para(requestsSentence() + sentences("依申请公开", 1));
    subheading(2, "政府信息管理");
    para(sentences("保密审查|政府信息管理|公开目录", 2 + random.nextInt(3)));
    subheading(3, "政府信息公开平台建设");
    para(sentences("政府网站|政务新媒体|一网通办|12345热线|数据开放|政府开放日", 2 + random.nextInt(3)));
    subheading(4, "监督保障");
    para(sentences("培训|考核|回应关切|保密审查", 2 + random.nextInt(2)));
    if (random.nextBoolean()) {
      subheading(5, "工作考核、社会评议和责任追究结果情况");
      para(sentences("考核|培训", 2) + year + "年，" + agency.self() + "未发生因政府信息公开工作不到位需要进行责任追究的情况。");
    }

    boolean dropPart = counts.violations.contains(ReportCounts.Violation.R7);
    int dropped = dropPart ? 3 + random.nextInt(2) : -1; // part 四 or 五 missing
    heading(1, "主动公开政府信息情况", arabic);
    table(TemplateTables.active(counts, template2019));
    heading(2, "收到和处理政府信息公开申请情况", arabic);
    table(TemplateTables.requests(counts, template2019));
    if (dropped != 3) {
      heading(3, "政府信息公开行政复议、行政诉讼情况", arabic);
      table(TemplateTables.reviewLitigation(counts));
    }
    if (dropped != 4) {
      heading(4, "存在的主要问题及改进情况", arabic);
      problems();
    }
    heading(5, "其他需要报告的事项", arabic);
    other();
  }

  private void writeOldReport() {
    preamble(
        List.of(
            "概述",
            "主动公开政府信息情况",
            "依申请公开政府信息情况",
            "政府信息公开的收费及减免情况",
            "因政府信息公开申请行政复议、提起行政诉讼的情况",
            "政府信息公开工作存在的主要问题及改进情况",
            "其他需要报告的事项"));
    heading(0, "概述", false);
    para(sentences("政务公开", 3) + sentences("十八大|十九大|培训|考核|保密审查|政府信息管理", 4));
    heading(1, "主动公开政府信息情况", false);
    para(
        sentences(
            "政府网站|微博|微信公众号|政务新媒体|政策解读|重点领域|公开目录|脱贫攻坚|双随机一公开|12345热线|回应关切", 6 + random.nextInt(5)));
    para(sentences("业务工作", 4 + random.nextInt(3)));
    heading(2, "依申请公开政府信息情况", false);
    para(
        requestsSentence()
            + "其中，同意公开"
            + counts.outcomes[0][6]
            + "件，同意部分公开"
            + counts.outcomes[1][6]
            + "件，信息不存在"
            + counts.outcomes[10][6]
            + "件。"
            + sentences("依申请公开", 2));
    table(oldStatistics());
    heading(3, "政府信息公开的收费及减免情况", false);
    para(year + "年，" + agency.self() + "未收取政府信息公开检索、复制、邮寄等费用。");
    heading(4, "因政府信息公开申请行政复议、提起行政诉讼的情况", false);
    long reviews = counts.review[0][4];
    long suits = counts.review[1][4] + counts.review[2][4];
    para(
        reviews + suits == 0
            ? year + "年，" + agency.self() + "未发生因政府信息公开申请引起的行政复议和行政诉讼案件。"
            : year
                + "年，"
                + agency.self()
                + "发生因政府信息公开申请引起的行政复议"
                + reviews
                + "件、行政诉讼"
                + suits
                + "件。");
    heading(5, "政府信息公开工作存在的主要问题及改进情况", false);
    problems();
    heading(6, "其他需要报告的事项", false);
    para("本年度无其他需要报告的事项。");
  }

  /** The statistics table most reports before 2019 attached (指标, 单位, 统计数). */
  private List<List<String>> oldStatistics() {
    long published = 20 + random.nextInt(2000);
    List<List<String>> g = new ArrayList<>();
    g.add(List.of("统计指标", "单位", "统计数"));
    g.add(List.of("一、主动公开情况", "", ""));
    g.add(List.of("（一）主动公开政府信息数", "条", Long.toString(published)));
    g.add(List.of("其中：主动公开规范性文件数", "条", Long.toString(counts.normativeDocs[0])));
    g.add(List.of("二、回应解读情况", "", ""));
    g.add(List.of("（一）回应公众关注热点或重大舆情数", "次", Long.toString(random.nextInt(20))));
    g.add(List.of("三、依申请公开情况", "", ""));
    g.add(List.of("（一）收到申请数", "件", Long.toString(counts.newRequests[6])));
    g.add(List.of("（二）申请办结数", "件", Long.toString(counts.handledTotal[6])));
    g.add(List.of("1.按时办结数", "件", Long.toString(counts.handledTotal[6])));
    g.add(List.of("四、行政复议数量", "件", Long.toString(counts.review[0][4])));
    g.add(List.of("五、行政诉讼数量", "件", Long.toString(counts.review[1][4] + counts.review[2][4])));
    g.add(List.of("六、机构建设和保障经费情况", "", ""));
    g.add(List.of("（一）政府信息公开工作专门机构数", "个", "1"));
    g.add(List.of("（二）从事政府信息公开工作人员数", "人", Long.toString(1 + random.nextInt(5))));
    return g;
  }

  private void preamble(List<String> parts) {
    String listed =
        String.join("、", parts.subList(0, parts.size() - 1)) + "及" + parts.get(parts.size() - 1);
    StringBuilder p = new StringBuilder();
    p.append("本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）");
    if (year >= 2021) {
      p.append("和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）");
    }
    p.append("要求编制，内容包括").append(listed).append("等").append(CN[parts.size() - 1]).append("个部分。");
    p.append("本报告中所列数据的统计期限自").append(year).append("年1月1日起至").append(year).append("年12月31日止。");
    p.append("本报告电子版可在").append(siteName()).append("查阅或下载。");
    p.append("如对本报告有疑问，请与")
        .append(agency.name())
        .append("办公室联系（地址：")
        .append(address())
        .append("；电话：")
        .append(phone())
        .append("）。");
    para(p.toString());
  }

  private String requestsSentence() {
    if (counts.statedNew == 0) {
      return year + "年，" + agency.self() + "未收到政府信息公开申请。";
    }
    return year + "年，" + agency.self() + "共收到政府信息公开申请" + counts.statedNew + "件，均在法定期限内予以答复。";
  }

  private void problems() {
    List<String> problems = shuffled(Vocabulary.PROBLEMS).subList(0, 2 + random.nextInt(2));
    List<String> fixes = shuffled(Vocabulary.IMPROVEMENTS).subList(0, 2 + random.nextInt(3));
    para(year + "年，" + agency.self() + "政府信息公开工作取得一定成效，但也存在一些不足：" + String.join("", problems));
    para("下一步，" + agency.self() + "将从以下方面加以改进：" + String.join("", fixes));
  }

  private void other() {
    StringBuilder p = new StringBuilder();
    p.append(year).append("年，").append(agency.self()).append("未收取政府信息公开信息处理费。");
    if (random.nextBoolean()) {
      p.append(sentences("人大建议政协提案", 1));
    }
    p.append("本年度未发生其他需要报告的事项。");
    para(p.toString());
  }

  private void heading(int index, String title, boolean arabic) {
    out.append(arabic && index > 0 ? (index + 1) + "、" : CN[index] + "、")
        .append(title)
        .append('\n');
  }

  private void subheading(int index, String title) {
    out.append('（').append(CN[index]).append('）').append(title).append('\n');
  }

  private void para(String text) {
    out.append(text).append('\n');
  }

  private void table(List<List<String>> grid) {
    layout.render(grid, out);
  }

  /**
   * {@code count} sentences from the topics named (a|b|c) that exist in the report's year,
   * placeholders filled.
   */
  private String sentences(String topics, int count) {
    List<String> names = List.of(topics.split("\\|"));
    List<String> pool =
        Vocabulary.TOPICS.stream()
            .filter(t -> names.contains(t.name()) && t.from() <= year && year <= t.to())
            .flatMap(t -> t.sentences().stream())
            .collect(Collectors.toCollection(ArrayList::new));
    StringBuilder s = new StringBuilder();
    for (String sentence : shuffled(pool).subList(0, Math.min(count, pool.size()))) {
      s.append(fill(sentence));
    }
    return s.toString();
  }

  private String fill(String template) {
    StringBuilder s = new StringBuilder(template.length() + 32);
    int i = 0;
    while (i < template.length()) {
      int open = template.indexOf('{', i);
      if (open < 0) {
        s.append(template, i, template.length());
        break;
      }
      int close = template.indexOf('}', open);
      s.append(template, i, open);
      s.append(slot(template.substring(open + 1, close)));
      i = close + 1;
    }
    return s.toString();
  }

  private String slot(String name) {
    return switch (name) {
      case "A" -> agency.name();
      case "S" -> agency.self();
      case "Y" -> Integer.toString(year);
      case "N" -> Integer.toString(10 + random.nextInt(3000));
      case "M" -> Integer.toString(1 + random.nextInt(9));
      case "P" -> agency.shortPlace() + accountSuffix();
      case "AREA" -> agency.area();
      case "X" -> AgencyPicker.pick(agency.sector().phrases(), random);
      case "APP" ->
          agency.place() == null
              ? "国家政务服务平台"
              : Vocabulary.SERVICE_APPS.getOrDefault(agency.place().province(), "政务服务网");
      default -> throw new IllegalArgumentException("unknown placeholder {" + name + "}");
    };
  }

  private String accountSuffix() {
    return switch (agency.sector().key()) {
      case "文化和旅游" -> "文旅";
      case "教育" -> "教育";
      case "卫生健康" -> "卫健";
      case "政府" -> "发布";
      case "市场监管" -> "市场监管";
      case "公安" -> "公安";
      default -> agency.sector().key().length() >= 2 ? agency.sector().key().substring(0, 2) : "发布";
    };
  }

  private String publishedDate() {
    if (counts.violations.contains(ReportCounts.Violation.R6)) {
      return year
          + "年12月"
          + (20 + random.nextInt(10))
          + "日"; // signed before the year it reports on had ended
    }
    return (year + 1) + "年1月" + (5 + random.nextInt(26)) + "日";
  }

  private String siteName() {
    return agency.place() == null ? "中国政府网" : "“" + placeName() + "人民政府”门户网站";
  }

  private String placeName() {
    Divisions.Place p = agency.place();
    if (p.county() != null) {
      return p.written().endsWith(p.county()) ? p.written() : p.county();
    }
    return p.city() != null ? p.city() : p.province();
  }

  private String address() {
    Divisions.Place p = agency.place();
    String where =
        p == null
            ? "北京市西城区"
            : p.province()
                + (p.city() != null && !p.city().equals(p.province()) ? p.city() : "")
                + (p.county() != null ? p.county() : "")
                + (p.township() != null ? p.township() : "");
    String[] streets = {"人民路", "解放路", "建设路", "中山路", "府前街", "政府路", "文化路", "新华路"};
    return where + streets[random.nextInt(streets.length)] + (1 + random.nextInt(300)) + "号";
  }

  /**
   * No area code and no postcode: the indexer uses both to choose between places of the same name,
   * and a random one would be a false clue. The agency's written name already decides the place.
   */
  private String phone() {
    return Integer.toString(20_000_000 + random.nextInt(70_000_000));
  }

  private <T> List<T> shuffled(List<T> list) {
    List<T> copy = new ArrayList<>(list);
    for (int i = copy.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      T t = copy.get(i);
      copy.set(i, copy.get(j));
      copy.set(j, t);
    }
    return copy;
  }
}
