package org.nianbao.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nianbao.model.AnnualReport;
import org.nianbao.model.Level;
import org.nianbao.model.Parts;
import org.nianbao.model.Region;
import org.nianbao.model.Tables;

/**
 * Which reports are one body's across years: renames kept together, a government and its office
 * apart.
 */
class BodyKeyTest {

  private static final Region ZIBO = new Region("山东省", "淄博市", null, "370300");

  private static AnnualReport report(
      String agency, int year, String sector, Region region, Level level) {
    return new AnnualReport(
        agency + year + "年政府信息公开工作年度报告",
        agency,
        year,
        null,
        region,
        level,
        sector,
        new Parts(null, java.util.Map.of(), List.of()),
        Tables.NONE);
  }

  @Test
  void aRenamedBureauOfTheSamePlaceAndSectorKeepsItsKey() {
    assertEquals(
        BodyKey.of(report("淄博市文化广电和旅游局", 2019, "文化和旅游", ZIBO, Level.CITY)),
        BodyKey.of(report("淄博市文化和旅游局", 2023, "文化和旅游", ZIBO, Level.CITY)));
    assertEquals(
        Optional.of(new BodyKey("370300|文化和旅游|局")),
        BodyKey.of(report("淄博市文化和旅游局", 2023, "文化和旅游", ZIBO, Level.CITY)));
  }

  @Test
  void aGovernmentAndItsOwnOfficeAreTwoBodies() {
    assertNotEquals(
        BodyKey.of(report("淄博市人民政府", 2023, "政府", ZIBO, Level.CITY)),
        BodyKey.of(report("淄博市人民政府办公室", 2023, "政府", ZIBO, Level.CITY)));
  }

  @Test
  void anotherPlaceIsAnotherBody() {
    Region liaocheng = new Region("山东省", "聊城市", null, "371500");
    assertNotEquals(
        BodyKey.of(report("淄博市文化和旅游局", 2023, "文化和旅游", ZIBO, Level.CITY)),
        BodyKey.of(report("聊城市文化和旅游局", 2023, "文化和旅游", liaocheng, Level.CITY)));
  }

  @Test
  void noPlaceOrNoAgencyGivesNoKey() {
    assertEquals(Optional.empty(), BodyKey.of(report("某局", 2023, null, Region.NONE, null)));
    assertEquals(Optional.empty(), BodyKey.of(report(null, 2023, null, ZIBO, Level.CITY)));
    assertEquals(
        Optional.of(new BodyKey("central|生态环境部")),
        BodyKey.of(report("生态环境部", 2023, null, Region.NONE, Level.CENTRAL)));
  }
}
