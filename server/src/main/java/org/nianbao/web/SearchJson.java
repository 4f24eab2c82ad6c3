package org.nianbao.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.nianbao.json.ReportJson;
import org.nianbao.model.CheckedReport;
import org.nianbao.search.SearchResponse;

/**
 * The JSON API's bodies: a search as {@code {"total", "took_ms", "hits", "facets"}}, a report as the
 * canonical model (ReportJson) plus its source, errors as {@code {"error"}}.
 */
final class SearchJson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private SearchJson() {}

  static String search(SearchResponse response) {
    return write(SearchResponseJson.toJson(response));
  }

  static String report(String id, String source, CheckedReport checked) {
    ObjectNode root = ReportJson.toJson(id, checked);
    root.put("source", source);
    return write(root);
  }

  static String health(int reports) {
    return write(NODES.objectNode().put("status", "ok").put("reports", reports));
  }

  static String error(String message) {
    return write(NODES.objectNode().put("error", message));
  }

  static String write(JsonNode node) {
    try {
      return ReportJson.mapper().writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }
}
