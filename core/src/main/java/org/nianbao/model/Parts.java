package org.nianbao.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The prose of a report: the text before the first part ({@code preamble}), each of the six parts
 * (absent when the report lacks it) and any added parts. Table rows are not part of the prose: they
 * live in {@link Tables}.
 */
public record Parts(String preamble, Map<Part, String> main, List<ExtraPart> extra) {

  public Parts {
    EnumMap<Part, String> copy = new EnumMap<>(Part.class);
    if (main != null) {
      copy.putAll(main);
    }
    main = Collections.unmodifiableMap(copy);
    extra = extra == null ? List.of() : List.copyOf(extra);
  }

  /** The part's text, or null when the report does not have it. */
  public String get(Part part) {
    return main.get(part);
  }

  public boolean has(Part part) {
    return main.containsKey(part);
  }

  /** Every text the report has, in reading order: the preamble, the six parts, the added parts. */
  public List<String> texts() {
    List<String> texts = new ArrayList<>();
    if (preamble != null) {
      texts.add(preamble);
    }
    for (Part part : Part.values()) {
      if (main.get(part) != null) {
        texts.add(main.get(part));
      }
    }
    for (ExtraPart part : extra) {
      if (part.text() != null) {
        texts.add(part.text());
      }
    }
    return texts;
  }
}
