package org.nianbao.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReportHeadingTest {

  private static final Region ZHONGYUAN = new Region("河南省", "郑州市", "中原区", "410102");

  @Test
  void theTitleThenTheAgencyThenThePlaceAndYearMarkedUntitled() {
    assertEquals(
        "淄博市文化和旅游局2023年度政府信息公开工作年度报告",
        ReportHeading.of("淄博市文化和旅游局2023年度政府信息公开工作年度报告", "淄博市文化和旅游局", ZHONGYUAN, 2023));
    assertEquals("南平市人民政府", ReportHeading.of(null, "南平市人民政府", ZHONGYUAN, 2012));
    assertEquals("南平市人民政府", ReportHeading.of(" ", "南平市人民政府", ZHONGYUAN, 2012));
    assertEquals("河南省郑州市中原区 2020年度报告（无标题）", ReportHeading.of(null, null, ZHONGYUAN, 2020));
    assertEquals("2020年度报告（无标题）", ReportHeading.of(null, null, Region.NONE, 2020));
    assertEquals("年度报告（无标题）", ReportHeading.of(null, null, null, null));
  }
}
