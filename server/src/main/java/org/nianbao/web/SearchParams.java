package org.nianbao.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import org.eclipse.jetty.util.Fields;
import org.nianbao.request.SearchInput;
import org.nianbao.request.SearchRequests;
import org.nianbao.search.InvalidSearchRequest;
import org.nianbao.search.SearchRequest;
import org.nianbao.search.SortOrder;

/**
 * A search as it lives in the URL: reading the parameters into a {@link SearchInput} (which {@link
 * SearchRequests} checks, as it does the command line's), and writing a parsed request back as
 * links. Filter values are in their canonical URL form (a region as its path 山东省/淄博市), so every
 * link the pages build is bookmarkable and parses back to the same search.
 */
record SearchParams(
    String query,
    Map<Filter, String> filters,
    int page,
    int size,
    SortOrder sort,
    List<String> where,
    String valueSort) {

  SearchParams {
    query = query == null ? "" : query.strip();
    EnumMap<Filter, String> copy = new EnumMap<>(Filter.class);
    copy.putAll(filters);
    filters = Collections.unmodifiableMap(copy);
    sort = sort == null ? SortOrder.RELEVANCE : sort;
    where = where == null ? List.of() : List.copyOf(where);
  }

  SearchParams(String query, Map<Filter, String> filters, int page, int size, SortOrder sort) {
    this(query, filters, page, size, sort, List.of(), null);
  }

  /** The URL state of a parsed request. */
  static SearchParams of(SearchRequest request) {
    EnumMap<Filter, String> filters = new EnumMap<>(Filter.class);
    for (Filter filter : Filter.values()) {
      String value = filter.value(request);
      if (value != null) {
        filters.put(filter, value);
      }
    }
    return new SearchParams(
        request.query(),
        filters,
        request.page(),
        request.size(),
        request.sort(),
        request.where().stream().map(Object::toString).toList(),
        request.valueSort() == null ? null : request.valueSort().toString());
  }

  /**
   * The search parameters of a URL, as typed; a parameter given twice is refused here, the rest by
   * {@link SearchRequests}.
   */
  static SearchInput input(Fields fields) throws ClientError {
    List<String> where = new java.util.ArrayList<>(fields.getValuesOrEmpty(WHERE));
    // The search page's form cannot join its three boxes without a script: where.cell, where.op and
    // where.value make one condition; sort.cell and sort.dir one order by a value.
    String value = single(fields, "where.value");
    if (value != null && !value.isBlank()) {
      where.add(
          nonNull(single(fields, "where.cell")) + nonNull(single(fields, "where.op")) + value);
    }
    String sort = single(fields, "sort");
    String sortCell = single(fields, "sort.cell");
    if (sortCell != null && !sortCell.isBlank()) {
      String direction = single(fields, "sort.dir");
      sort = sortCell + ":" + (direction == null || direction.isBlank() ? "desc" : direction);
    }
    return new SearchInput(
        single(fields, "q"),
        single(fields, Filter.YEAR.key()),
        single(fields, Filter.REGION.key()),
        single(fields, Filter.AGENCY.key()),
        single(fields, Filter.SECTOR.key()),
        single(fields, Filter.LEVEL.key()),
        single(fields, Filter.FLAG.key()),
        sort,
        single(fields, "page"),
        single(fields, "size"),
        where);
  }

  private static String nonNull(String value) {
    return value == null ? "" : value;
  }

  /** The URL parameter of the filters on cells and rates, given once per filter. */
  static final String WHERE = "where";

  /** A bad value as the client is told: under its URL parameter's name (q for the query). */
  static ClientError badRequest(InvalidSearchRequest e) {
    String name =
        e.parameter() == InvalidSearchRequest.Parameter.QUERY
            ? "q"
            : e.parameter().name().toLowerCase(Locale.ROOT);
    return ClientError.badRequest(name + " " + e.problem());
  }

  /** The value of a parameter given at most once; null when absent. */
  private static String single(Fields fields, String name) throws ClientError {
    List<String> values = fields.getValuesOrEmpty(name);
    if (values.size() > 1) {
      throw ClientError.badRequest(name + " is given " + values.size() + " times; give it once");
    }
    return values.isEmpty() ? null : values.get(0);
  }

  boolean hasFilters() {
    return !filters.isEmpty() || !where.isEmpty();
  }

  /** The same search with {@code filter} set to {@code value}, back on page 1. */
  SearchParams with(Filter filter, String value) {
    EnumMap<Filter, String> copy = new EnumMap<>(Filter.class);
    copy.putAll(filters);
    copy.put(filter, value);
    return new SearchParams(query, copy, 1, size, sort, where, valueSort);
  }

  /** The same search without {@code filter}, back on page 1. */
  SearchParams without(Filter filter) {
    EnumMap<Filter, String> copy = new EnumMap<>(Filter.class);
    copy.putAll(filters);
    copy.remove(filter);
    return new SearchParams(query, copy, 1, size, sort, where, valueSort);
  }

  /** The same search without the {@code index}th filter on a value, back on page 1. */
  SearchParams withoutWhere(int index) {
    List<String> rest = new java.util.ArrayList<>(where);
    rest.remove(index);
    return new SearchParams(query, filters, 1, size, sort, rest, valueSort);
  }

  SearchParams withoutFilters() {
    return new SearchParams(query, Map.of(), 1, size, sort, List.of(), valueSort);
  }

  SearchParams withPage(int newPage) {
    return new SearchParams(query, filters, newPage, size, sort, where, valueSort);
  }

  SearchParams withSort(SortOrder newSort) {
    return new SearchParams(query, filters, 1, size, newSort, where, null);
  }

  /** The same search ordered by a cell or rate ({@code requests.new.total:desc}). */
  SearchParams withValueSort(String newSort) {
    return new SearchParams(query, filters, 1, size, SortOrder.RELEVANCE, where, newSort);
  }

  /**
   * The search's query and filters only (no order or page): what statistics, exports and coverage
   * take.
   */
  String filterString() {
    return new SearchParams(
            query, filters, 1, SearchRequests.DEFAULT_SIZE, SortOrder.RELEVANCE, where, null)
        .queryString();
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
    where.forEach(condition -> out.add(WHERE + "=" + encode(condition)));
    if (valueSort != null) {
      out.add("sort=" + encode(valueSort));
    } else if (sort != SortOrder.RELEVANCE) {
      out.add("sort=" + sort.key());
    }
    if (size != SearchRequests.DEFAULT_SIZE) {
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
