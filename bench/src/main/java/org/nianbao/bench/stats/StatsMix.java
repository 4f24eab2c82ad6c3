package org.nianbao.bench.stats;

import java.util.List;

/**
 * The fixed set of statistics requests timed by {@code bench stats}: every grouping the issue names
 * that a big index makes costly (year, province, city, county, level, sector, agency: the last has
 * tens of thousands of groups at 100,000 reports), cells and the four rates, with and without a
 * query, filters and cell conditions, and rankings up to the largest allowed. The place, year and
 * word values come from the benchmark generator's vocabulary (every province, 2008–2025, sector
 * phrases), so each request matches reports on any corpus of a few thousand or more.
 */
public final class StatsMix {

  private StatsMix() {}

  private static final String NEW = "requests.new.total";
  private static final String HANDLED = "requests.handled_total.total";

  public static final List<StatsCall> CALLS =
      List.of(
          // The API's defaults: grouped by year, new and handled requests and the four rates.
          StatsCall.of("defaults"),
          StatsCall.of("year × new requests", "group", "year", "measure", NEW),
          StatsCall.of(
              "province × 2 cells + 2 rates",
              "group",
              "province",
              "measure",
              NEW,
              "measure",
              HANDLED,
              "measure",
              "rate.disclosure",
              "measure",
              "rate.denial"),
          StatsCall.of(
              "city × disclosure rate, 山东省",
              "group",
              "city",
              "region",
              "山东省",
              "measure",
              "rate.disclosure"),
          StatsCall.of(
              "county × new requests, 2023", "group", "county", "year", "2023", "measure", NEW),
          StatsCall.of(
              "level × four rates",
              "group",
              "level",
              "measure",
              "rate.disclosure",
              "measure",
              "rate.denial",
              "measure",
              "rate.review_corrected",
              "measure",
              "rate.litigation_corrected"),
          StatsCall.of(
              "sector × reviews, county level",
              "group",
              "sector",
              "level",
              "county",
              "measure",
              "review.total"),
          StatsCall.of(
              "agency × new requests (every body)",
              "group",
              "agency",
              "measure",
              NEW,
              "limit",
              "100"),
          StatsCall.of(
              "query 政务新媒体, province × rate",
              "q",
              "政务新媒体",
              "group",
              "province",
              "measure",
              "rate.disclosure"),
          StatsCall.of(
              "query 河长制 2022, level × new",
              "q",
              "河长制",
              "year",
              "2022",
              "group",
              "level",
              "measure",
              NEW),
          StatsCall.of(
              "where new ≥ 100, year × rate",
              "where",
              NEW + ">=100",
              "group",
              "year",
              "measure",
              "rate.disclosure"),
          StatsCall.of(
              "where review > 0 and rate < 50 %, province",
              "where",
              "review.total>0",
              "where",
              "rate.disclosure<50%",
              "group",
              "province",
              "measure",
              "rate.review_corrected"),
          StatsCall.of(
              "flag R1, year × handled", "flag", "R1", "group", "year", "measure", HANDLED),
          StatsCall.of(
              "top/bottom 100 by denial rate",
              "group",
              "none",
              "measure",
              "rate.denial",
              "top",
              "100"),
          StatsCall.of(
              "top/bottom 10 by new, 2024 by city",
              "year",
              "2024",
              "group",
              "city",
              "measure",
              NEW,
              "rank",
              NEW,
              "top",
              "10"));
}
