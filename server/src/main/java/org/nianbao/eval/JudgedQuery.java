package org.nianbao.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One judged query: what the user types in the box, the filters they pick, and the need the
 * judgments were made against.
 *
 * @param year the year filter, or null
 * @param region the region filter as typed (a division name, path or code), or null
 */
public record JudgedQuery(String id, String query, Integer year, String region, String need) {

  /**
   * Reads {@code queries.tsv}: {@code id, query, year, region, need}; {@code #} lines and the
   * header skipped.
   */
  public static List<JudgedQuery> load(Path file) throws IOException {
    List<JudgedQuery> queries = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#") || line.startsWith("id\t")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length < 5) {
        throw new IOException(file + ": expected 5 tab-separated columns: " + line);
      }
      queries.add(
          new JudgedQuery(
              f[0],
              f[1],
              f[2].isBlank() ? null : Integer.valueOf(f[2].strip()),
              f[3].isBlank() ? null : f[3].strip(),
              f[4]));
    }
    return queries;
  }
}
