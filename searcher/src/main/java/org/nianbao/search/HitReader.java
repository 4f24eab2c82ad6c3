package org.nianbao.search;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.nianbao.json.ReportJson;
import org.nianbao.model.Level;
import org.nianbao.model.Region;
import org.nianbao.model.Rule;
import org.nianbao.model.Section;
import org.nianbao.schema.ReportFields;

/** Reads a hit's display fields from the small stored fields (never the whole model JSON). */
final class HitReader {

  private static final Set<String> FIELDS = Set.of(
      ReportFields.ID, ReportFields.TITLE, ReportFields.AGENCY, ReportFields.YEAR, ReportFields.REGION_JSON,
      ReportFields.LEVEL, ReportFields.SECTOR, ReportFields.FLAG);

  private final StoredFields storedFields;

  HitReader(StoredFields storedFields) {
    this.storedFields = storedFields;
  }

  /** The section of each stored body value, in order. */
  List<Section> sections(int docId) throws IOException {
    String keys = storedFields.document(docId, Set.of(ReportFields.BODY_SECTIONS)).get(ReportFields.BODY_SECTIONS);
    return keys == null || keys.isBlank() ? List.of() : Stream.of(keys.split(" ")).map(Section::fromKey).toList();
  }

  Hit read(int docId, PassageChooser.Chosen chosen, float score, MatchGrade match, List<String> missing)
      throws IOException {
    Document doc = storedFields.document(docId, FIELDS);
    IndexableField year = doc.getField(ReportFields.YEAR);
    return new Hit(
        doc.get(ReportFields.ID),
        doc.get(ReportFields.TITLE),
        doc.get(ReportFields.AGENCY),
        year == null ? null : year.numericValue().intValue(),
        region(doc.get(ReportFields.REGION_JSON)),
        Level.fromKey(doc.get(ReportFields.LEVEL)),
        doc.get(ReportFields.SECTOR),
        Stream.of(doc.getValues(ReportFields.FLAG)).map(Rule::fromId).toList(),
        chosen.part(),
        chosen.snippet(),
        score,
        match,
        missing,
        chosen.parts());
  }

  private static Region region(String json) throws IOException {
    if (json == null) {
      return Region.NONE;
    }
    JsonNode node = ReportJson.mapper().readTree(json);
    return new Region(text(node, "province"), text(node, "city"), text(node, "county"), text(node, "code"));
  }

  private static String text(JsonNode node, String key) {
    JsonNode value = node.path(key);
    return value.isTextual() ? value.asText() : null;
  }
}
