package org.nianbao.quality;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One labelled real report of the dev corpus: the file, the page's address, and the metadata a
 * careful reader gives it (null where the reader says the page does not tell).
 */
public record LabelledReport(
    Path file,
    Optional<String> url,
    String agency,
    Integer year,
    String published,
    String province,
    String city,
    String county,
    String level,
    String sector,
    String format,
    java.util.Set<String> keys) {

  /**
   * Whether the label gives this key at all (a labelled null counts; an absent key is not
   * labelled).
   */
  public boolean labels(String key) {
    return keys.contains(key);
  }

  static LabelledReport of(Path folder, JsonNode label) {
    java.util.Set<String> keys = new java.util.HashSet<>();
    label.fieldNames().forEachRemaining(keys::add);
    return new LabelledReport(
        folder.resolve(label.get("file").asText()),
        Optional.ofNullable(text(label, "url")),
        text(label, "agency"),
        label.hasNonNull("year") ? label.get("year").asInt() : null,
        text(label, "published"),
        text(label, "province"),
        text(label, "city"),
        text(label, "county"),
        text(label, "level"),
        text(label, "sector"),
        text(label, "format"),
        java.util.Set.copyOf(keys));
  }

  private static String text(JsonNode label, String key) {
    JsonNode value = label.get(key);
    return value == null || value.isNull() ? null : value.asText();
  }
}
