package org.nianbao.search;

import java.util.List;
import org.nianbao.model.Level;
import org.nianbao.model.Rule;

/**
 * What a user asks: the query text and the filters, one value per facet dimension (null = no
 * filter). {@code regionPath} is an already resolved division path (province, city, county), e.g.
 * [山东省, 淄博市]; the server resolves user input with the gazetteer. {@code page} is 1-based.
 *
 * <p>Query meaning: graded (see {@link MatchGrade}): reports with every word first, exact before
 * near before anywhere, then reports lacking a word; a word outside smartcn's dictionary matches
 * only as its contiguous characters (抖音 never matches where 抖 and 音 stand apart); "quoted text" is
 * an exact phrase. An empty query matches every report (browse by filters).
 *
 * <p>{@code where}: filters on table cells and rates, all of which a report must pass ({@code
 * requests.new.total >= 100}); {@code valueSort}, when not null, orders the results by a cell or a
 * rate instead of {@code sort}.
 */
public record SearchRequest(
    String query,
    Integer year,
    List<String> regionPath,
    String agency,
    String sector,
    Level level,
    Rule flag,
    int page,
    int size,
    SortOrder sort,
    List<ValueFilter> where,
    ValueSort valueSort) {

  public static final int MAX_SIZE = 100;

  /**
   * Throws {@link InvalidSearchRequest} for a page below 1, a size out of 1–{@value #MAX_SIZE}, a
   * query that cannot be searched.
   */
  public SearchRequest {
    query = query == null ? "" : query.strip();
    regionPath = regionPath == null ? List.of() : List.copyOf(regionPath);
    sort = sort == null ? SortOrder.RELEVANCE : sort;
    where = where == null ? List.of() : List.copyOf(where);
    if (page < 1) {
      throw new InvalidSearchRequest(
          InvalidSearchRequest.Parameter.PAGE, "must be 1 or more, got " + page);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new InvalidSearchRequest(
          InvalidSearchRequest.Parameter.SIZE,
          "must be between 1 and " + MAX_SIZE + ", got " + size);
    }
    UserQuery.parse(query); // its length
    if (!query.isEmpty() && query.codePoints().noneMatch(Character::isLetterOrDigit)) {
      // Only punctuation or quotes: searching nothing would list every report as if the box were
      // empty.
      throw new InvalidSearchRequest(
          InvalidSearchRequest.Parameter.QUERY,
          "has no words to search, only punctuation or quotes: \"" + query + "\"");
    }
  }

  /** A request without filters or sort on values. */
  public SearchRequest(
      String query,
      Integer year,
      List<String> regionPath,
      String agency,
      String sector,
      Level level,
      Rule flag,
      int page,
      int size,
      SortOrder sort) {
    this(query, year, regionPath, agency, sector, level, flag, page, size, sort, List.of(), null);
  }

  /** A first page of 10 by relevance for {@code query}, without filters. */
  public static SearchRequest of(String query) {
    return new SearchRequest(query, null, null, null, null, null, null, 1, 10, SortOrder.RELEVANCE);
  }

  /** The same request for another page of another size. */
  public SearchRequest withPage(int newPage, int newSize) {
    return new SearchRequest(
        query,
        year,
        regionPath,
        agency,
        sector,
        level,
        flag,
        newPage,
        newSize,
        sort,
        where,
        valueSort);
  }
}
