package org.nianbao.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.nianbao.json.ReportJson;
import org.nianbao.model.AnnualReport;
import org.nianbao.model.CheckedReport;
import org.nianbao.search.SearchResponse;
import org.nianbao.search.StoredReport;
import org.nianbao.years.KeyFigure;

/**
 * The JSON API's bodies: a search as {@code {"total", "took_ms", "hits", "facets"}}, a report as
 * the canonical model (ReportJson) plus its source and its body across years, errors as {@code
 * {"error"}}.
 */
final class SearchJson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private SearchJson() {}

  static String search(SearchResponse response) {
    return write(SearchResponseJson.toJson(response));
  }

  static String report(String id, String source, CheckedReport checked, AgencyYears years) {
    ObjectNode root = ReportJson.toJson(id, checked);
    root.put("source", source);
    root.set("body", years == null ? NODES.nullNode() : body(years));
    return write(root);
  }

  /**
   * The report's body across years: {@code {"key", "years": [{"id", "year", "agency", "title",
   * "published", "flags", "figures": {"new_requests", …}}], "previous_year": {"id", "year",
   * "sentences", "reused", "share"} or null}}.
   */
  private static ObjectNode body(AgencyYears years) {
    ObjectNode body = NODES.objectNode().put("key", years.key);
    ArrayNode list = body.putArray("years");
    for (StoredReport report : years.reports) {
      AnnualReport r = report.checked().report();
      ObjectNode year =
          list.addObject()
              .put("id", report.id())
              .put("year", r.year())
              .put("agency", r.agency())
              .put("title", r.title())
              .put("published", r.published() == null ? null : r.published().toString());
      ArrayNode flags = year.putArray("flags");
      report.checked().violatedRules().forEach(rule -> flags.add(rule.id()));
      ObjectNode figures = year.putObject("figures");
      for (KeyFigure figure : KeyFigure.values()) {
        figures.put(figure.key(), figure.of(r));
      }
    }
    if (years.previous == null) {
      body.putNull("previous_year");
    } else {
      ObjectNode previous =
          body.putObject("previous_year")
              .put("id", years.previous.id())
              .put("year", years.previous.checked().report().year())
              .put("sentences", years.reuse.sentences());
      ArrayNode reused = previous.putArray("reused");
      years.reuse.reused().forEach(reused::add);
      previous.put("share", years.reuse.share());
    }
    return body;
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
