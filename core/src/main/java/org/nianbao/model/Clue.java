package org.nianbao.model;

import java.util.Objects;

/**
 * Where one metadata field came from: the kind of clue and the words it was read from.
 *
 * @param source the kind of clue
 * @param evidence the text (or address) the value was read from, as it stands
 */
public record Clue(ClueSource source, String evidence) {

  public Clue {
    Objects.requireNonNull(source, "source");
    evidence = evidence == null ? "" : evidence;
  }
}
