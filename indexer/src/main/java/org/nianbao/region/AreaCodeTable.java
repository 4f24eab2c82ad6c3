package org.nianbao.region;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Telephone area codes and postcode prefixes of a few prefectures and the municipalities, from the
 * hand-written {@code area-codes.tsv}: no postcode or area-code dataset with a clear license is on
 * the npm registry, so the table covers only the parents of county names that exist more than once
 * (鼓楼区, 朝阳区, 市中区 …). It serves to choose between candidates, never to place a body alone.
 */
final class AreaCodeTable {

  private record Codes(List<String> telephone, List<String> postcodePrefixes) {}

  private static final String RESOURCE = "area-codes.tsv";
  private final Map<String, Codes> byDivisionCode;

  private AreaCodeTable(Map<String, Codes> byDivisionCode) {
    this.byDivisionCode = Map.copyOf(byDivisionCode);
  }

  static AreaCodeTable bundled() {
    return Bundled.INSTANCE;
  }

  private static final class Bundled {
    static final AreaCodeTable INSTANCE = load();
  }

  private static AreaCodeTable load() {
    Map<String, Codes> table = new HashMap<>();
    try (InputStream in = AreaCodeTable.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("area code resource missing: " + RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t");
        table.put(
            cells[0] + "0".repeat(6 - cells[0].length()),
            new Codes(List.of(cells[2].split(",")), List.of(cells[3].split(","))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return new AreaCodeTable(table);
  }

  /**
   * True when the division (a prefecture or municipality in the table) uses this telephone area
   * code.
   */
  boolean hasTelephoneCode(Division d, String areaCode) {
    Codes codes = byDivisionCode.get(d.code());
    return codes != null && codes.telephone().contains(areaCode);
  }

  boolean hasPostcode(Division d, String postcode) {
    Codes codes = byDivisionCode.get(d.code());
    return codes != null && codes.postcodePrefixes().stream().anyMatch(postcode::startsWith);
  }
}
