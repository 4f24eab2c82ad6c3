package org.nianbao.search;

import java.util.List;
import org.nianbao.model.Region;

/**
 * One ranked report. {@code part} is the model key of the field the snippet comes from ("title",
 * "preamble", "overview", …, "extra"); null when the query was empty.
 */
public record Hit(
    String id,
    String title,
    String agency,
    Integer year,
    Region region,
    String level,
    String sector,
    List<String> flags,
    String part,
    Snippet snippet,
    float score) {}
