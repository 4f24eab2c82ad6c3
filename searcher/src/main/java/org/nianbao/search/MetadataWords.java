package org.nianbao.search;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.document.IntField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.nianbao.region.DivisionKind;
import org.nianbao.region.Gazetteer;
import org.nianbao.region.RegionLookup;
import org.nianbao.schema.ReportFacets;
import org.nianbao.schema.ReportFields;

/**
 * Query words that name a report's year or place, as users type them in the box (聊城 文旅 2023年):
 * such a word also matches the report's metadata, so a county bureau of 淄博市 is found for 淄博 even
 * when its text never names the city. A year is 19xx/20xx with an optional 年 or 年度; a place is
 * a name ending in a division word (市, 县, 区, 州, 盟, 旗, 省) that the gazetteer resolves to exactly
 * one division, or a bare name it resolves to a province or a prefecture (山东, 淄博). A bare county
 * name is not taken (公安 is a county in 湖北 and a word in every police report).
 */
final class MetadataWords {

  /** Weight of a metadata match, against 1 for the word in the text. */
  static final float WEIGHT = 2f;

  private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})(?:年度?)?");
  private static final Pattern DIVISION_WORD = Pattern.compile(".{2,}(省|市|县|区|州|盟|旗|自治区)");
  private static final Set<String> PROVINCES = Set.of("北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林",
      "黑龙江", "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州",
      "云南", "陕西", "甘肃", "青海", "内蒙古", "广西", "西藏", "宁夏", "新疆");

  private static final FacetsConfig FACETS = ReportFacets.config();

  private MetadataWords() {}

  /** The metadata query a unit stands for, if it names a year or a place. */
  static Optional<Query> of(String unit) {
    Matcher year = YEAR.matcher(unit);
    if (year.matches()) {
      Query q = IntField.newExactQuery(ReportFields.YEAR, Integer.parseInt(year.group(1)));
      return Optional.of(new BoostQuery(new ConstantScoreQuery(q), WEIGHT));
    }
    boolean suffixed = PROVINCES.contains(unit) || DIVISION_WORD.matcher(unit).matches();
    if (suffixed || unit.length() >= 2 && unit.codePoints().allMatch(Character::isIdeographic)) {
      if (Gazetteer.bundled().lookup(unit) instanceof RegionLookup.Found found && !found.region().path().isEmpty()
          && (suffixed || found.division().kind() == DivisionKind.PROVINCE || found.division().kind() == DivisionKind.PREFECTURE)) {
        List<String> path = found.region().path();
        String field = FACETS.getDimConfig(ReportFields.FACET_REGION).indexFieldName;
        Term term = DrillDownQuery.term(field, ReportFields.FACET_REGION, path.toArray(String[]::new));
        return Optional.of(new BoostQuery(new ConstantScoreQuery(new TermQuery(term)), WEIGHT));
      }
    }
    return Optional.empty();
  }
}
