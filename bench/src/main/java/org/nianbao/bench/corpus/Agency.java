package org.nianbao.bench.corpus;

/**
 * A reporting body as the generator means it: the ground truth the indexer should recover.
 *
 * @param name the body's name as its title writes it (淄博市文化和旅游局, 北京市朝阳区教育局, 教育部)
 * @param level central, province, city, county or township (the model's {@code Level} keys)
 * @param place where it sits; null for a central body
 */
record Agency(String name, String level, Sector sector, Divisions.Place place) {

  /** How the report refers to itself: 我局, 我委, 我厅, 本机关 … */
  String self() {
    if (name.endsWith("人民政府") || name.endsWith("办事处")) {
      return name.endsWith("镇人民政府")
          ? "我镇"
          : name.endsWith("乡人民政府") ? "我乡" : name.endsWith("办事处") ? "我街道" : "本级政府";
    }
    if (name.endsWith("办公室") || name.endsWith("办公厅")) {
      return "我办";
    }
    if (name.endsWith("委员会")) {
      return "我委";
    }
    if (name.endsWith("厅")) {
      return "我厅";
    }
    if (name.endsWith("部") || name.endsWith("署")) {
      return "本部门";
    }
    return "我局";
  }

  /** The place's name for "全市", "全县" phrasing: the last character's kind (市, 县, 区, 省 …). */
  String area() {
    if (place == null) {
      return "全国";
    }
    String n =
        place.township() != null
            ? place.township()
            : place.county() != null
                ? place.county()
                : place.city() != null ? place.city() : place.province();
    if (n.endsWith("街道")) {
      return "辖区";
    }
    return "全" + n.charAt(n.length() - 1);
  }

  /** The short place name a body puts before its accounts: 淄博文旅, 古县发布. */
  String shortPlace() {
    if (place == null) {
      return "中国";
    }
    String n =
        place.county() != null
            ? place.county()
            : place.city() != null ? place.city() : place.province();
    String s = n.replaceFirst("(?:维吾尔|壮族|回族)?(?:自治区|自治州|自治县|特别行政区|省|市|县|区|盟|旗)$", "");
    return s.length() >= 2 ? s : n;
  }
}
