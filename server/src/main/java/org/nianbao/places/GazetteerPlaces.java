package org.nianbao.places;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.nianbao.region.DivisionKind;
import org.nianbao.region.Gazetteer;
import org.nianbao.region.RegionLookup;
import org.nianbao.search.PlaceNames;

/**
 * The searcher's place words, from the gazetteer: a query word names a place when it is a name
 * ending in a division word (市, 县, 区, 州, 盟, 旗, 省) that the gazetteer resolves to exactly one
 * division, or a bare name it resolves to a province or a prefecture (山东, 淄博). A bare county name
 * is not taken (公安 is a county in 湖北 and a word in every police report).
 */
public final class GazetteerPlaces implements PlaceNames {

  private static final Pattern DIVISION_WORD = Pattern.compile(".{2,}(省|市|县|区|州|盟|旗|自治区)");
  private static final Set<String> PROVINCES =
      Set.of(
          "北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西", "山东",
          "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "内蒙古", "广西", "西藏", "宁夏",
          "新疆");

  /**
   * Loaded on the first word that may be a place, as before the searcher took its places from
   * outside.
   */
  private static final GazetteerPlaces BUNDLED = new GazetteerPlaces(Gazetteer::bundled);

  private final Supplier<Gazetteer> gazetteer;

  private GazetteerPlaces(Supplier<Gazetteer> gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** Place words from the bundled gazetteer: what every command and the web server search with. */
  public static GazetteerPlaces bundled() {
    return BUNDLED;
  }

  @Override
  public Optional<List<String>> regionPath(String word) {
    boolean suffixed = PROVINCES.contains(word) || DIVISION_WORD.matcher(word).matches();
    if (suffixed || word.length() >= 2 && word.codePoints().allMatch(Character::isIdeographic)) {
      if (gazetteer.get().lookup(word) instanceof RegionLookup.Found found
          && !found.region().path().isEmpty()
          && (suffixed
              || found.division().kind() == DivisionKind.PROVINCE
              || found.division().kind() == DivisionKind.PREFECTURE)) {
        return Optional.of(found.region().path());
      }
    }
    return Optional.empty();
  }
}
