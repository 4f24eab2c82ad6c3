package org.nianbao.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.eclipse.jetty.util.Fields;
import org.nianbao.model.Level;
import org.nianbao.region.Gazetteer;
import org.nianbao.region.RegionLookup;
import org.nianbao.search.InvalidSearchRequest;
import org.nianbao.search.SearchRequest;
import org.nianbao.search.SortOrder;

/**
 * The whole state of a search as it lives in the URL (q, the six filters, page, size, sort),
 * validated. Filter values are kept in their canonical URL form (a region as its resolved path
 * 山东省/淄博市), so every link the pages build from it is bookmarkable and parses back the same.
 */
record SearchParams(String query, Map<Filter, String> filters, int page, int size, SortOrder sort) {

  static final int DEFAULT_SIZE = 10;
  /** Deep pages cost memory (page × size top documents) and nobody reads them: stop at 1,000. */
  static final int MAX_PAGE = 1_000;
  private static final int MAX_FILTER_LENGTH = 200;

  SearchParams {
    query = query == null ? "" : query.strip();
    EnumMap<Filter, String> copy = new EnumMap<>(Filter.class);
    copy.putAll(filters);
    filters = Collections.unmodifiableMap(copy);
    sort = sort == null ? SortOrder.RELEVANCE : sort;
  }

  static SearchParams parse(Fields fields, Gazetteer gazetteer) throws ClientError {
    String query = single(fields, "q");
    try {
      SearchRequest.checkQuery(query);
    } catch (InvalidSearchRequest e) {
      throw ClientError.badRequest("q " + e.problem());
    }
    EnumMap<Filter, String> filters = new EnumMap<>(Filter.class);
    for (Filter filter : Filter.values()) {
      String value = single(fields, filter.key());
      if (value == null) {
        continue;
      }
      if (value.length() > MAX_FILTER_LENGTH) {
        throw ClientError.badRequest(filter.key() + " is longer than " + MAX_FILTER_LENGTH + " characters");
      }
      filters.put(filter, canonical(filter, value, gazetteer));
    }
    int page = integer(fields, "page", 1);
    if (page < 1 || page > MAX_PAGE) {
      throw ClientError.badRequest("page must be between 1 and " + MAX_PAGE + ", got " + page);
    }
    int size = integer(fields, "size", DEFAULT_SIZE);
    if (size < 1 || size > SearchRequest.MAX_SIZE) {
      throw ClientError.badRequest("size must be between 1 and " + SearchRequest.MAX_SIZE + ", got " + size);
    }
    String sortKey = single(fields, "sort");
    SortOrder sort;
    try {
      sort = sortKey == null ? SortOrder.RELEVANCE : SortOrder.fromKey(sortKey);
    } catch (IllegalArgumentException e) {
      throw ClientError.badRequest(e.getMessage());
    }
    return new SearchParams(query, filters, page, size, sort);
  }

  private static String canonical(Filter filter, String value, Gazetteer gazetteer) throws ClientError {
    switch (filter) {
      case YEAR -> {
        if (!value.matches("\\d{4}")) {
          throw ClientError.badRequest("year must be a four-digit number such as 2023, got " + value);
        }
        return value;
      }
      case REGION -> {
        RegionLookup lookup = gazetteer.lookup(value);
        return switch (lookup) {
          case RegionLookup.Found found -> {
            List<String> path = found.region().path();
            if (path.isEmpty()) {
              throw ClientError.badRequest("region " + value + " is not a province, city or county");
            }
            yield String.join("/", path);
          }
          case RegionLookup.Unknown unknown -> throw ClientError.badRequest(unknown.message());
          case RegionLookup.Ambiguous ambiguous -> throw ClientError.badRequest(ambiguous.message());
        };
      }
      case LEVEL -> {
        try {
          return Level.fromKey(value).key();
        } catch (IllegalArgumentException e) {
          throw ClientError.badRequest(e.getMessage());
        }
      }
      case FLAG -> {
        String rule = value.toUpperCase(java.util.Locale.ROOT);
        if (!FlagRules.isRule(rule)) {
          throw ClientError.badRequest("flag must be one of R1 to R7, got " + value);
        }
        return rule;
      }
      default -> {
        return value;
      }
    }
  }

  /** The value of a parameter given at most once; null when absent or empty. */
  private static String single(Fields fields, String name) throws ClientError {
    List<String> values = fields.getValuesOrEmpty(name);
    if (values.size() > 1) {
      throw ClientError.badRequest(name + " is given " + values.size() + " times; give it once");
    }
    if (values.isEmpty() || values.get(0).isBlank()) {
      return null;
    }
    return values.get(0).strip();
  }

  private static int integer(Fields fields, String name, int absent) throws ClientError {
    String value = single(fields, name);
    if (value == null) {
      return absent;
    }
    if (!value.matches("-?\\d{1,9}")) {
      throw ClientError.badRequest(name + " must be a whole number, got " + value);
    }
    return Integer.parseInt(value);
  }

  SearchRequest toRequest() {
    String year = filters.get(Filter.YEAR);
    String region = filters.get(Filter.REGION);
    return new SearchRequest(
        query,
        year == null ? null : Integer.valueOf(year),
        region == null ? List.of() : List.of(region.split("/")),
        filters.get(Filter.AGENCY),
        filters.get(Filter.SECTOR),
        filters.get(Filter.LEVEL),
        filters.get(Filter.FLAG),
        page,
        size,
        sort);
  }

  boolean hasFilters() {
    return !filters.isEmpty();
  }

  /** The same search with {@code filter} set to {@code value}, back on page 1. */
  SearchParams with(Filter filter, String value) {
    EnumMap<Filter, String> copy = new EnumMap<>(Filter.class);
    copy.putAll(filters);
    copy.put(filter, value);
    return new SearchParams(query, copy, 1, size, sort);
  }

  /** The same search without {@code filter}, back on page 1. */
  SearchParams without(Filter filter) {
    EnumMap<Filter, String> copy = new EnumMap<>(Filter.class);
    copy.putAll(filters);
    copy.remove(filter);
    return new SearchParams(query, copy, 1, size, sort);
  }

  SearchParams withoutFilters() {
    return new SearchParams(query, Map.of(), 1, size, sort);
  }

  SearchParams withPage(int newPage) {
    return new SearchParams(query, filters, newPage, size, sort);
  }

  SearchParams withSort(SortOrder newSort) {
    return new SearchParams(query, filters, 1, size, newSort);
  }

  /** The URL of this search's page, defaults left out. */
  String url() {
    String qs = queryString();
    return qs.isEmpty() ? "/" : "/?" + qs;
  }

  String queryString() {
    StringJoiner out = new StringJoiner("&");
    if (!query.isEmpty()) {
      out.add("q=" + encode(query));
    }
    filters.forEach((filter, value) -> out.add(filter.key() + "=" + encode(value)));
    if (sort != SortOrder.RELEVANCE) {
      out.add("sort=" + sort.key());
    }
    if (size != DEFAULT_SIZE) {
      out.add("size=" + size);
    }
    if (page != 1) {
      out.add("page=" + page);
    }
    return out.toString();
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
