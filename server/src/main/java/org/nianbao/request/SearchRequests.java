package org.nianbao.request;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.nianbao.model.Level;
import org.nianbao.model.Measure;
import org.nianbao.model.Rule;
import org.nianbao.region.Division;
import org.nianbao.region.DivisionKind;
import org.nianbao.region.Gazetteer;
import org.nianbao.region.RegionLookup;
import org.nianbao.search.InvalidSearchRequest;
import org.nianbao.search.InvalidSearchRequest.Parameter;
import org.nianbao.search.SearchRequest;
import org.nianbao.search.SortOrder;
import org.nianbao.search.UserQuery;
import org.nianbao.stats.StatsRequest;

/**
 * The one place user input becomes a {@link SearchRequest}: the command line's {@code search} and
 * the web's search page and API both parse with it, so they accept and refuse exactly the same
 * values. A value a user would type in another case is taken in any case (County, r1, YEAR_DESC); a
 * bad one is an {@link InvalidSearchRequest} naming the parameter, which each interface words in
 * its own names ({@code size} on the web is {@code --limit} on the command line). Thread-safe.
 */
public final class SearchRequests {

  public static final int DEFAULT_SIZE = 10;

  /** Deep pages cost memory (page × size top documents) and nobody reads them: stop at 1,000. */
  public static final int MAX_PAGE = 1_000;

  /**
   * A filter value longer than this names no agency, sector or place: refuse it before any lookup.
   */
  static final int MAX_FILTER_LENGTH = 200;

  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d{1,9}");

  private final Gazetteer gazetteer;

  public SearchRequests(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** A parser over the bundled gazetteer. */
  public static SearchRequests bundled() {
    return new SearchRequests(Gazetteer.bundled());
  }

  /**
   * The request the input asks for; throws {@link InvalidSearchRequest} naming the first bad value.
   */
  public SearchRequest parse(SearchInput input) {
    String query = input.query() == null ? "" : input.query().strip();
    UserQuery.parse(query); // its length first: the query is what a user looks at first
    return new SearchRequest(
        query,
        filter(Parameter.YEAR, input.year(), this::year),
        filter(Parameter.REGION, input.region(), this::region),
        filter(Parameter.AGENCY, input.agency(), Function.identity()),
        filter(Parameter.SECTOR, input.sector(), Function.identity()),
        filter(Parameter.LEVEL, input.level(), SearchRequests::level),
        filter(Parameter.FLAG, input.flag(), SearchRequests::flag),
        number(Parameter.PAGE, input.page(), 1, MAX_PAGE, 1),
        number(Parameter.SIZE, input.size(), 1, SearchRequest.MAX_SIZE, DEFAULT_SIZE),
        sort(input.sort()),
        ValueInput.where(input.where()),
        ValueInput.valueSort(input.sort()));
  }

  /**
   * The statistics the input asks for, over the search it also gives; throws {@link
   * InvalidSearchRequest}.
   */
  public StatsRequest parseStats(SearchInput search, StatsInput stats) {
    SearchRequest request = parse(search);
    return ValueInput.stats(request, stats);
  }

  /** The cells and rates an export adds as columns (the {@code cell} parameter, --cell). */
  public List<Measure> columns(List<String> keys) {
    return ValueInput.measures(Parameter.CELL, keys, List.of(), ValueInput.MAX_COLUMNS);
  }

  /**
   * The region, year and sector of a coverage question: the region as a division at any level above
   * a township (null when not given: the whole country, whose divisions are the provinces), the
   * year (null when not given), the sector (null: 政府).
   */
  public CoverageQuery parseCoverage(String region, String year, String sector) {
    Division division = filter(Parameter.REGION, region, this::division);
    if (division != null && division.kind() == DivisionKind.TOWNSHIP) {
      throw new InvalidSearchRequest(
          Parameter.REGION, division.name() + " is a township: no division is under it");
    }
    return new CoverageQuery(
        division,
        filter(Parameter.YEAR, year, this::year),
        filter(Parameter.SECTOR, sector, Function.identity()));
  }

  /** A coverage question, read: see {@link #parseCoverage}. */
  public record CoverageQuery(Division region, Integer year, String sector) {}

  private Division division(String value) {
    return switch (gazetteer.lookup(value)) {
      case RegionLookup.Found found -> found.division();
      case RegionLookup.Unknown unknown ->
          throw new InvalidSearchRequest(
              Parameter.REGION, unknown.input() + " is not a division name, path or code");
      case RegionLookup.Ambiguous ambiguous ->
          throw new InvalidSearchRequest(Parameter.REGION, ambiguous.message());
    };
  }

  /** A filter's value, stripped and checked for length, then read; null when not given. */
  static <T> T filter(Parameter parameter, String raw, Function<String, T> read) {
    String value = given(raw);
    if (value == null) {
      return null;
    }
    if (value.length() > MAX_FILTER_LENGTH) {
      throw new InvalidSearchRequest(
          parameter, "is longer than " + MAX_FILTER_LENGTH + " characters");
    }
    return read.apply(value);
  }

  private Integer year(String value) {
    if (!YEAR.matcher(value).matches()) {
      throw new InvalidSearchRequest(
          Parameter.YEAR, "must be a four-digit number such as 2023, got " + value);
    }
    return Integer.valueOf(value);
  }

  /**
   * A division at any level, a path or a code, as the gazetteer resolves it: province, city,
   * county.
   */
  private List<String> region(String value) {
    return switch (gazetteer.lookup(value)) {
      case RegionLookup.Found found when !found.region().path().isEmpty() -> found.region().path();
      case RegionLookup.Found found ->
          throw new InvalidSearchRequest(
              Parameter.REGION, value + " is not a province, city or county");
      case RegionLookup.Unknown unknown ->
          throw new InvalidSearchRequest(
              Parameter.REGION, unknown.input() + " is not a division name, path or code");
      case RegionLookup.Ambiguous ambiguous ->
          throw new InvalidSearchRequest(Parameter.REGION, ambiguous.message());
    };
  }

  private static Level level(String value) {
    for (Level level : Level.values()) {
      if (level.key().equalsIgnoreCase(value)) {
        return level;
      }
    }
    throw new InvalidSearchRequest(
        Parameter.LEVEL, "must be central, province, city, county or township, got " + value);
  }

  private static Rule flag(String value) {
    return Rule.find(value)
        .orElseThrow(
            () ->
                new InvalidSearchRequest(Parameter.FLAG, "must be one of R1 to R11, got " + value));
  }

  /**
   * The order by relevance or year; a sort on a cell or rate leaves it at relevance (see {@link
   * ValueInput#valueSort}).
   */
  private static SortOrder sort(String raw) {
    String value = given(raw);
    if (value == null) {
      return SortOrder.RELEVANCE;
    }
    return SortOrder.find(value).orElse(SortOrder.RELEVANCE);
  }

  static int number(Parameter parameter, String raw, int min, int max, int absent) {
    String value = given(raw);
    if (value == null) {
      return absent;
    }
    if (!WHOLE_NUMBER.matcher(value).matches()) {
      throw new InvalidSearchRequest(parameter, "must be a whole number, got " + value);
    }
    int number = Integer.parseInt(value);
    if (number < min || number > max) {
      throw new InvalidSearchRequest(
          parameter,
          String.format(Locale.ROOT, "must be between %d and %d, got %d", min, max, number));
    }
    return number;
  }

  static String given(String raw) {
    return raw == null || raw.isBlank() ? null : raw.strip();
  }
}
