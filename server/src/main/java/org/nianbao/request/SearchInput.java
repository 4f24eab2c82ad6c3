package org.nianbao.request;

import java.util.List;

/**
 * One search as a user gave it, every value the text typed (a URL parameter, a command-line
 * option), null or blank where not given; {@code where} holds the filters on cells and rates, each
 * as typed ({@code requests.new.total>=100}). {@link SearchRequests#parse} turns it into a {@code
 * SearchRequest} or says which value is wrong.
 */
public record SearchInput(
    String query,
    String year,
    String region,
    String agency,
    String sector,
    String level,
    String flag,
    String sort,
    String page,
    String size,
    List<String> where) {

  public SearchInput {
    where =
        where == null
            ? List.of()
            : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(where));
  }

  /** A search without filters on cells or rates. */
  public SearchInput(
      String query,
      String year,
      String region,
      String agency,
      String sector,
      String level,
      String flag,
      String sort,
      String page,
      String size) {
    this(query, year, region, agency, sector, level, flag, sort, page, size, List.of());
  }
}
