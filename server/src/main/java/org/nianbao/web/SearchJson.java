package org.nianbao.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.nianbao.json.ReportJson;
import org.nianbao.model.CheckedReport;
import org.nianbao.search.FacetCount;
import org.nianbao.search.Hit;
import org.nianbao.search.SearchResponse;

/**
 * The JSON API's bodies: a search as {@code {"total", "took_ms", "hits", "facets"}}, a report as the
 * canonical model (ReportJson) plus its source, errors as {@code {"error"}}.
 */
final class SearchJson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private SearchJson() {}

  static String search(SearchResponse response) {
    ObjectNode root = NODES.objectNode();
    root.put("total", response.total());
    root.put("took_ms", response.tookMs());
    ArrayNode hits = root.putArray("hits");
    for (Hit hit : response.hits()) {
      hits.add(hit(hit));
    }
    ObjectNode facets = root.putObject("facets");
    for (Filter filter : Filter.values()) {
      ObjectNode counts = facets.putObject(filter.key());
      for (FacetCount value : response.facets().getOrDefault(filter.key(), List.of())) {
        counts.put(value.pathString(), value.count());
      }
    }
    return write(root);
  }

  /** One hit as in the CLI's --json: the snippet is HTML (escaped text, matches in mark). */
  static ObjectNode hit(Hit hit) {
    ObjectNode node = NODES.objectNode();
    node.put("id", hit.id());
    node.put("title", hit.title());
    node.put("agency", hit.agency());
    node.put("year", hit.year());
    node.set("region", ReportJson.region(hit.region() == null ? org.nianbao.model.Region.NONE : hit.region()));
    node.put("part", hit.part());
    node.put("snippet", hit.snippet() == null ? "" : hit.snippet().toHtml());
    node.put("score", hit.score());
    node.put("level", hit.level());
    node.put("sector", hit.sector());
    ArrayNode flags = node.putArray("flags");
    for (String flag : hit.flags() == null ? List.<String>of() : hit.flags()) {
      flags.add(flag);
    }
    return node;
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


  private static String write(JsonNode node) {
    try {
      return ReportJson.mapper().writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }
}
