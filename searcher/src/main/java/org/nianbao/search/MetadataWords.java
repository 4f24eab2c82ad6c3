package org.nianbao.search;

import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.nianbao.model.Level;
import org.nianbao.schema.ReportFacets;
import org.nianbao.schema.ReportFields;

/**
 * Query words that name a report's year, place or level, as users type them in the box (聊城 文旅
 * 2023年, 县级 政务公开): such a word also matches the report's metadata, so a county bureau of 淄博市 is
 * found for 淄博 even when its text never names the city. A year is 19xx/20xx with an optional 年 or
 * 年度, a span of years two of them joined by - 至 到 or ~ (2020-2023: the reports of 2020 to 2023);
 * which words name a place, and which region, the {@link PlaceNames} given to the searcher says.
 */
final class MetadataWords {

  /** Weight of a metadata match, against 1 for the word in the text. */
  static final float WEIGHT = 2f;

  private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})(?:年度?)?");

  /** A span of years, as typed: 2020-2023, 2020—2023年, 2020年至2023年, 2020~2023. */
  static final Pattern YEARS =
      Pattern.compile("((?:19|20)\\d{2})(?:年度?)?\\s*[-–—~～至到]\\s*((?:19|20)\\d{2})(?:年度?)?");

  private static final FacetsConfig FACETS = ReportFacets.config();

  /**
   * Words naming a body's level as the facet labels them (省级, 市级, 县级, 乡镇) and as reports and
   * evaluators write them. Not 中央 (党中央, 中央八项规定 are topics) nor 街道 (a street is a topic too).
   */
  private static final Map<String, Level> LEVELS =
      Map.of(
          "省级", Level.PROVINCE,
          "市级", Level.CITY,
          "地市级", Level.CITY,
          "县级", Level.COUNTY,
          "县区级", Level.COUNTY,
          "区县级", Level.COUNTY,
          "区县", Level.COUNTY,
          "县区", Level.COUNTY,
          "乡镇", Level.TOWNSHIP,
          "乡镇级", Level.TOWNSHIP);

  private final PlaceNames places;

  MetadataWords(PlaceNames places) {
    this.places = places;
  }

  /** Whether the unit names a year or a span of years (2023, 2023年度, 2020-2023). */
  static boolean isYear(String unit) {
    return YEAR.matcher(unit).matches() || YEARS.matcher(unit).matches();
  }

  /**
   * How a report's text writes the unit: a year as its digits, since reports write 2022年, 2022年度
   * and 2022 alike; any other unit as it is.
   */
  static String inText(String unit) {
    Matcher year = YEAR.matcher(unit);
    return year.matches() ? year.group(1) : unit;
  }

  /** The metadata query a unit stands for, if it names a year or a place. */
  Optional<Query> of(String unit) {
    Matcher year = YEAR.matcher(unit);
    if (year.matches()) {
      Query q = IntField.newExactQuery(ReportFields.YEAR, Integer.parseInt(year.group(1)));
      return Optional.of(new BoostQuery(new ConstantScoreQuery(q), WEIGHT));
    }
    Matcher years = YEARS.matcher(unit);
    if (years.matches()) {
      int from = Integer.parseInt(years.group(1));
      int to = Integer.parseInt(years.group(2));
      Query q = IntField.newRangeQuery(ReportFields.YEAR, Math.min(from, to), Math.max(from, to));
      return Optional.of(new BoostQuery(new ConstantScoreQuery(q), WEIGHT));
    }
    Level level = LEVELS.get(unit);
    if (level != null) {
      return Optional.of(facet(ReportFields.FACET_LEVEL, level.key()));
    }
    Optional<List<String>> place = places.regionPath(unit).filter(path -> !path.isEmpty());
    if (place.isPresent()) {
      return Optional.of(facet(ReportFields.FACET_REGION, place.get().toArray(String[]::new)));
    }
    return Optional.empty();
  }

  /** The reports with this facet value, weighted as a metadata match. */
  private static Query facet(String dimension, String... path) {
    String field = FACETS.getDimConfig(dimension).indexFieldName;
    Term term = DrillDownQuery.term(field, dimension, path);
    return new BoostQuery(new ConstantScoreQuery(new TermQuery(term)), WEIGHT);
  }
}
