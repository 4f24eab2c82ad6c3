package org.nianbao.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.nianbao.json.ReportJson;
import org.nianbao.model.Region;
import org.nianbao.search.Hit;
import org.nianbao.search.Interpretation;
import org.nianbao.search.SearchResponse;
import org.nianbao.search.Snippet;

/**
 * A search response as JSON, the one shape the CLI's {@code --json} and the web API share: {@code
 * {"total", "took_ms", "query": {"words", "variants", "stems", "minimum_should_match", "relaxed",
 * "partial", "excluded"}, "hits": [{"id", "title", "agency", "year", "region", "part", "parts",
 * "snippet", "score", "match", "missing", "template_only", "stem_only", "level", "sector",
 * "flags"}], "facets": {dimension: {value or path: count}}}}. The snippet is HTML: escaped text
 * with the matches in {@code <mark>}. Every facet dimension is present, empty when no report has
 * it.
 */
public final class SearchResponseJson {

  private SearchResponseJson() {}

  public static ObjectNode toJson(SearchResponse response) {
    ObjectNode root = ReportJson.mapper().createObjectNode();
    root.put("total", response.total());
    root.put("took_ms", response.tookMs());
    root.set("query", query(response.query()));
    ArrayNode hits = root.putArray("hits");
    for (Hit hit : response.hits()) {
      hits.add(hit(hit));
    }
    ObjectNode facets = root.putObject("facets");
    response
        .facets()
        .forEach(
            (dim, values) -> {
              ObjectNode counts = facets.putObject(dim);
              values.forEach(value -> counts.put(value.pathString(), value.count()));
            });
    return root;
  }

  /**
   * How the query was read: the words matched, variants searched, the stems a partial match may
   * have instead of a word, whether partial matches are shown, the words excluded.
   */
  static ObjectNode query(Interpretation query) {
    ObjectNode node = ReportJson.mapper().createObjectNode();
    ArrayNode words = node.putArray("words");
    query.words().forEach(words::add);
    ObjectNode variants = node.putObject("variants");
    query
        .variants()
        .forEach(
            (term, list) -> {
              ArrayNode values = variants.putArray(term);
              list.forEach(values::add);
            });
    ObjectNode stems = node.putObject("stems");
    query.stems().forEach(stems::put);
    node.put("minimum_should_match", query.minimumShouldMatch());
    node.put("relaxed", query.relaxed());
    node.put("partial", query.partial());
    ArrayNode excluded = node.putArray("excluded");
    query.excluded().forEach(excluded::add);
    return node;
  }

  /**
   * A snippet as the JSON carries it: HTML, every character escaped, the matches in {@code <mark>}
   * (the pages' own rendering).
   */
  public static String snippet(Snippet snippet) {
    return Templates.snippet(snippet);
  }

  static ObjectNode hit(Hit hit) {
    ObjectNode node = ReportJson.mapper().createObjectNode();
    node.put("id", hit.id());
    node.put("title", hit.title());
    node.put("agency", hit.agency());
    node.put("year", hit.year());
    node.set("region", ReportJson.region(hit.region() == null ? Region.NONE : hit.region()));
    node.put("part", hit.part() == null ? null : hit.part().key());
    ArrayNode parts = node.putArray("parts");
    hit.parts().forEach(part -> parts.add(part.key()));
    node.put("snippet", hit.snippet() == null ? "" : snippet(hit.snippet()));
    node.put("score", hit.score());
    node.put("match", hit.match() == null ? null : hit.match().key());
    ArrayNode missing = node.putArray("missing");
    hit.missing().forEach(missing::add);
    ArrayNode templateOnly = node.putArray("template_only");
    hit.onlyInTemplate().forEach(templateOnly::add);
    ArrayNode stemOnly = node.putArray("stem_only");
    hit.stemOnly().forEach(stemOnly::add);
    node.put("level", hit.level() == null ? null : hit.level().key());
    node.put("sector", hit.sector());
    ArrayNode flags = node.putArray("flags");
    hit.flags().forEach(rule -> flags.add(rule.id()));
    return node;
  }
}
