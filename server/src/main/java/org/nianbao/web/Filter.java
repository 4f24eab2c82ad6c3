package org.nianbao.web;

import java.util.List;
import org.nianbao.model.Level;
import org.nianbao.model.Rule;
import org.nianbao.search.SearchRequest;

/**
 * The filters of a search, each a URL parameter and a facet dimension of the same name, with the
 * Chinese name the sidebar shows, its value in a request as the URL writes it, and how a URL or
 * facet value reads on a chip.
 */
enum Filter {
  YEAR("year", "年度"),
  REGION("region", "地区"),
  AGENCY("agency", "机关"),
  SECTOR("sector", "领域"),
  LEVEL("level", "层级"),
  FLAG("flag", "勾稽问题");

  private final String key;
  private final String label;

  Filter(String key, String label) {
    this.key = key;
    this.label = label;
  }

  /** The URL parameter and the facet dimension. */
  String key() {
    return key;
  }

  /** The sidebar heading. */
  String label() {
    return label;
  }

  /**
   * The request's value for this filter as the URL and the index write it (2023, 山东省/淄博市, county,
   * R1), or null.
   */
  String value(SearchRequest request) {
    return switch (this) {
      case YEAR -> request.year() == null ? null : request.year().toString();
      case REGION -> request.regionPath().isEmpty() ? null : String.join("/", request.regionPath());
      case AGENCY -> request.agency();
      case SECTOR -> request.sector();
      case LEVEL -> request.level() == null ? null : request.level().key();
      case FLAG -> request.flag() == null ? null : request.flag().id();
    };
  }

  /** The same request without this filter. */
  SearchRequest clear(SearchRequest r) {
    return new SearchRequest(
        r.query(),
        this == YEAR ? null : r.year(),
        this == REGION ? List.of() : r.regionPath(),
        this == AGENCY ? null : r.agency(),
        this == SECTOR ? null : r.sector(),
        this == LEVEL ? null : r.level(),
        this == FLAG ? null : r.flag(),
        r.page(),
        r.size(),
        r.sort(),
        r.where(),
        r.valueSort());
  }

  /** How a value reads to a user: 2023年, 山东省 › 淄博市, 县级, R1 申请数量收支不平. */
  String display(String value) {
    return switch (this) {
      case YEAR -> value + "年";
      case REGION -> value.replace("/", " › ");
      case LEVEL -> Level.fromKey(value).label();
      case FLAG -> Rule.fromId(value).label();
      default -> value;
    };
  }
}
