package org.nianbao.bench.load;

import java.util.List;

/**
 * The fixed query mix (42 requests), the same for nianbao and the plain Lucene baseline. The words
 * come from the generator's vocabulary, so each kind hits as intended on any corpus size: rare
 * words (one sector or one province), words in every report, words smartcn does not know (it splits
 * them into single characters), filters by year, province and level, empty queries with filters,
 * and deep pages.
 */
public final class QueryMix {

  private QueryMix() {}

  public static final List<BenchQuery> QUERIES =
      List.of(
          // rare: one sector's phrase or one province's service app
          q("rare", "河长制"),
          q("rare", "林长制"),
          q("rare", "专精特新"),
          q("rare", "古树名木"),
          q("rare", "殡葬管理"),
          q("rare", "青松办"),
          q("rare", "地质灾害防治"),
          q("rare", "烈士纪念设施"),
          // everywhere: boilerplate and the words of every report
          q("common", "政府信息公开"),
          q("common", "主动公开"),
          q("common", "统计期限"),
          q("common", "年度报告"),
          q("common", "政务公开 保密审查"),
          q("common", "依申请公开"),
          // out of smartcn's vocabulary: split into characters by smartcn, matched by the bigrams
          q("oov", "抖音"),
          q("oov", "视频号"),
          q("oov", "头条号"),
          q("oov", "浙里办"),
          q("oov", "政务新媒体"),
          q("oov", "小红书"),
          q("oov", "渝快办"),
          // phrases and several words
          q("phrase", "\"先审查、后公开\""),
          q("phrase", "政务新媒体 抖音"),
          q("phrase", "12345热线 满意率"),
          q("phrase", "\"政策解读\" 一图读懂"),
          // words with filters
          new BenchQuery("filtered", "抖音", 2023, "山东省", null, null, null, 1),
          new BenchQuery("filtered", "政务新媒体", 2022, null, null, null, null, 1),
          new BenchQuery("filtered", "浙里办", null, "浙江省", null, null, null, 1),
          new BenchQuery("filtered", "河长制", null, "浙江省", null, null, null, 1),
          new BenchQuery("filtered", "主动公开", 2024, "广东省", null, null, null, 1),
          new BenchQuery("filtered", "疫情防控", 2021, null, "county", null, null, 1),
          new BenchQuery("filtered", "政府信息公开", null, null, null, "教育", null, 1),
          // empty query, filters only: a listing
          new BenchQuery("empty", "", 2023, null, null, null, null, 1),
          new BenchQuery("empty", "", null, "河南省", null, null, null, 1),
          new BenchQuery("empty", "", null, null, "township", null, null, 1),
          new BenchQuery("empty", "", null, null, null, null, "R1", 1),
          new BenchQuery("empty", "", 2024, "四川省", null, null, null, 1),
          // deep pages
          new BenchQuery("deep", "政府信息公开", null, null, null, null, null, 50),
          new BenchQuery("deep", "抖音", null, null, null, null, null, 20),
          new BenchQuery("deep", "", 2024, null, null, null, null, 100),
          new BenchQuery("deep", "保密审查", 2023, null, null, null, null, 10),
          new BenchQuery("deep", "", null, null, "county", null, null, 30));

  private static BenchQuery q(String kind, String words) {
    return new BenchQuery(kind, words, null, null, null, null, null, 1);
  }
}
