package org.nianbao.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.nianbao.model.ReportFormat;
import org.nianbao.scan.StartChars;
import org.nianbao.source.Block;

/**
 * Which national format a report follows, read from its tables and headings where they show it,
 * else from the reporting year (the 2019 format was used for the reports on 2019 and 2020, the 2021
 * template from the reports on 2021 on).
 */
final class FormatDetector {

  private static final StartChars FORMAT_2021 =
      StartChars.of(Pattern.compile("本年制发件数|本年废止件数|现行有效件数|本年处理决定数量|本年收费金额|不补正|缴纳费用"), "本现不缴");
  private static final StartChars FORMAT_2019 =
      StartChars.of(Pattern.compile("本年新制作|本年新公开|对外公开总数量|上一年项目数量|本年增/减|本年增减"), "本对上");
  private static final Pattern PRE_2019 = Pattern.compile("收费及减免|收费和减免|依申请公开政府信息情况|政府信息公开的收费");

  private FormatDetector() {}

  static ReportFormat detect(PartSplitter.Split split, List<Block> blocks, Integer year) {
    String text = String.join("\n", Lines.withTableRows(blocks));
    if (FORMAT_2021.isIn(text)) {
      return ReportFormat.V2021;
    }
    if (FORMAT_2019.isIn(text)) {
      return ReportFormat.V2019;
    }
    boolean oldHeadings =
        split.headings().stream()
            .anyMatch(h -> PRE_2019.matcher(h.text()).find() || h.text().contains("概述"));
    if (oldHeadings && (year == null || year < 2021)) {
      return ReportFormat.PRE2019;
    }
    if (year == null) {
      return null;
    }
    return year >= 2021
        ? ReportFormat.V2021
        : year >= 2019 ? ReportFormat.V2019 : ReportFormat.PRE2019;
  }
}
