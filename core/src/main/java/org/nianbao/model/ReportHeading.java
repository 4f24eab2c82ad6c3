package org.nianbao.model;

/**
 * What lists and pages show as a report's heading: its title; else its agency (most web pages put
 * the title in the page's chrome, not the text); else, when the parser found neither, the place and
 * year it is about, marked untitled. A list entry with an empty heading cannot be clicked.
 */
public final class ReportHeading {

  private ReportHeading() {}

  /** 淄博市文化和旅游局2023年度…年度报告; 南平市人民政府; 河南省郑州市中原区 2020年度报告（无标题）. */
  public static String of(String title, String agency, Region region, Integer year) {
    if (title != null && !title.isBlank()) {
      return title;
    }
    if (agency != null && !agency.isBlank()) {
      return agency;
    }
    String place = region == null || region.isEmpty() ? "" : String.join("", region.path()) + " ";
    return place + (year == null ? "" : year.toString()) + "年度报告（无标题）";
  }
}
