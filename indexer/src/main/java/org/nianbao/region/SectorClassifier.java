package org.nianbao.region;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Normalises the field an agency works in from its name without the division part (文化广电和旅游局 →
 * 文化和旅游, 人民政府 → 政府). Null when the body is not recognised.
 */
final class SectorClassifier {

  private record Rule(String sector, Pattern pattern) {}

  /** A people's government itself, its general office, or a street office. */
  private static final Pattern GOVERNMENT =
      Pattern.compile("^(?:人民)?政府(?:办公室|办公厅)?$|^(?:街道)?办事处$|^行政公署(?:办公室)?$|^(?:国务院)?办公(?:室|厅)$");

  /** "政府国资委", "人民政府办公室": a body named through its government. */
  private static final Pattern GOVERNMENT_PREFIX = Pattern.compile("^(?:人民)?政府(?=.)");

  /** First match wins: the more specific names come before the words they contain (教育和体育局 → 教育). */
  private static final List<Rule> RULES =
      List.of(
          rule("文化和旅游", "旅游|文旅|文广旅|文化广电|文化体育|文体广电|文化广播"),
          rule("卫生健康", "卫生健康|卫健|卫生和计划生育|卫生计生|卫计"),
          rule("人力资源和社会保障", "人力资源|人社"),
          rule("退役军人事务", "退役军人"),
          rule("医疗保障", "医疗保障|医保"),
          rule("市场监管", "市场监督|市场监管|市场和质量监督|工商行政管理|食品药品监督"),
          rule("自然资源", "自然资源|国土资源|规划和国土|国土"),
          rule("生态环境", "生态环境|环境保护|环保"),
          rule("住建", "住房和城乡建设|住房城乡建设|住建|城乡建设|建设局|建设委员会|建委|住房保障"),
          rule("国资", "国有资产|国资"),
          rule("交通运输", "交通"),
          rule("公安", "公安"),
          rule("投资促进", "投资促进|促进外来投资|投促|招商"),
          rule("商务", "商务"),
          rule("教育", "教育"),
          rule("体育", "体育"),
          rule("财政", "财政"),
          rule("民族宗教", "民族宗教|民族事务|宗教事务|民宗"),
          rule("民政", "民政"),
          rule("司法", "司法"),
          rule("农业农村", "农业|农村|农牧|畜牧|农委"),
          rule("林业和草原", "林业|草原|林草"),
          rule("水利", "水利|水务"),
          rule("应急管理", "应急管理|安全生产监督|安监"),
          rule("发展改革", "发展和改革|发展改革|发改"),
          rule("工业和信息化", "工业和信息化|经济和信息化|工业信息化|经济信息化|工信|经信"),
          rule("科技", "科学技术|科技"),
          rule("统计", "统计"),
          rule("审计", "审计"),
          rule("数据", "大数据|数据资源|数据局|数据管理"),
          rule("行政审批", "行政审批|政务服务"),
          rule("城市管理", "城市管理|城管|综合行政执法"),
          rule("税务", "税务"),
          rule("信访", "信访"),
          rule("档案", "档案"),
          rule("外事", "外事|外办|外国专家"),
          rule("粮食和物资储备", "粮食|物资储备"),
          rule("地方金融", "金融"),
          rule("机关事务", "机关事务"),
          rule("人防", "人民防空|人防"),
          rule("气象", "气象"),
          rule("地震", "地震"),
          rule("海关", "海关"),
          rule("乡村振兴", "乡村振兴|扶贫"),
          rule("广播电视", "广播电视|广电"),
          rule("知识产权", "知识产权"),
          rule("药品监管", "药品监督"));

  private static Rule rule(String sector, String words) {
    return new Rule(sector, Pattern.compile(words));
  }

  /** The sector of a body name with its divisions removed (文化和旅游局, 人民政府, 政府国资委). */
  String classify(String body) {
    if (body == null || body.isEmpty()) {
      return null;
    }
    if (GOVERNMENT.matcher(body).find()) {
      return "政府";
    }
    String named = GOVERNMENT_PREFIX.matcher(body).replaceFirst("");
    for (Rule rule : RULES) {
      if (rule.pattern().matcher(named).find()) {
        return rule.sector();
      }
    }
    return null;
  }

  /**
   * Every rule's words in one pattern: asked at each position of a name, so one match, not fifty.
   */
  private static final Pattern ANY_SECTOR_WORD =
      Pattern.compile(
          String.join(
              "|", RULES.stream().map(rule -> "(?:" + rule.pattern().pattern() + ")").toList()));

  /** True when a sector word starts at {@code pos}: 公安局 there is not the 公安县 short form 公安. */
  boolean sectorWordAt(String text, int pos) {
    var m = ANY_SECTOR_WORD.matcher(text);
    m.region(pos, text.length());
    return m.lookingAt();
  }
}
