package org.nianbao.source;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The web addresses a user has for downloaded report files: one given for a single file ({@code
 * --url}), and for a folder a {@code urls.tsv} beside the files (file name TAB address, one per
 * line). A government host is a clue to the region (see HostRegions). Thread-safe.
 */
public final class PageAddresses {

  public static final String FILE_NAME = "urls.tsv";

  private final Map<Path, String> given;
  private final Map<Path, Map<String, String>> folders = new ConcurrentHashMap<>();

  private PageAddresses(Map<Path, String> given) {
    this.given = Map.copyOf(given);
  }

  /** Only the folders' urls.tsv files. */
  public static PageAddresses fromFolders() {
    return new PageAddresses(Map.of());
  }

  /** One file's address, given by the user, and the folders' urls.tsv files for the rest. */
  public static PageAddresses withGiven(Path file, String url) {
    return new PageAddresses(Map.of(file.toAbsolutePath().normalize(), url));
  }

  /** The file's address, when the user gave one or its folder's urls.tsv names it. */
  public Optional<String> of(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    String direct = given.get(absolute);
    if (direct != null) {
      return Optional.of(direct);
    }
    Path folder = absolute.getParent();
    if (folder == null || absolute.getFileName() == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(
        folders
            .computeIfAbsent(folder, PageAddresses::read)
            .get(absolute.getFileName().toString()));
  }

  /** A folder's urls.tsv as file name → address; empty when there is none or it cannot be read. */
  private static Map<String, String> read(Path folder) {
    Path list = folder.resolve(FILE_NAME);
    if (!Files.isRegularFile(list)) {
      return Map.of();
    }
    Map<String, String> addresses = new HashMap<>();
    CSVFormat tsv =
        CSVFormat.TDF.builder().setIgnoreEmptyLines(true).setTrim(true).setCommentMarker('#').get();
    try (Reader reader = Files.newBufferedReader(list, StandardCharsets.UTF_8)) {
      for (CSVRecord record : tsv.parse(reader)) {
        if (record.size() >= 2
            && !record.get(0).isBlank()
            && record.get(1).matches("(?i)https?://\\S+")) {
          addresses.put(record.get(0), record.get(1));
        }
      }
    } catch (IOException | RuntimeException unreadable) {
      // A damaged list only loses its clues; the reports are still read.
      return Map.of();
    }
    return Map.copyOf(addresses);
  }
}
