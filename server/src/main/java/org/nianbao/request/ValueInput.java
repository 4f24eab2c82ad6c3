package org.nianbao.request;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.nianbao.model.Applicant;
import org.nianbao.model.CellRef;
import org.nianbao.model.Measure;
import org.nianbao.model.Rate;
import org.nianbao.model.RequestRow;
import org.nianbao.search.Comparison;
import org.nianbao.search.InvalidSearchRequest;
import org.nianbao.search.InvalidSearchRequest.Parameter;
import org.nianbao.search.SearchRequest;
import org.nianbao.search.SortOrder;
import org.nianbao.search.ValueFilter;
import org.nianbao.search.ValueSort;
import org.nianbao.stats.GroupBy;
import org.nianbao.stats.StatsRequest;

/**
 * Reading the values that name cells and rates, for {@link SearchRequests}: filters ({@code
 * requests.new.total>=100}), a sort ({@code rate.disclosure:asc}), the measures, grouping and
 * ranking of statistics, the columns of an export. Each bad value is an {@link
 * InvalidSearchRequest} naming its parameter.
 */
final class ValueInput {

  static final int MAX_WHERE = 10;
  static final int MAX_COLUMNS = 40;
  static final int DEFAULT_TOP = 10;
  static final int DEFAULT_GROUPS = 100;

  /**
   * What statistics show when no measure is asked for: requests received and handled, and the four
   * rates.
   */
  static final List<Measure> DEFAULT_MEASURES =
      List.of(
          CellRef.of(RequestRow.NEW, Applicant.TOTAL),
          CellRef.of(RequestRow.HANDLED_TOTAL, Applicant.TOTAL),
          Rate.DISCLOSURE,
          Rate.DENIAL,
          Rate.REVIEW_CORRECTED,
          Rate.LITIGATION_CORRECTED);

  private static final Pattern CONDITION =
      Pattern.compile("(.*?)\\s*(>=|<=|!=|>|<|=)\\s*(.*)", Pattern.DOTALL);
  private static final Pattern NUMBER = Pattern.compile("-?\\d{1,15}(\\.\\d{1,6})?(%?)");
  private static final String MEASURE_HELP =
      "write a cell as its path in the JSON (requests.new.total, "
          + "review_litigation.review.total, or without the table: review.total) or a rate ("
          + String.join(", ", Rate.keys())
          + ", or by name: "
          + String.join(", ", Stream.of(Rate.values()).map(Rate::label).toList())
          + ")";

  private ValueInput() {}

  static List<ValueFilter> where(List<String> raw) {
    List<ValueFilter> filters = new ArrayList<>();
    for (String typed : raw) {
      String value = SearchRequests.given(typed);
      if (value == null) {
        continue;
      }
      if (value.length() > SearchRequests.MAX_FILTER_LENGTH) {
        throw new InvalidSearchRequest(
            Parameter.WHERE, "is longer than " + SearchRequests.MAX_FILTER_LENGTH + " characters");
      }
      filters.add(condition(value));
    }
    if (filters.size() > MAX_WHERE) {
      throw new InvalidSearchRequest(
          Parameter.WHERE, "is given " + filters.size() + " times; at most " + MAX_WHERE);
    }
    return filters;
  }

  private static ValueFilter condition(String value) {
    Matcher m = CONDITION.matcher(value);
    if (!m.matches() || m.group(1).isBlank()) {
      throw new InvalidSearchRequest(
          Parameter.WHERE,
          "must be a cell or rate, a comparison (>=, >, <=, <, =, !=) and a number, "
              + "such as requests.new.total>=100, got "
              + value);
    }
    Measure measure = measure(Parameter.WHERE, m.group(1));
    Matcher number = NUMBER.matcher(m.group(3).strip());
    if (!number.matches()) {
      throw new InvalidSearchRequest(
          Parameter.WHERE, "must compare with a number (100, 0.5 or 50%), got " + value);
    }
    String digits = number.group().replace("%", "");
    BigDecimal bound = new BigDecimal(digits);
    if (!number.group(2).isEmpty()) {
      bound = bound.movePointLeft(2);
    }
    return new ValueFilter(measure, Comparison.find(m.group(2)).orElseThrow(), bound);
  }

  /** The sort on a cell or rate the value asks for; null for relevance, year or nothing. */
  static ValueSort valueSort(String raw) {
    String value = SearchRequests.given(raw);
    if (value == null || SortOrder.find(value).isPresent()) {
      return null;
    }
    String problem =
        "must be relevance, year_desc, year_asc or a cell or rate with :desc or :asc "
            + "(requests.new.total:desc), got "
            + value;
    if (value.length() > SearchRequests.MAX_FILTER_LENGTH) {
      throw new InvalidSearchRequest(
          Parameter.SORT, problem.substring(0, problem.indexOf(", got")));
    }
    int colon = value.lastIndexOf(':');
    String key = colon < 0 ? value : value.substring(0, colon);
    String direction =
        colon < 0 ? "desc" : value.substring(colon + 1).strip().toLowerCase(Locale.ROOT);
    if (!direction.equals("desc") && !direction.equals("asc")) {
      throw new InvalidSearchRequest(Parameter.SORT, problem);
    }
    Measure measure;
    try {
      measure = Measure.parse(key);
    } catch (IllegalArgumentException e) {
      throw new InvalidSearchRequest(Parameter.SORT, problem);
    }
    return new ValueSort(measure, direction.equals("desc"));
  }

  static Measure measure(Parameter parameter, String key) {
    try {
      return Measure.parse(key);
    } catch (IllegalArgumentException e) {
      throw new InvalidSearchRequest(
          parameter, key.strip() + " is not a table cell or rate: " + MEASURE_HELP);
    }
  }

  /** The measures typed, duplicates dropped; {@code absent} when none is given. */
  static List<Measure> measures(
      Parameter parameter, List<String> keys, List<Measure> absent, int max) {
    LinkedHashSet<Measure> measures = new LinkedHashSet<>();
    for (String typed : keys) {
      String value = SearchRequests.given(typed);
      if (value == null) {
        continue;
      }
      // One parameter may list several, comma-separated: measure=rate.disclosure,rate.denial.
      for (String key : value.split("\\s*[,，]\\s*")) {
        if (!key.isBlank()) {
          if (key.length() > SearchRequests.MAX_FILTER_LENGTH) {
            throw new InvalidSearchRequest(
                parameter, "is longer than " + SearchRequests.MAX_FILTER_LENGTH + " characters");
          }
          measures.add(measure(parameter, key));
        }
      }
    }
    if (measures.size() > max) {
      throw new InvalidSearchRequest(
          parameter, "names " + measures.size() + " cells or rates; at most " + max);
    }
    return measures.isEmpty() ? absent : List.copyOf(measures);
  }

  static StatsRequest stats(SearchRequest search, StatsInput input) {
    GroupBy group =
        SearchRequests.filter(
            Parameter.GROUP,
            input.group(),
            value ->
                GroupBy.find(value)
                    .orElseThrow(
                        () ->
                            new InvalidSearchRequest(
                                Parameter.GROUP,
                                "must be year, province, city, county, agency, sector, level or none, got "
                                    + value)));
    List<Measure> measures =
        measures(Parameter.MEASURE, input.measures(), DEFAULT_MEASURES, StatsRequest.MAX_MEASURES);
    Measure rank =
        SearchRequests.filter(
            Parameter.RANK, input.rank(), value -> measure(Parameter.RANK, value));
    int top =
        SearchRequests.number(Parameter.TOP, input.top(), 0, StatsRequest.MAX_TOP, DEFAULT_TOP);
    int limit =
        SearchRequests.number(
            Parameter.LIMIT, input.limit(), 1, StatsRequest.MAX_GROUPS, DEFAULT_GROUPS);
    return new StatsRequest(
        search, group == null ? GroupBy.YEAR : group, measures, rank, top, limit);
  }
}
