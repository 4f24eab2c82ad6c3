package org.nianbao.region;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The common short forms of a division's full name: 山东省→山东, 内蒙古自治区→内蒙古, 临夏回族自治州→临夏州/临夏,
 * 镇宁布依族苗族自治县→镇宁自治县/镇宁县/镇宁, 古砦仫佬族乡→古砦乡. No alias is shorter than two characters, so 古县 is found by
 * its full name only. Townships get no suffix-stripped alias: bare 马头铺 is too weak a signal in
 * running text.
 */
final class DivisionNames {

  /** The 55 minority nationalities as they appear in autonomous divisions' names (without 族). */
  private static final List<String> NATIONALITIES =
      List.of(
          "柯尔克孜", "乌孜别克", "达斡尔", "鄂伦春", "鄂温克", "塔吉克", "塔塔尔", "俄罗斯", "维吾尔", "哈萨克", "傈僳", "布依", "朝鲜",
          "土家", "哈尼", "拉祜", "纳西", "景颇", "仫佬", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米", "德昂", "保安",
          "裕固", "独龙", "赫哲", "门巴", "珞巴", "基诺", "高山", "东乡", "蒙古", "回", "藏", "苗", "彝", "壮", "满", "侗",
          "瑶", "白", "傣", "黎", "佤", "畲", "水", "土", "羌", "怒", "京", "各");

  private DivisionNames() {}

  static Set<String> aliases(String name, DivisionKind kind) {
    // Fast path for the ~41,000 townships: only the ethnic ones (古砦仫佬族乡) have a short form.
    if (kind == DivisionKind.TOWNSHIP && name.indexOf('族') < 0) {
      return Set.of();
    }
    Set<String> aliases = new LinkedHashSet<>();
    switch (kind) {
      case PROVINCE -> {
        if (name.endsWith("自治区")) {
          add(aliases, withoutNationalities(cut(name, "自治区")));
        } else {
          add(aliases, cutAny(name, "省", "市"));
        }
      }
      case PREFECTURE -> {
        if (name.endsWith("自治州")) {
          String base = withoutNationalities(cut(name, "自治州"));
          add(aliases, base + "州");
          add(aliases, base);
        } else {
          add(aliases, cutAny(name, "地区", "市", "盟"));
        }
      }
      case COUNTY -> {
        for (String autonomous : List.of("自治县", "自治旗")) {
          if (name.endsWith(autonomous)) {
            String base = withoutNationalities(cut(name, autonomous));
            add(aliases, base + autonomous);
            add(aliases, base + autonomous.substring(2));
            add(aliases, base);
          }
        }
        if (aliases.isEmpty()) {
          add(aliases, cutAny(name, "新区", "林区", "特区", "市", "县", "区", "旗"));
        }
      }
      case TOWNSHIP -> {
        for (String suffix : List.of("乡", "镇", "苏木")) {
          if (name.endsWith("族" + suffix) || name.endsWith("民族" + suffix)) {
            String base = withoutNationalities(cut(name, suffix));
            add(aliases, (base.endsWith("民族") ? cut(base, "民族") : base) + suffix);
          }
        }
      }
    }
    aliases.remove(name);
    return aliases;
  }

  private static void add(Set<String> aliases, String alias) {
    if (alias != null && alias.length() >= 2) {
      aliases.add(alias);
    }
  }

  private static String cut(String name, String suffix) {
    return name.substring(0, name.length() - suffix.length());
  }

  private static String cutAny(String name, String... suffixes) {
    for (String suffix : suffixes) {
      if (name.endsWith(suffix)) {
        return cut(name, suffix);
      }
    }
    return null;
  }

  /**
   * 镇宁布依族苗族 → 镇宁; 积石山保安族东乡族撒拉族 → 积石山. Xinjiang's names write the nationality without 族 (新疆维吾尔 → 新疆,
   * 伊犁哈萨克 → 伊犁, 巴音郭楞蒙古 → 巴音郭楞): a nationality of two or more characters is cut without it too; a
   * one-character one only with 族 (白, 水 and 土 end place names).
   */
  static String withoutNationalities(String base) {
    boolean stripped = true;
    while (stripped) {
      stripped = false;
      for (String nationality : NATIONALITIES) {
        String withZu = nationality + "族";
        String cutOff =
            base.endsWith(withZu)
                ? withZu
                : nationality.length() >= 2 && base.endsWith(nationality) ? nationality : null;
        if (cutOff != null && base.length() > cutOff.length() + 1) {
          base = cut(base, cutOff);
          stripped = true;
          break;
        }
      }
    }
    return base;
  }
}
