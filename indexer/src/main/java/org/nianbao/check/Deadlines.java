package org.nianbao.check;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.EnumMap;
import java.util.Map;
import org.nianbao.model.AnnualReport;
import org.nianbao.model.Level;

/**
 * By when a report must be published. Under the revised 条例 (in force from 15 May 2019; the reports
 * on 2019 on) 第四十九条 gives the departments of governments at county level and above until 31 January
 * and those governments themselves until 31 March; townships follow local rules (31 March unless
 * configured). Before the revision (reports on 2018 and earlier) every body had until 31 March (旧条例
 * 第三十一条).
 *
 * @param governments the deadline of a people's government's own report, per level
 * @param departments the deadline of a department's report, per level
 */
public record Deadlines(Map<Level, MonthDay> governments, Map<Level, MonthDay> departments) {

  static final MonthDay JANUARY_31 = MonthDay.of(1, 31);
  static final MonthDay MARCH_31 = MonthDay.of(3, 31);

  /** The first reporting year under the revised 条例. */
  static final int REVISED_FROM = 2019;

  public static Deadlines national() {
    Map<Level, MonthDay> governments = new EnumMap<>(Level.class);
    Map<Level, MonthDay> departments = new EnumMap<>(Level.class);
    for (Level level : Level.values()) {
      governments.put(level, MARCH_31);
      departments.put(level, level == Level.TOWNSHIP ? MARCH_31 : JANUARY_31);
    }
    return new Deadlines(governments, departments);
  }

  public Deadlines {
    governments = Map.copyOf(governments);
    departments = Map.copyOf(departments);
  }

  /**
   * This deadline set with another for one level's bodies (a province's own rule for its
   * townships).
   */
  public Deadlines withLevel(Level level, MonthDay forGovernments, MonthDay forDepartments) {
    Map<Level, MonthDay> g = new EnumMap<>(governments);
    Map<Level, MonthDay> d = new EnumMap<>(departments);
    g.put(level, forGovernments);
    d.put(level, forDepartments);
    return new Deadlines(g, d);
  }

  /** The last day the report may be published, and the rule that says so. */
  record Due(LocalDate date, String basis) {}

  Due dueFor(AnnualReport report) {
    int next = report.year() + 1;
    if (report.year() < REVISED_FROM) {
      return new Due(MARCH_31.atYear(next), "旧条例第三十一条：每年3月31日前");
    }
    Level level = report.level() == null ? Level.COUNTY : report.level();
    boolean government = isGovernment(report);
    MonthDay day = (government ? governments : departments).getOrDefault(level, JANUARY_31);
    String who = government ? "人民政府" : "政府部门";
    return new Due(
        day.atYear(next),
        String.format(
            java.util.Locale.ROOT,
            "条例第四十九条：%s于%d月%d日前",
            who,
            day.getMonthValue(),
            day.getDayOfMonth()));
  }

  /** A people's government's (or a street office's) own report, not one of its departments'. */
  private static boolean isGovernment(AnnualReport report) {
    String agency = report.agency();
    return agency != null
        && (agency.endsWith("人民政府")
            || agency.endsWith("政府")
            || agency.endsWith("办事处")
            || agency.endsWith("行政公署"));
  }
}
