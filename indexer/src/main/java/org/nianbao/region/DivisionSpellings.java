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
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The Latin spellings of every province, prefecture and county name and short form, as government
 * hosts write them: the full pinyin (dayao, ningxian, changanqu) and the initials (tn for 泰宁, jaq
 * for 晋安区, dch for 东城 with the zh/ch/sh digraphs kept). Every reading of a polyphonic character
 * counts (长 chang/zhang, 六 liu/lu), so a spelling that two names share in any reading finds both:
 * ambiguity is reported, never resolved by guessing the reading.
 *
 * <p>Readings come from {@code division-pinyin.tsv.gz} (see the resource README).
 */
final class DivisionSpellings {

  private static final String RESOURCE = "division-pinyin.tsv.gz";

  /** Bound on the readings expanded per name; the longest names have a handful of polyphones. */
  private static final int MAX_READINGS = 256;

  /** A division spelt by one of its names ({@code name} is the full name or a short form). */
  record Spelled(Division division, String name) {}

  private final Map<String, List<Spelled>> byPinyin = new HashMap<>(1 << 16);
  private final Map<String, List<Spelled>> byInitials = new HashMap<>(1 << 16);

  private DivisionSpellings() {}

  static DivisionSpellings bundled(Gazetteer gazetteer) {
    try (InputStream raw = DivisionSpellings.class.getResourceAsStream(RESOURCE)) {
      if (raw == null) {
        throw new IllegalStateException("pinyin resource missing: " + RESOURCE);
      }
      return read(gazetteer, new GZIPInputStream(raw));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read pinyin resource " + RESOURCE, e);
    }
  }

  /**
   * Reads {@code code<TAB>name<TAB>syllables} lines; names unknown to the gazetteer are skipped.
   */
  static DivisionSpellings read(Gazetteer gazetteer, InputStream in) throws IOException {
    DivisionSpellings spellings = new DivisionSpellings();
    String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    for (String line : all.split("\n")) {
      String[] fields = line.split("\t");
      if (fields.length != 3) {
        continue;
      }
      Division d = gazetteer.byCode(fields[0]).orElse(null);
      if (d == null || !d.name().equals(fields[1]) || d.kind() == DivisionKind.TOWNSHIP) {
        continue;
      }
      List<List<String>> groups = new ArrayList<>();
      for (String group : fields[2].split(" ")) {
        groups.add(List.of(group.split("\\|")));
      }
      spellings.add(d, groups);
    }
    return spellings;
  }

  private void add(Division d, List<List<String>> fullGroups) {
    int[] full = d.name().codePoints().toArray();
    if (full.length != fullGroups.size()) {
      return;
    }
    Set<String> names = new LinkedHashSet<>();
    names.add(d.name());
    names.addAll(DivisionNames.aliases(d.name(), d.kind()));
    for (String name : names) {
      List<List<String>> groups = groupsOf(name.codePoints().toArray(), full, fullGroups);
      if (groups == null) {
        continue;
      }
      Spelled spelled = new Spelled(d, name);
      for (String key : expand(groups, false)) {
        put(byPinyin, key, spelled);
      }
      for (String key : expand(groups, true)) {
        put(byInitials, key, spelled);
      }
    }
  }

  /**
   * The readings of a short form, taken from its full name: every short form is a head of the full
   * name plus perhaps a tail of it (临夏州 = 临夏 + 州 of 临夏回族自治州). Null when not so.
   */
  private static List<List<String>> groupsOf(
      int[] name, int[] full, List<List<String>> fullGroups) {
    int head = 0;
    while (head < name.length && head < full.length && name[head] == full[head]) {
      head++;
    }
    int tail = name.length - head;
    if (full.length - tail < head) {
      return null;
    }
    for (int i = 0; i < tail; i++) {
      if (name[head + i] != full[full.length - tail + i]) {
        return null;
      }
    }
    List<List<String>> groups = new ArrayList<>(fullGroups.subList(0, head));
    groups.addAll(fullGroups.subList(full.length - tail, full.length));
    return groups;
  }

  /** Every concatenation of one reading (or its initial) per character. */
  private static Set<String> expand(List<List<String>> groups, boolean initials) {
    Set<String> keys = new LinkedHashSet<>();
    keys.add("");
    for (List<String> group : groups) {
      Set<String> parts = new LinkedHashSet<>();
      for (String syllable : group) {
        if (initials) {
          parts.add(syllable.substring(0, 1));
          if (syllable.length() > 2
              && syllable.charAt(1) == 'h'
              && "zcs".indexOf(syllable.charAt(0)) >= 0) {
            parts.add(syllable.substring(0, 2));
          }
          if (syllable.equals("er")) {
            parts.add("r"); // 哈尔滨 is hrb, after its Latin name Harbin
          }
        } else {
          parts.add(syllable);
          // ü is written v by most sites (lvliang) and u by some (lushunkou for 旅顺口).
          if (syllable.indexOf('v') >= 0) {
            parts.add(syllable.replace('v', 'u'));
          }
        }
      }
      Set<String> next = new LinkedHashSet<>();
      for (String key : keys) {
        for (String part : parts) {
          if (next.size() < MAX_READINGS) {
            next.add(key + part);
          }
        }
      }
      keys = next;
    }
    return keys;
  }

  private static void put(Map<String, List<Spelled>> index, String key, Spelled spelled) {
    List<Spelled> list = index.computeIfAbsent(key, k -> new ArrayList<>(1));
    for (Spelled s : list) {
      if (s.division().equals(spelled.division())) {
        return; // the first (longest) name that spells it is kept
      }
    }
    list.add(spelled);
  }

  /** Divisions one of whose names has this full pinyin (tones dropped, no separators). */
  List<Spelled> byPinyin(String label) {
    return Collections.unmodifiableList(byPinyin.getOrDefault(label, List.of()));
  }

  /** Divisions one of whose names has these initials (one letter, or zh/ch/sh, per character). */
  List<Spelled> byInitials(String label) {
    return Collections.unmodifiableList(byInitials.getOrDefault(label, List.of()));
  }
}
