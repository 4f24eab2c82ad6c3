package org.nianbao.bench.corpus;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Draws (agency, year) pairs, each at most once: every generated report is a distinct report, so
 * nothing is dropped as a duplicate. Draws are sequential and seeded, so a corpus of n reports is
 * the same on every machine (and a corpus of n is a prefix of a corpus of n + m).
 */
final class AgencyPicker {

  /**
   * Central bodies without a local counterpart among the sectors, with the sector the indexer
   * should give them ("" where its classifier has none: 国家能源局, 国家文物局).
   */
  private static final List<List<String>> CENTRAL_ONLY =
      List.of(
          List.of("外交部", "外事"),
          List.of("国家民族事务委员会", "民族宗教"),
          List.of("海关总署", "海关"),
          List.of("国家税务总局", "税务"),
          List.of("国家广播电视总局", "广播电视"),
          List.of("国家体育总局", "体育"),
          List.of("国家知识产权局", "知识产权"),
          List.of("国家药品监督管理局", "药品监管"),
          List.of("国家档案局", "档案"),
          List.of("国家粮食和物资储备局", "粮食和物资储备"),
          List.of("国家能源局", ""),
          List.of("国家文物局", ""),
          List.of("中国气象局", "气象"),
          List.of("中国地震局", "地震"),
          List.of("国家信访局", "信访"),
          List.of("国家数据局", "数据"),
          List.of("国家机关事务管理局", "机关事务"));

  /**
   * Share of each level, near what a national crawl finds (most reports come from counties and
   * townships).
   */
  private static final String[] LEVELS = {"central", "province", "city", "county", "township"};

  private static final double[] LEVEL_WEIGHTS = {0.01, 0.06, 0.20, 0.46, 0.27};

  static final int FIRST_YEAR = 2008;
  static final int LAST_YEAR = 2025;

  private final Divisions divisions;
  private final Set<String> taken = new HashSet<>();

  AgencyPicker(Divisions divisions) {
    this.divisions = divisions;
  }

  record Pick(Agency agency, int year) {}

  /**
   * The next distinct (agency, year); the agency's name is unique per year across the whole corpus.
   */
  Pick next(SplittableRandom random) {
    for (int attempt = 0; ; attempt++) {
      // After many misses a level is nearly exhausted (cities at a million reports): fall to
      // counties and townships.
      String level =
          attempt < 40 ? LEVELS[weighted(random, LEVEL_WEIGHTS)] : LEVELS[3 + random.nextInt(2)];
      Agency agency = agency(level, random);
      int year = year(random);
      if (taken.add(agency.name() + "|" + year)) {
        return new Pick(agency, year);
      }
      if (attempt > 10_000) {
        throw new IllegalStateException(
            "no distinct (agency, year) left after " + taken.size() + " reports");
      }
    }
  }

  private Agency agency(String level, SplittableRandom random) {
    switch (level) {
      case "central" -> {
        List<Sector> withMinistry = Sector.ALL.stream().filter(s -> s.central() != null).toList();
        int n = withMinistry.size() + CENTRAL_ONLY.size();
        int i = random.nextInt(n);
        if (i < withMinistry.size()) {
          Sector s = withMinistry.get(i);
          return new Agency(s.central(), level, s, null);
        }
        List<String> body = CENTRAL_ONLY.get(i - withMinistry.size());
        Sector own =
            new Sector(body.get(1), body.get(0), null, List.of(), Sector.GOVERNMENT.phrases());
        return new Agency(body.get(0), level, own, null);
      }
      case "province" -> {
        Divisions.Place p = pick(divisions.provinces, random);
        Sector s = sector(random);
        boolean municipality = p.name().endsWith("市");
        String body =
            s == Sector.GOVERNMENT
                ? (random.nextInt(3) == 0 ? "人民政府办公厅" : "人民政府")
                // 北京市教育委员会, 上海市水务局: a municipality's bodies carry local names, not 厅.
                : municipality ? s.local().get(s.local().size() - 1) : s.province();
        return new Agency(p.written() + body, level, s, p);
      }
      case "city", "county" -> {
        Divisions.Place p =
            pick(level.equals("city") ? divisions.cities : divisions.counties, random);
        Sector s = sector(random);
        return new Agency(p.written() + pick(s.local(), random), level, s, p);
      }
      default -> {
        Divisions.Place p = pick(divisions.townships, random);
        String body = p.name().endsWith("街道") ? "办事处" : "人民政府";
        return new Agency(p.written() + body, "township", Sector.GOVERNMENT, p);
      }
    }
  }

  /** Governments publish most; then the big service sectors; every sector appears. */
  private static Sector sector(SplittableRandom random) {
    if (random.nextInt(4) == 0) {
      return Sector.GOVERNMENT;
    }
    return Sector.ALL.get(1 + random.nextInt(Sector.ALL.size() - 1));
  }

  /** More reports are online for recent years: weight 1 in 2008 growing to about 15 in 2025. */
  private static int year(SplittableRandom random) {
    int span = LAST_YEAR - FIRST_YEAR + 1;
    double[] weights = new double[span];
    for (int i = 0; i < span; i++) {
      weights[i] = 1 + 0.05 * i * i;
    }
    return FIRST_YEAR + weighted(random, weights);
  }

  static <T> T pick(List<T> list, SplittableRandom random) {
    return list.get(random.nextInt(list.size()));
  }

  static int weighted(SplittableRandom random, double[] weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double r = random.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      r -= weights[i];
      if (r < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }
}
