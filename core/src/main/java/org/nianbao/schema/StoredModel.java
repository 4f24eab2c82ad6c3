package org.nianbao.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.nianbao.json.ReportJson;
import org.nianbao.model.CheckedReport;

/**
 * The model JSON as the index stores it ({@link ReportFields#MODEL_JSON}): the text of the preamble
 * and of each of the six parts is stored once, as a {@link ReportFields#BODY} value; the JSON
 * leaves it out and names the parts it left out under {@value #BODY_PARTS}. Reading a report back
 * puts them in again. Stored twice, the text was 45 % of the index.
 */
public final class StoredModel {

  /** The root key listing the parts whose text is a body value. */
  static final String BODY_PARTS = "body_parts";

  private StoredModel() {}

  /**
   * The JSON to store for {@code checked}, leaving out the text of the parts in {@code bodyKeys}
   * (keys of {@link ReportFields#SECTIONS}; the extra parts and the tables are never left out).
   */
  public static String write(String id, CheckedReport checked, List<String> bodyKeys) {
    ObjectNode root = ReportJson.toJson(id, checked);
    ObjectNode parts = (ObjectNode) root.get("parts");
    ArrayNode omitted = root.putArray(BODY_PARTS);
    for (String key : bodyKeys) {
      if (parts.has(key) && !key.equals("extra")) {
        parts.remove(key);
        omitted.add(key);
      }
    }
    try {
      return ReportJson.mapper().writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise report " + id, e);
    }
  }

  /** The stored fields {@link #read(Document)} needs; load at least these. */
  public static final Set<String> FIELDS =
      Set.of(ReportFields.MODEL_JSON, ReportFields.BODY, ReportFields.BODY_SECTIONS);

  /** {@link #FIELDS} and {@code others}: what to load to read a report and those fields too. */
  public static Set<String> fieldsWith(String... others) {
    Set<String> all = new HashSet<>(FIELDS);
    all.addAll(List.of(others));
    return Set.copyOf(all);
  }

  /** The report a stored document holds, read with at least {@link #FIELDS}. */
  public static CheckedReport read(Document doc) {
    String sections = doc.get(ReportFields.BODY_SECTIONS);
    List<String> keys =
        sections == null || sections.isBlank() ? List.of() : List.of(sections.split(" "));
    return read(doc.get(ReportFields.MODEL_JSON), keys, doc.getValues(ReportFields.BODY));
  }

  /**
   * The report from its stored JSON and its stored body values, {@code sections} naming each value.
   */
  public static CheckedReport read(String json, List<String> sections, String[] body) {
    JsonNode root;
    try {
      root = ReportJson.mapper().readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a report JSON: " + e.getOriginalMessage(), e);
    }
    if (root instanceof ObjectNode object && root.has(BODY_PARTS)) {
      ObjectNode parts = (ObjectNode) object.get("parts");
      for (JsonNode key : root.get(BODY_PARTS)) {
        int at = sections.indexOf(key.asText());
        parts.put(key.asText(), at >= 0 && at < body.length ? body[at] : null);
      }
      object.remove(BODY_PARTS);
    }
    return ReportJson.fromJson(root);
  }
}
