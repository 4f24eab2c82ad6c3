package org.nianbao.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.nianbao.model.CellRef;
import org.nianbao.schema.ReportAnalyzers;
import org.nianbao.schema.ReportFields;

/**
 * The mapping in the repo says what {@link ReportFields} says: a field added to the schema without
 * the mapping, or a field left in the mapping after the schema dropped it, fails here.
 */
class MappingCoversSchemaTest {

  /**
   * Schema fields the OpenSearch index does without, each for a reason. years_pending marks
   * documents whose cross-year rules (R8–R11) are still to be evaluated, updated in place as a doc
   * value: before a document is sent to OpenSearch the indexer has already evaluated them
   * (docs/scale.md), so nothing is pending.
   */
  private static final Set<String> NOT_MAPPED = Set.of(ReportFields.YEARS_PENDING);

  private final Map<String, Map<String, Object>> mapped = IndexDefinition.load().fields();

  @Test
  void everySchemaFieldIsMappedAndNothingElse() throws IllegalAccessException {
    Set<String> expected = new TreeSet<>(schemaFieldNames());
    expected.removeAll(NOT_MAPPED);
    CellRef.all().forEach(cell -> expected.add(ReportFields.cellField(cell)));
    // A sanity bound so that a reflection mistake cannot make both sides empty: 200 cells and ~30
    // others.
    assertTrue(expected.size() > 200, () -> "too few schema fields found: " + expected);
    Set<String> missing = new TreeSet<>(expected);
    missing.removeAll(mapped.keySet());
    Set<String> extra = new TreeSet<>(mapped.keySet());
    extra.removeAll(expected);
    assertEquals(Set.of(), missing, "in ReportFields, not in nianbao-index.json");
    assertEquals(Set.of(), extra, "in nianbao-index.json, not in ReportFields");
  }

  @Test
  void searchFieldsAreBigramsWithOffsetsTheSectionGapAndTheSimilarity() {
    for (String field : ReportFields.SEARCH_FIELDS) {
      Map<String, Object> mapping = mapped.get(field);
      assertEquals("text", String.valueOf(mapping.get("type")), field);
      // The content twin is indexed marking list items (ReportAnalyzers.perField()), and searched
      // with the plain bigrams, as nianbao's queries are.
      assertEquals(
          field.equals(ReportFields.BODY_CJK)
              ? NianbaoAnalysisPlugin.BIGRAMS_MARKING_LISTS
              : NianbaoAnalysisPlugin.BIGRAMS,
          String.valueOf(mapping.get("analyzer")),
          field);
      assertEquals(
          field.equals(ReportFields.BODY_CJK) ? NianbaoAnalysisPlugin.BIGRAMS : "null",
          String.valueOf(mapping.get("search_analyzer")),
          field);
      // Offsets in the postings: the unified highlighter marks matches without re-analysing the
      // text; the boilerplate twin, highlighted only as a fallback, keeps positions only (as in
      // ReportDocuments).
      assertEquals(
          field.equals(ReportFields.BODY_BOILERPLATE_CJK) ? "positions" : "offsets",
          String.valueOf(mapping.get("index_options")),
          field);
      // OpenSearch gives every analyzer a gap of 100 unless the mapping says otherwise.
      assertEquals(
          ReportAnalyzers.SECTION_POSITION_GAP, mapping.get("position_increment_gap"), field);
      assertEquals(
          NianbaoAnalysisPlugin.SIMILARITY, String.valueOf(mapping.get("similarity")), field);
    }
  }

  @Test
  void cellsAreNumbersWithDocValues() {
    for (CellRef cell : CellRef.all()) {
      Map<String, Object> mapping = mapped.get(ReportFields.cellField(cell));
      String type = cell.path().equals("active.fees.amount") ? "double" : "long";
      assertEquals(type, String.valueOf(mapping.get("type")), cell.path());
      assertNotEquals("false", String.valueOf(mapping.get("doc_values")), cell.path());
      assertNotEquals(
          "false",
          String.valueOf(mapping.get("index")),
          cell.path() + ": range filters need the points");
    }
  }

  @Test
  void facetsAndGroupsAreAggregatable() {
    List<String> aggregated = new java.util.ArrayList<>(ReportFields.FACET_DIMS);
    aggregated.addAll(
        List.of(
            ReportFields.GROUP_PROVINCE,
            ReportFields.GROUP_CITY,
            ReportFields.GROUP_COUNTY,
            ReportFields.GROUP_AGENCY,
            ReportFields.GROUP_SECTOR,
            ReportFields.GROUP_LEVEL));
    for (String field : aggregated) {
      Map<String, Object> mapping = mapped.get(field);
      assertTrue(Set.of("keyword", "integer").contains(String.valueOf(mapping.get("type"))), field);
      assertNotEquals(
          "false",
          String.valueOf(mapping.get("doc_values")),
          field + ": terms aggregations read doc values");
    }
    for (String facet : ReportFields.FACET_DIMS) {
      // Facets are also filters (drill-down), so they must be indexed.
      assertNotEquals("false", String.valueOf(mapped.get(facet).get("index")), facet);
    }
  }

  /** The values of ReportFields' public String constants. */
  private static Set<String> schemaFieldNames() throws IllegalAccessException {
    Set<String> names = new TreeSet<>();
    for (Field field : ReportFields.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        names.add((String) field.get(null));
      }
    }
    return names;
  }
}
