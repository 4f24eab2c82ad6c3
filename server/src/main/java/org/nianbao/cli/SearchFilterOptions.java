package org.nianbao.cli;

import org.nianbao.request.SearchInput;
import org.nianbao.search.InvalidSearchRequest;
import picocli.CommandLine.Option;

/**
 * The search filters as options, shared by every command that selects reports ({@code search}; the
 * coming {@code stats} and {@code export}). Values are taken as typed: {@code
 * org.nianbao.request.SearchRequests} checks them, as it does the web's.
 */
public final class SearchFilterOptions {

  @Option(names = "--year", description = "Reporting year, e.g. 2023.")
  String year;

  @Option(
      names = "--region",
      description = "A division at any level (山东省, 淄博市, 古县), a path (山东省/淄博市) or a GB/T 2260 code.")
  String region;

  @Option(
      names = "--agency",
      description = "The publishing body exactly as indexed, e.g. 淄博市文化和旅游局.")
  String agency;

  @Option(names = "--sector", description = "Normalised field of work, e.g. 文化和旅游, 公安, 政府.")
  String sector;

  @Option(names = "--level", description = "central, province, city, county or township.")
  String level;

  @Option(
      names = "--flag",
      description =
          "Only reports violating this rule, R1 to R11 (R8–R11 are evaluated by the index, see the README).")
  String flag;

  @Option(
      names = "--where",
      paramLabel = "CONDITION",
      description =
          "A cell or rate compared with a number, e.g. 'requests.new.total>=100', 'review.total>0', "
              + "'rate.disclosure<50%%'; repeat for several (all must hold). Reports lacking the value never pass.")
  java.util.List<String> where = new java.util.ArrayList<>();

  /** The filters with the command's query, order and page: what {@code SearchRequests} parses. */
  SearchInput input(String query, String sort, String page, String size) {
    return new SearchInput(
        query, year, region, agency, sector, level, flag, sort, page, size, where);
  }

  /**
   * The option a bad value came from, as the user typed it: --limit for the size, QUERY for the
   * query.
   */
  static String optionName(InvalidSearchRequest.Parameter parameter) {
    return switch (parameter) {
      case QUERY -> "QUERY";
      case SIZE -> "--limit";
      case MEASURE -> "--measure";
      case CELL -> "--cell";
      case GROUP -> "--group";
      case TOP -> "--top";
      case LIMIT -> "--groups";
      default -> "--" + parameter.name().toLowerCase(java.util.Locale.ROOT);
    };
  }
}
