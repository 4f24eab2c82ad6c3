package org.nianbao.region;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How government hosts write a province, by GB/T 2260 code.
 *
 * <p>{@link #portal} labels: the label of the province government's portal (www.gd.gov.cn,
 * www.shaanxi.gov.cn, www.gxzf.gov.cn, as each portal gives it) and the full pinyin of the short
 * name (guangdong, neimenggu). Read alone, such a label names the province: jilin.gov.cn is 吉林省
 * although 吉林市 shares the pinyin (its site is jlcity.gov.cn), hainan.gov.cn is 海南省 and not 海南州
 * (hainanzhou.gov.cn).
 *
 * <p>{@link #prefix} labels: what a county or city site puts before its own name (fjtn = 福建 泰宁,
 * hbdaye = 湖北 大冶): the portal labels and the two-letter codes of ISO 3166-2:CN (CN-GD, CN-HA …, the
 * letter codes GB/T 2260 gives), plus hlj and nmg. Some codes are read as several provinces because
 * sites use them so: hb for 湖北 (ISO) and 河北, hn for 湖南 (ISO), 河南 and 海南, sx for 山西 (ISO) and 陕西.
 * The caller keeps a reading only when it is unique across all of them.
 */
final class ProvinceAbbreviations {

  private record Row(String code, String portal, String pinyin, List<String> codes) {}

  private static final List<Row> ROWS =
      List.of(
          new Row("110000", "beijing", "beijing", List.of("bj")),
          new Row("120000", "tj", "tianjin", List.of("tj")),
          new Row("130000", "hebei", "hebei", List.of("he", "hb")),
          new Row("140000", "shanxi", "shanxi", List.of("sx")),
          new Row("150000", "nmg", "neimenggu", List.of("nm", "nmg")),
          new Row("210000", "ln", "liaoning", List.of("ln")),
          new Row("220000", "jl", "jilin", List.of("jl")),
          new Row("230000", "hlj", "heilongjiang", List.of("hl", "hlj")),
          new Row("310000", "shanghai", "shanghai", List.of("sh")),
          new Row("320000", "jiangsu", "jiangsu", List.of("js")),
          new Row("330000", "zj", "zhejiang", List.of("zj")),
          new Row("340000", "ah", "anhui", List.of("ah")),
          new Row("350000", "fujian", "fujian", List.of("fj")),
          new Row("360000", "jiangxi", "jiangxi", List.of("jx")),
          new Row("370000", "shandong", "shandong", List.of("sd")),
          new Row("410000", "henan", "henan", List.of("ha", "hn")),
          new Row("420000", "hubei", "hubei", List.of("hb")),
          new Row("430000", "hunan", "hunan", List.of("hn")),
          new Row("440000", "gd", "guangdong", List.of("gd")),
          new Row("450000", "gxzf", "guangxi", List.of("gx")),
          new Row("460000", "hainan", "hainan", List.of("hi", "hn")),
          new Row("500000", "cq", "chongqing", List.of("cq")),
          new Row("510000", "sc", "sichuan", List.of("sc")),
          new Row("520000", "guizhou", "guizhou", List.of("gz")),
          new Row("530000", "yn", "yunnan", List.of("yn")),
          new Row("540000", "xizang", "xizang", List.of("xz")),
          new Row("610000", "shaanxi", "shaanxi", List.of("sn", "sx")),
          new Row("620000", "gansu", "gansu", List.of("gs")),
          new Row("630000", "qinghai", "qinghai", List.of("qh")),
          new Row("640000", "nx", "ningxia", List.of("nx")),
          new Row("650000", "xinjiang", "xinjiang", List.of("xj")));

  private static final Map<String, String> PORTAL = new HashMap<>();
  private static final Map<String, List<String>> PREFIX = new HashMap<>();

  static {
    for (Row row : ROWS) {
      for (String label : List.of(row.portal(), row.pinyin())) {
        PORTAL.put(label, row.code());
        addPrefix(label, row.code());
      }
      row.codes().forEach(code -> addPrefix(code, row.code()));
    }
  }

  private static void addPrefix(String label, String code) {
    List<String> codes = new ArrayList<>(PREFIX.getOrDefault(label, List.of()));
    if (!codes.contains(code)) {
      codes.add(code);
    }
    PREFIX.put(label, List.copyOf(codes));
  }

  private ProvinceAbbreviations() {}

  /** The province whose portal label or full pinyin this is, or null. */
  static String portal(String label) {
    return PORTAL.get(label);
  }

  /** The provinces a site may mean by this prefix (most often one), empty when none. */
  static List<String> prefix(String label) {
    return PREFIX.getOrDefault(label, List.of());
  }
}
