package org.nianbao.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.nianbao.coverage.Coverage;
import org.nianbao.json.ReportJson;
import org.nianbao.model.CellRef;
import org.nianbao.model.Measure;
import org.nianbao.model.Rate;
import org.nianbao.stats.Group;
import org.nianbao.stats.MeasureSummary;
import org.nianbao.stats.RankedReport;
import org.nianbao.stats.ReportRow;
import org.nianbao.stats.StatsResult;

/**
 * Statistics and coverage as JSON, one shape for the API and the command line's {@code --json}:
 *
 * <pre>
 * {"total", "took_ms", "group", "measures": [{"key", "label", "kind", "formula", "numerator", "denominator"}],
 *  "overall": {"key", "reports", "values": {key: {"reports", "sum", "mean", "median", "min", "max"}
 *                                           or for a rate {"reports", "pooled", "numerator", "denominator", "mean", …}}},
 *  "group_count", "groups": [same as overall], "ranking": {"measure", "top": [...], "bottom": [...]}}
 * </pre>
 *
 * A figure no report gives is null, never 0.
 */
public final class StatsJson {

  private StatsJson() {}

  public static ObjectNode stats(StatsResult result) {
    ObjectNode root = ReportJson.mapper().createObjectNode();
    root.put("total", result.total());
    root.put("took_ms", result.tookMs());
    root.put("group", result.group().key());
    ArrayNode measures = root.putArray("measures");
    result.measures().forEach(m -> measures.add(measure(m)));
    root.set("overall", group(null, result.overall()));
    root.put("group_count", result.groupCount());
    ArrayNode groups = root.putArray("groups");
    result.groups().forEach(g -> groups.add(group(g.key(), g)));
    ObjectNode ranking = root.putObject("ranking");
    ranking.put("measure", result.rankBy().key());
    ArrayNode top = ranking.putArray("top");
    result.top().forEach(r -> top.add(ranked(r)));
    ArrayNode bottom = ranking.putArray("bottom");
    result.bottom().forEach(r -> bottom.add(ranked(r)));
    return root;
  }

  /** A measure with its label; a rate with its formula and the cells above and below the line. */
  static ObjectNode measure(Measure m) {
    ObjectNode node = ReportJson.mapper().createObjectNode();
    node.put("key", m.key());
    node.put("label", m.label());
    node.put("kind", m instanceof Rate ? "rate" : "cell");
    if (m instanceof Rate rate) {
      node.put("formula", rate.formula());
      ArrayNode above = node.putArray("numerator");
      rate.numerator().forEach(c -> above.add(c.path()));
      ArrayNode below = node.putArray("denominator");
      rate.denominator().forEach(c -> below.add(c.path()));
    }
    return node;
  }

  private static ObjectNode group(String key, Group group) {
    ObjectNode node = ReportJson.mapper().createObjectNode();
    node.put("key", key);
    node.put("reports", group.reports());
    ObjectNode values = node.putObject("values");
    for (MeasureSummary s : group.measures()) {
      ObjectNode v = values.putObject(s.measure().key());
      v.put("reports", s.reports());
      if (s.measure() instanceof CellRef) {
        v.put("sum", s.sum());
      } else {
        v.put("pooled", s.pooled());
        v.put("numerator", s.numerator());
        v.put("denominator", s.denominator());
      }
      v.put("mean", s.mean());
      v.put("median", s.median());
      v.put("min", s.min());
      v.put("max", s.max());
    }
    return node;
  }

  private static ObjectNode ranked(RankedReport r) {
    ObjectNode node = ReportJson.mapper().createObjectNode();
    node.put("id", r.id());
    node.put("title", r.title());
    node.put("agency", r.agency());
    node.put("year", r.year());
    node.set("region", ReportJson.region(r.region()));
    node.put("value", r.value());
    node.put("numerator", r.numerator());
    node.put("denominator", r.denominator());
    return node;
  }

  /**
   * {@code {"region": {"name", "code", "path"} or null, "year", "sector", "divisions", "covered",
   * "children": [{"name", "code", "path", "level", "covered", "reports": [{"id", "title",
   * "agency"}]}]}}.
   */
  public static ObjectNode coverage(Coverage coverage) {
    ObjectNode root = ReportJson.mapper().createObjectNode();
    if (coverage.region() == null) {
      root.putNull("region");
    } else {
      ObjectNode region = root.putObject("region");
      region.put("name", coverage.region().name());
      region.put("code", coverage.region().code());
      region.put("path", coverage.regionPath());
    }
    root.put("year", coverage.year());
    root.put("sector", coverage.sector());
    root.put("divisions", coverage.children().size());
    root.put("covered", coverage.covered());
    ArrayNode children = root.putArray("children");
    for (Coverage.Child child : coverage.children()) {
      ObjectNode node = children.addObject();
      node.put("name", child.division().name());
      node.put("code", child.division().code());
      node.put("path", child.path());
      node.put("level", child.level());
      node.put("covered", child.covered());
      ArrayNode reports = node.putArray("reports");
      for (ReportRow row : child.reports()) {
        reports
            .addObject()
            .put("id", row.id())
            .put("title", row.title())
            .put("agency", row.agency());
      }
    }
    return root;
  }
}
