package org.nianbao.bench.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The bundled gazetteer ({@code org/nianbao/region/divisions.tsv.gz}, {@code
 * code<TAB>name<TAB>parent}) grouped by the level a body there reports at, with the name its
 * agencies are written under.
 *
 * <p>Read directly rather than through {@code Gazetteer}: the generator needs every division by
 * kind, which the product's lookup API does not (and should not) expose.
 */
final class Divisions {

  private static final String RESOURCE = "/org/nianbao/region/divisions.tsv.gz";
  private static final Set<String> MUNICIPALITIES = Set.of("110000", "120000", "310000", "500000");

  /** A division and where it sits. {@code written} is the prefix of its agencies' names. */
  record Place(
      String code,
      String name,
      String written,
      String province,
      String city,
      String county,
      String township) {}

  final List<Place> provinces = new ArrayList<>();

  /** Prefectures and county-level cities directly under a province (仙桃市): level city. */
  final List<Place> cities = new ArrayList<>();

  /** Counties and districts, municipal districts included: level county. */
  final List<Place> counties = new ArrayList<>();

  /** 乡, 镇, 街道: level township. */
  final List<Place> townships = new ArrayList<>();

  private Divisions() {}

  private static final class Bundled {
    static final Divisions INSTANCE = load();
  }

  static Divisions bundled() {
    return Bundled.INSTANCE;
  }

  private record Row(String code, String name, String parent) {}

  private static Divisions load() {
    try (InputStream raw = Divisions.class.getResourceAsStream(RESOURCE)) {
      if (raw == null) {
        throw new IllegalStateException(
            "gazetteer resource missing: " + RESOURCE + " (is nianbao-indexer on the class path?)");
      }
      String all = new String(new GZIPInputStream(raw).readAllBytes(), StandardCharsets.UTF_8);
      List<Row> rows = new ArrayList<>();
      for (String line : all.split("\n")) {
        String[] f = line.split("\t", -1);
        if (f.length >= 3) {
          rows.add(new Row(f[0], f[1], f[2]));
        }
      }
      return build(rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Divisions build(List<Row> rows) {
    Map<String, Row> byCode = new HashMap<>();
    Map<String, Integer> countyNameCount = new HashMap<>();
    Map<String, Integer> cityNameCount = new HashMap<>();
    for (Row r : rows) {
      byCode.put(r.code(), r);
    }
    for (Row r : rows) {
      switch (kind(r, byCode)) {
        case CITY -> cityNameCount.merge(r.name(), 1, Integer::sum);
        case COUNTY -> countyNameCount.merge(r.name(), 1, Integer::sum);
        default -> {}
      }
    }
    Divisions d = new Divisions();
    Map<String, Place> places = new HashMap<>();
    // Rows come parents first (the resource is sorted by code), so a parent's Place exists.
    for (Row r : rows) {
      Place p =
          switch (kind(r, byCode)) {
            case PROVINCE -> new Place(r.code(), r.name(), r.name(), r.name(), null, null, null);
            case CITY -> {
              Place prov = places.get(r.parent());
              String written = cityNameCount.get(r.name()) > 1 ? prov.name() + r.name() : r.name();
              yield new Place(r.code(), r.name(), written, prov.name(), r.name(), null, null);
            }
            case COUNTY -> {
              Place parent = places.get(r.parent());
              boolean municipal = MUNICIPALITIES.contains(r.parent());
              // 北京市朝阳区 as real reports write it; elsewhere the bare name unless another county
              // shares it.
              String written =
                  municipal || countyNameCount.get(r.name()) > 1
                      ? parent.written() + r.name()
                      : r.name();
              String city = municipal ? parent.name() : parent.city();
              yield new Place(r.code(), r.name(), written, parent.province(), city, r.name(), null);
            }
            case TOWNSHIP -> {
              Place county = places.get(r.parent());
              if (county == null) {
                yield null;
              }
              yield new Place(
                  r.code(),
                  r.name(),
                  county.written() + r.name(),
                  county.province(),
                  county.city(),
                  county.county(),
                  r.name());
            }
          };
      if (p == null) {
        continue;
      }
      places.put(r.code(), p);
      switch (kind(r, byCode)) {
        case PROVINCE -> d.provinces.add(p);
        case CITY -> d.cities.add(p);
        case COUNTY -> d.counties.add(p);
        case TOWNSHIP -> d.townships.add(p);
      }
    }
    return d;
  }

  private enum Kind {
    PROVINCE,
    CITY,
    COUNTY,
    TOWNSHIP
  }

  /**
   * GB/T 2260: 9 digits township; xx0000 province; xxxx00 prefecture; else a county, or a city when
   * under a province.
   */
  private static Kind kind(Row r, Map<String, Row> byCode) {
    String code = r.code();
    if (code.length() == 9) {
      return Kind.TOWNSHIP;
    }
    if (code.endsWith("0000")) {
      return Kind.PROVINCE;
    }
    if (code.endsWith("00")) {
      return Kind.CITY;
    }
    boolean underProvince = r.parent().endsWith("0000");
    return underProvince && !MUNICIPALITIES.contains(r.parent()) ? Kind.CITY : Kind.COUNTY;
  }
}
