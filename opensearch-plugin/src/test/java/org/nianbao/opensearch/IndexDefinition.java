package org.nianbao.opensearch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.opensearch.common.xcontent.XContentHelper;
import org.opensearch.common.xcontent.json.JsonXContent;

/**
 * The shipped {@code nianbao-index.json} (settings and mappings), read with OpenSearch's own JSON
 * reader, as the create-index API reads a request body.
 */
record IndexDefinition(Map<String, Object> settings, Map<String, Object> mappings) {

  static final String RESOURCE = "nianbao-index.json";

  static IndexDefinition load() {
    try (InputStream in = NianbaoAnalysisPlugin.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            RESOURCE + " is not beside NianbaoAnalysisPlugin on the classpath");
      }
      Map<String, Object> root = XContentHelper.convertToMap(JsonXContent.jsonXContent, in, true);
      return new IndexDefinition(object(root, "settings"), object(root, "mappings"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Every field the mapping defines by its full name, multi-fields included ({@code title} and its
   * {@code cjk} become {@code title} and {@code title.cjk}), with its mapping parameters.
   */
  Map<String, Map<String, Object>> fields() {
    Map<String, Map<String, Object>> fields = new LinkedHashMap<>();
    object(mappings, "properties")
        .forEach(
            (name, value) -> {
              @SuppressWarnings("unchecked")
              Map<String, Object> field = (Map<String, Object>) value;
              fields.put(name, field);
              if (field.containsKey("fields")) {
                object(field, "fields")
                    .forEach((sub, subField) -> fields.put(name + "." + sub, asObject(subField)));
              }
            });
    return fields;
  }

  private static Map<String, Object> object(Map<String, Object> parent, String key) {
    Object value = parent.get(key);
    if (!(value instanceof Map<?, ?>)) {
      throw new IllegalStateException(RESOURCE + ": \"" + key + "\" is not an object");
    }
    return asObject(value);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asObject(Object value) {
    return (Map<String, Object>) value;
  }
}
