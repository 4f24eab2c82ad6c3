package org.nianbao.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where each metadata field of a report came from; a field the text does not decide has no entry.
 */
public record Provenance(Map<Field, Clue> clues) {

  /** The metadata fields whose source is recorded; {@link #key()} is the JSON key. */
  public enum Field {
    TITLE("title"),
    AGENCY("agency"),
    YEAR("year"),
    PUBLISHED("published"),
    REGION("region");

    private final String key;

    Field(String key) {
      this.key = key;
    }

    public String key() {
      return key;
    }
  }

  public static final Provenance NONE = new Provenance(Map.of());

  public Provenance {
    EnumMap<Field, Clue> copy = new EnumMap<>(Field.class);
    copy.putAll(clues);
    clues = Collections.unmodifiableMap(copy);
  }

  public Optional<Clue> of(Field field) {
    return Optional.ofNullable(clues.get(field));
  }
}
