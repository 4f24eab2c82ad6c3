package org.nianbao.region;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.nianbao.region.DivisionSpellings.Spelled;
import org.nianbao.region.HostReading.Strength;

/**
 * Reads the region a government site's host names: {@code dayao.gov.cn} → 大姚县, {@code
 * www.fjtn.gov.cn} → 福建 + 泰宁县, {@code jaq.fuzhou.gov.cn} → 福州市 + 晋安区, {@code whly.gd.gov.cn} → 广东省.
 * Precise rather than eager: a wrong region is worse than none, so an ambiguous label gives all its
 * candidates and {@link HostClue#unique()} answers only when exactly one division fits.
 *
 * <p>The label registered under gov.cn is read in the first of these ways that gives anything:
 *
 * <ol>
 *   <li>a province portal's label or full pinyin (gd, henan, shaanxi) — the province, strong;
 *   <li>the full pinyin of a prefecture's or county's full name or short form, nationwide (dayao,
 *       ningxian, baotou) — strong, ambiguous when names share it (changanqu, fuzhou);
 *   <li>an anchor followed by a name inside it: a province code (fj+tn, hb+daye; medium with
 *       initials, strong with pinyin) or a prefecture (hrb+dl = 哈尔滨 道里区), which anchors only when
 *       one side is pinyin: with initials on both sides the reading is weak;
 *   <li>bare initials, nationwide (np, trs): weak, only candidates for the text to confirm (also
 *       added when the anchored readings are all weak).
 * </ol>
 *
 * Labels left of it narrow the reading when they spell a division inside it, in pinyin or as the
 * initials of a full name with its suffix (jaq = 晋安区); anything else there (www, xxgk, bureau
 * abbreviations such as wlgd, czt) is ignored. A label that spells a division outside its parent is
 * ignored too: nested labels must agree. Townships are never read.
 *
 * <p>Usage: {@code HostRegions.bundled().clue(url)}; take {@link HostClue#unique()} as the host's
 * answer, or narrow {@link HostClue#candidates()} with what the text says (a province, a city). Let
 * the text win where it names a place: a report may be re-posted on another body's site.
 *
 * <p>Immutable and thread-safe.
 */
public final class HostRegions {

  /** Minimum letters of each side of an anchored split (fj|tn). */
  private static final int MIN_PART = 2;

  /** Suffixes whose initial a sub-label's initials must end with to count (jaq = 晋安区). */
  private static final String SUFFIXES = "区县市州旗盟";

  /**
   * Department words that spell a county: gongan.hubei.gov.cn is the 公安厅, not 公安县. Only sub-labels
   * are affected; gongan.gov.cn alone is still 公安县.
   */
  private static final Set<String> DEPARTMENT_WORDS = Set.of("gongan");

  private final Gazetteer gazetteer;
  private final DivisionSpellings spellings;

  HostRegions(Gazetteer gazetteer, DivisionSpellings spellings) {
    this.gazetteer = gazetteer;
    this.spellings = spellings;
  }

  private static final class Bundled {
    static final HostRegions INSTANCE =
        new HostRegions(Gazetteer.bundled(), DivisionSpellings.bundled(Gazetteer.bundled()));
  }

  /** The reader over the bundled gazetteer, built on first call. */
  public static HostRegions bundled() {
    return Bundled.INSTANCE;
  }

  /** What the URL's host says about the region; empty for non-government hosts and IP addresses. */
  public HostClue clue(String url) {
    Optional<GovHost> host = GovHost.of(url);
    if (host.isEmpty()) {
      return HostClue.none(url);
    }
    List<HostReading> readings = readRegistrable(host.get().registrable());
    for (String sub : host.get().subLabels()) {
      readings = narrow(readings, sub);
    }
    readings = strongestFirst(readings);
    return new HostClue(url, readings, certain(readings));
  }

  /**
   * The reading every candidate lies within (usually the only one), when it is at least medium:
   * bare initials never place a body alone.
   */
  private Optional<HostReading> certain(List<HostReading> readings) {
    for (HostReading outer : readings) {
      if (outer.strength() == Strength.WEAK) {
        continue;
      }
      boolean containsAll = true;
      for (HostReading r : readings) {
        containsAll &= gazetteer.isWithin(r.division(), outer.division());
      }
      if (containsAll) {
        return Optional.of(outer);
      }
    }
    return Optional.empty();
  }

  private List<HostReading> readRegistrable(String label) {
    String portal = ProvinceAbbreviations.portal(label);
    if (portal != null) {
      Division province = gazetteer.byCode(portal).orElseThrow();
      return List.of(
          reading(
              Strength.STRONG,
              match(label, label, province, province.name(), Spelling.PROVINCE_PORTAL)));
    }
    List<HostReading> readings = new ArrayList<>();
    for (Spelled s : spellings.byPinyin(label)) {
      readings.add(reading(Strength.STRONG, match(label, label, s, Spelling.PINYIN)));
    }
    if (!readings.isEmpty()) {
      return readings;
    }
    readings.addAll(anchored(label));
    if (readings.stream().anyMatch(r -> r.strength() != Strength.WEAK)) {
      return readings;
    }
    for (Spelled s : spellings.byInitials(label)) {
      readings.add(reading(Strength.WEAK, match(label, label, s, Spelling.INITIALS)));
    }
    return readings;
  }

  /** fj|tn, hb|daye (province code + name inside), hrb|dl, sy|yh (prefecture + county inside). */
  private List<HostReading> anchored(String label) {
    List<HostReading> readings = new ArrayList<>();
    for (int cut = MIN_PART; cut <= label.length() - MIN_PART; cut++) {
      String head = label.substring(0, cut);
      String rest = label.substring(cut);
      for (String code : ProvinceAbbreviations.prefix(head)) {
        Division province = gazetteer.byCode(code).orElseThrow();
        LabelMatch anchor = match(label, head, province, province.name(), Spelling.PROVINCE_PREFIX);
        for (Inner inner : inside(rest, province, false)) {
          Strength strength =
              inner.spelling() == Spelling.PINYIN ? Strength.STRONG : Strength.MEDIUM;
          readings.add(
              reading(strength, anchor, match(label, rest, inner.spelled(), inner.spelling())));
        }
      }
      for (Inner prefecture : spelt(head)) {
        Division p = prefecture.spelled().division();
        if (p.kind() != DivisionKind.PREFECTURE) {
          continue;
        }
        LabelMatch anchor = match(label, head, prefecture.spelled(), prefecture.spelling());
        for (Inner inner : inside(rest, p, false)) {
          readings.add(
              reading(
                  prefectureAnchored(prefecture.spelling(), inner.spelling()),
                  anchor,
                  match(label, rest, inner.spelled(), inner.spelling())));
        }
      }
    }
    return readings;
  }

  /**
   * A prefecture's initials are no anchor: 333 prefectures share few two-letter initials, and a
   * city portal's label can split by chance into a prefecture and a county inside it (hgds reads as
   * 鹤岗 + 东山区 but is the city's). So initials on both sides give only a weak candidate.
   */
  private static Strength prefectureAnchored(Spelling prefecture, Spelling county) {
    if (prefecture == Spelling.PINYIN) {
      return county == Spelling.PINYIN ? Strength.STRONG : Strength.MEDIUM;
    }
    return county == Spelling.PINYIN ? Strength.MEDIUM : Strength.WEAK;
  }

  /**
   * Keeps the readings a sub-label narrows to a division inside them; unchanged when it names none.
   */
  private List<HostReading> narrow(List<HostReading> readings, String sub) {
    if (readings.isEmpty()) {
      // Under a non-place registrable label (a central body's site), only a province portal label
      // is read: a vertically managed body's provincial branch (hubei.chinatax.gov.cn).
      String portal = ProvinceAbbreviations.portal(sub);
      if (portal == null) {
        return readings;
      }
      Division province = gazetteer.byCode(portal).orElseThrow();
      return List.of(
          reading(
              Strength.MEDIUM,
              match(sub, sub, province, province.name(), Spelling.PROVINCE_PORTAL)));
    }
    if (DEPARTMENT_WORDS.contains(sub)) {
      return readings;
    }
    List<HostReading> narrowed = new ArrayList<>();
    for (HostReading r : readings) {
      if (r.division().kind() == DivisionKind.COUNTY) {
        continue;
      }
      for (Inner inner : inside(sub, r.division(), true)) {
        Strength strength = inner.spelling() == Spelling.PINYIN ? Strength.STRONG : Strength.MEDIUM;
        List<LabelMatch> evidence = new ArrayList<>(r.evidence());
        evidence.add(match(sub, sub, inner.spelled(), inner.spelling()));
        narrowed.add(
            new HostReading(inner.spelled().division(), r.strength().min(strength), evidence));
      }
    }
    return narrowed.isEmpty() ? readings : narrowed;
  }

  private record Inner(Spelled spelled, Spelling spelling) {}

  /** Divisions the letters spell, in pinyin or as initials. */
  private List<Inner> spelt(String letters) {
    List<Inner> all = new ArrayList<>();
    for (Spelled s : spellings.byPinyin(letters)) {
      all.add(new Inner(s, Spelling.PINYIN));
    }
    for (Spelled s : spellings.byInitials(letters)) {
      all.add(new Inner(s, Spelling.INITIALS));
    }
    return all;
  }

  /**
   * Divisions strictly inside {@code parent} that the letters spell. For a sub-label, initials
   * count only with the suffix's initial (jaq = 晋安区, not ja): bureau abbreviations (tjj, czt, wlgd)
   * never end in one, so they are not mistaken for counties.
   */
  private List<Inner> inside(String letters, Division parent, boolean subLabel) {
    List<Inner> inside = new ArrayList<>();
    for (Inner inner : spelt(letters)) {
      Division d = inner.spelled().division();
      if (d.equals(parent) || !gazetteer.isWithin(d, parent)) {
        continue;
      }
      if (subLabel
          && inner.spelling() == Spelling.INITIALS
          && !endsWithSuffix(inner.spelled().name())) {
        continue;
      }
      inside.add(inner);
    }
    return inside;
  }

  private static boolean endsWithSuffix(String name) {
    return name.length() > 2 && SUFFIXES.indexOf(name.charAt(name.length() - 1)) >= 0;
  }

  private static LabelMatch match(String label, String part, Spelled s, Spelling spelling) {
    return new LabelMatch(label, part, s.division(), s.name(), spelling);
  }

  private static LabelMatch match(
      String label, String part, Division d, String name, Spelling spelling) {
    return new LabelMatch(label, part, d, name, spelling);
  }

  private static HostReading reading(Strength strength, LabelMatch... evidence) {
    return new HostReading(evidence[evidence.length - 1].division(), strength, List.of(evidence));
  }

  /** One reading per division, its strongest, strongest first. */
  private static List<HostReading> strongestFirst(List<HostReading> readings) {
    Map<Division, HostReading> best = new LinkedHashMap<>();
    for (HostReading r : readings) {
      HostReading seen = best.get(r.division());
      if (seen == null || r.strength().compareTo(seen.strength()) > 0) {
        best.put(r.division(), r);
      }
    }
    List<HostReading> sorted = new ArrayList<>(best.values());
    sorted.sort(Comparator.comparing(HostReading::strength).reversed());
    return sorted;
  }
}
