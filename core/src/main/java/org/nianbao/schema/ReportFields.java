package org.nianbao.schema;

import java.util.List;
import org.nianbao.model.CellRef;
import org.nianbao.model.Section;

/**
 * Every field name of the index in one place, with why each is indexed the way it is. The document
 * builder and the searcher both read names from here, never from string literals.
 */
public final class ReportFields {

  private ReportFields() {}

  /**
   * Stable report id (keyword, stored): the key of updateDocument, so re-indexing never duplicates.
   */
  public static final String ID = "id";

  /** Where the report was read from (stored only, for display and the index summary). */
  public static final String SOURCE = "source";

  /**
   * Hash of the file bytes plus the parser version (keyword, stored): an unchanged file with an
   * unchanged parser is skipped on re-indexing.
   */
  public static final String CONTENT_HASH = "content_hash";

  /**
   * The report's key (year|region code|agency) and its text's SimHash: stored only, read back when
   * a run opens the index so that a different report under a key already taken gets an id of its
   * own.
   */
  public static final String REPORT_KEY = "report_key";

  public static final String FINGERPRINT = "fingerprint";

  /** The full canonical model as JSON (stored only): the report page and API read it back. */
  public static final String MODEL_JSON = "json";

  /** Title (stored only: hits and snippets read it); searched through {@link #TITLE_CJK}. */
  public static final String TITLE = "title";

  /**
   * The title's bigrams over normalised text, with offsets for the highlighter: matched and ranked
   * above the body.
   */
  public static final String TITLE_CJK = "title.cjk";

  /**
   * The report's text (stored only), one value per section in {@link #SECTIONS} order, empty
   * sections left out: the highlighter reads it and marks matches found in the two twins below.
   */
  public static final String BODY = "body";

  /**
   * The {@link Section#key()} of each {@link #BODY} value, in order, separated by spaces (stored
   * only).
   */
  public static final String BODY_SECTIONS = "body_sections";

  /**
   * The body's content twin: the same values with the template boilerplate blanked (see {@code
   * Boilerplate}), bigrams with positions and offsets. Ranking, phrase and proximity matching read
   * it; its length is what BM25 normalises by, so boilerplate does not dilute a report.
   */
  public static final String BODY_CJK = "body.cjk";

  /**
   * The body's boilerplate twin: only the blanked text, so a query still finds it, at a low weight.
   */
  public static final String BODY_BOILERPLATE_CJK = "body.bp.cjk";

  /** Every searchable field: the bigram fields, analysed with {@code ReportAnalyzers.bigrams()}. */
  public static final List<String> SEARCH_FIELDS =
      List.of(TITLE_CJK, BODY_CJK, BODY_BOILERPLATE_CJK);

  /** Fields that count as the report saying something itself: the graded tiers read only these. */
  public static final List<String> CONTENT_FIELDS = List.of(TITLE_CJK, BODY_CJK);

  /**
   * Body sections in report order: the text before the first part (often states the year, the
   * region and the agency), the six parts, all added parts' text joined (e.g. 古县's 五、全面提升政务服务 效能),
   * the three tables as one line per row with labels and numbers (see {@code TableText}).
   */
  public static final List<Section> SECTIONS =
      List.of(
          Section.PREAMBLE,
          Section.OVERVIEW,
          Section.ACTIVE,
          Section.REQUESTS,
          Section.REVIEW_LITIGATION,
          Section.PROBLEMS,
          Section.OTHER,
          Section.EXTRA,
          Section.TABLES);

  // ---- keyword fields (StringField, stored) for exact filters and display ----
  public static final String AGENCY = "agency";
  public static final String SECTOR = "sector";
  public static final String LEVEL = "level";
  public static final String REGION_CODE = "region_code";
  public static final String PUBLISHED = "published";

  /**
   * Violated rules by {@code Rule.id()}, one value per rule (keyword, multi-valued): R1–R7 as the
   * checker found them, R8–R11 as the indexer's {@code CrossYearPass} last evaluated them.
   */
  public static final String FLAG = "flag";

  /**
   * Which body the report is from across its years, {@code identity.BodyKey}'s value (StringField:
   * keyword, so one term query finds a body's years, for the cross-year pass and the report page;
   * stored, so the searcher reads a report's key to look up the others). Absent when the report's
   * place or agency is unknown: such a report is linked to no other year.
   */
  public static final String BODY_KEY = "body_key";

  /**
   * 1 while the report's cross-year rules (R8–R11) have not been evaluated since it was written, 0
   * after ({@code NumericDocValuesField}: doc values only, because they can be updated in place,
   * without rewriting the document). Every new document is written with 1; the pass that ends each
   * indexing run evaluates the bodies of every document at 1 and sets it to 0, so a run killed
   * before its pass leaves them for the next run to find.
   */
  public static final String YEARS_PENDING = "years_pending";

  /**
   * The region as a small JSON object {province, city, county, code} (stored only): a hit shows
   * where the agency sits without reading and parsing the whole {@link #MODEL_JSON}.
   */
  public static final String REGION_JSON = "region_json";

  /**
   * Reporting year (IntField: points for filters, sorted-numeric doc values for sorting with {@code
   * IntField.newSortField}; stored).
   */
  public static final String YEAR = "year";

  // ---- facet dimensions (sorted-set doc values, no sidecar taxonomy index) ----
  public static final String FACET_YEAR = "year";

  /** Hierarchical: province → city → county. */
  public static final String FACET_REGION = "region";

  public static final String FACET_AGENCY = "agency";
  public static final String FACET_SECTOR = "sector";
  public static final String FACET_LEVEL = "level";
  public static final String FACET_FLAG = "flag";

  public static final List<String> FACET_DIMS =
      List.of(FACET_YEAR, FACET_REGION, FACET_AGENCY, FACET_SECTOR, FACET_LEVEL, FACET_FLAG);

  // ---- group keys for statistics (sorted doc values only: neither indexed nor stored) ----
  /*
   * Statistics group reports by these, reading one ordinal per document per segment, never stored
   * fields. The facet field cannot serve: all dimensions share one sorted-set field ($facets), the
   * region is a hierarchy of paths in it, and a document's values would have to be decoded and told
   * apart per dimension. A single-valued SortedDocValuesField per dimension gives each document at
   * most one ordinal, which a segment maps to a group once. The year groups by YEAR's numeric doc
   * values. A report lacking the value (a central body has no province) is not in any group of that
   * dimension.
   */
  /** The province (山东省). */
  public static final String GROUP_PROVINCE = "group.province";

  /** The city as a path, since city names repeat across provinces rarely but do (山东省/淄博市). */
  public static final String GROUP_CITY = "group.city";

  /**
   * The county as a path: 朝阳区, 鼓楼区 and 城中区 name several counties (吉林省/长春市/朝阳区); a county directly
   * under its province has no city in its path (海南省/屯昌县).
   */
  public static final String GROUP_COUNTY = "group.county";

  /** The agency, unique country-wide as the model writes it (淄博市文化和旅游局). */
  public static final String GROUP_AGENCY = "group.agency";

  /** The normalised sector (文化和旅游, 政府). */
  public static final String GROUP_SECTOR = "group.sector";

  /** The level by its key (county). */
  public static final String GROUP_LEVEL = "group.level";

  /**
   * A table cell as a numeric field (LongField, or DoubleField for fees: points for range filters,
   * doc values for sorting), named by its path in the model's JSON, e.g. {@code
   * cell.requests.new.total}, {@code cell.active.fees.amount}. Cells the report does not give are
   * not indexed at all, so a range filter never mistakes a missing cell for 0.
   */
  public static String cellField(CellRef cell) {
    return "cell." + cell.path();
  }
}
