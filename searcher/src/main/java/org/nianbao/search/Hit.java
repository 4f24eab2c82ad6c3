package org.nianbao.search;

import java.util.List;
import org.nianbao.model.Level;
import org.nianbao.model.Region;
import org.nianbao.model.ReportHeading;
import org.nianbao.model.Rule;
import org.nianbao.model.Section;

/**
 * One ranked report. {@code part} is the section the snippet comes from (the title, the preamble, a
 * part, the added parts, the tables); {@code parts} every body section a passage matched in, in
 * report order. {@code match} is how well it matches ({@link MatchGrade}); {@code missing} the
 * query words a partial match lacks; {@code onlyInTemplate} those it has only in the template
 * boilerplate every report prints (a table label, the preamble), which do not count as its own;
 * {@code stemOnly} those it lacks but has the stem of (访问 of 访问量, see {@link
 * Interpretation#stems}). Part, match and snippet are null or empty when the query was empty.
 */
public record Hit(
    String id,
    String title,
    String agency,
    Integer year,
    Region region,
    Level level,
    String sector,
    List<Rule> flags,
    Section part,
    Snippet snippet,
    float score,
    MatchGrade match,
    List<String> missing,
    List<String> onlyInTemplate,
    List<String> stemOnly,
    List<Section> parts) {

  public Hit {
    flags = flags == null ? List.of() : List.copyOf(flags);
    missing = missing == null ? List.of() : List.copyOf(missing);
    onlyInTemplate = onlyInTemplate == null ? List.of() : List.copyOf(onlyInTemplate);
    stemOnly = stemOnly == null ? List.of() : List.copyOf(stemOnly);
    parts = parts == null ? List.of() : List.copyOf(parts);
  }

  /** What a list of results shows as the hit's heading (see {@link ReportHeading}). */
  public String heading() {
    return ReportHeading.of(title, agency, region, year);
  }

  public boolean isPartial() {
    return match == MatchGrade.PARTIAL;
  }
}
