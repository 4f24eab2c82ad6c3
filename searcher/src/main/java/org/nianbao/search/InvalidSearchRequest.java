package org.nianbao.search;

import java.util.Objects;

/**
 * A search request that cannot be run, naming the parameter at fault so each interface can say it
 * in its own words (the web's {@code size} is the command line's {@code --limit}). The searcher
 * throws it for what it checks itself (query, page, size); whoever turns user input into a {@link
 * SearchRequest} throws it for the rest.
 */
public final class InvalidSearchRequest extends IllegalArgumentException {

  /** The parameters of a search request. */
  public enum Parameter {
    QUERY,
    YEAR,
    REGION,
    AGENCY,
    SECTOR,
    LEVEL,
    FLAG,
    SORT,
    PAGE,
    SIZE,
    /** Filters on cells and rates, statistics and exports. */
    WHERE,
    GROUP,
    MEASURE,
    RANK,
    TOP,
    LIMIT,
    CELL
  }

  private final Parameter parameter;
  private final String problem;

  public InvalidSearchRequest(Parameter parameter, String problem) {
    super(parameter.name().toLowerCase(java.util.Locale.ROOT) + " " + problem);
    this.parameter = Objects.requireNonNull(parameter, "parameter");
    this.problem = problem;
  }

  public Parameter parameter() {
    return parameter;
  }

  /** What is wrong, without the parameter's name: "must be between 1 and 100, got -5". */
  public String problem() {
    return problem;
  }
}
