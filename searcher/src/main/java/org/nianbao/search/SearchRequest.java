package org.nianbao.search;

import java.util.List;

/**
 * What a user asks: the query text and the filters, one value per facet dimension (null = no
 * filter). {@code regionPath} is an already resolved division path (province, city, county), e.g.
 * [山东省, 淄博市]; callers resolve user input with {@code Gazetteer.lookup}. {@code page} is
 * 1-based.
 *
 * <p>Query meaning: graded (see {@link MatchGrade}): reports with every word first, exact before near
 * before anywhere, then reports lacking a word; a word outside smartcn's dictionary matches only as
 * its contiguous characters (抖音 never matches where 抖 and 音 stand apart); "quoted text" is an
 * exact phrase. An empty query matches every report (browse by filters).
 */
public record SearchRequest(
    String query,
    Integer year,
    List<String> regionPath,
    String agency,
    String sector,
    String level,
    String flag,
    int page,
    int size,
    SortOrder sort) {

  public static final int MAX_SIZE = 100;
  public static final int MAX_QUERY_LENGTH = 500;

  public SearchRequest {
    query = query == null ? "" : query.strip();
    regionPath = regionPath == null ? List.of() : List.copyOf(regionPath);
    sort = sort == null ? SortOrder.RELEVANCE : sort;
    if (page < 1) {
      throw new InvalidSearchRequest(InvalidSearchRequest.Parameter.PAGE, "must be 1 or more, got " + page);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new InvalidSearchRequest(InvalidSearchRequest.Parameter.SIZE, "must be between 1 and " + MAX_SIZE + ", got " + size);
    }
    checkQuery(query);
  }

  /** Throws when the query text cannot be searched: too long, or words without a letter or digit. */
  public static void checkQuery(String query) {
    String text = query == null ? "" : query.strip();
    if (text.length() > MAX_QUERY_LENGTH) {
      throw new InvalidSearchRequest(InvalidSearchRequest.Parameter.QUERY, "is longer than " + MAX_QUERY_LENGTH + " characters");
    }
    if (!text.isEmpty() && text.codePoints().noneMatch(Character::isLetterOrDigit)) {
      // Only punctuation or quotes: searching nothing would list every report as if the box were empty.
      throw new InvalidSearchRequest(InvalidSearchRequest.Parameter.QUERY,
          "has no words to search, only punctuation or quotes: \"" + text + "\"");
    }
  }

  /** A first page of 10 by relevance for {@code query}, without filters. */
  public static SearchRequest of(String query) {
    return new SearchRequest(query, null, null, null, null, null, null, 1, 10, SortOrder.RELEVANCE);
  }
}
