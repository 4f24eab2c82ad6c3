package org.nianbao.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.nianbao.region.HostReading.Strength;

class HostRegionsTest {

  private static final Gazetteer GAZETTEER = Gazetteer.bundled();
  private static final HostRegions HOSTS = HostRegions.bundled();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      # URL                                                    | code   | strength | how the labels matched
      http://dayao.gov.cn/info/egovinfo/1007/x.htm              | 532326 | STRONG   | dayao=大姚(PINYIN)
      http://www.fjtn.gov.cn/zfxxgkzl/bm/x.htm                  | 350429 | MEDIUM   | fj=福建省(PROVINCE_PREFIX) tn=泰宁(INITIALS)
      http://jxxf.gov.cn/xfxxxgk/c101039/x.shtml                | 360722 | MEDIUM   | jx=江西省(PROVINCE_PREFIX) xf=信丰(INITIALS)
      http://xxgk.sxgp.gov.cn/gzbm/gpwlj/x.shtml                | 140581 | MEDIUM   | sx=山西省(PROVINCE_PREFIX) gp=高平(INITIALS)
      https://www.ningxian.gov.cn/zwgk/content_23153            | 621026 | STRONG   | ningxian=宁县(PINYIN)
      http://www.jiangle.gov.cn/zfxxgkzl/x.htm                  | 350428 | STRONG   | jiangle=将乐(PINYIN)
      http://wlgd.baotou.gov.cn/xxgknb/24908607.jhtml           | 150200 | STRONG   | baotou=包头(PINYIN)
      http://whly.gd.gov.cn/tonglan/content/post_3764082.html   | 440000 | STRONG   | gd=广东省(PROVINCE_PORTAL)
      http://jaq.fuzhou.gov.cn/x.htm                            | 350111 | MEDIUM   | fuzhou=福州(PINYIN) jaq=晋安区(INITIALS)
      https://zuogong.changdu.gov.cn/zgx/x.shtml                | 540327 | STRONG   | changdu=昌都(PINYIN) zuogong=左贡(PINYIN)
      https://tunchang.hainan.gov.cn/x.html                     | 469022 | STRONG   | hainan=海南省(PROVINCE_PORTAL) tunchang=屯昌(PINYIN)
      https://gskanglexian.gov.cn/klx/x.html                    | 622922 | STRONG   | gs=甘肃省(PROVINCE_PREFIX) kanglexian=康乐县(PINYIN)
      http://hbdaye.gov.cn/zfxxgk/x.html                        | 420281 | STRONG   | hb=湖北省(PROVINCE_PREFIX) daye=大冶(PINYIN)
      https://www.bjdch.gov.cn/zfxxgkzl/x.html                  | 110101 | MEDIUM   | bj=北京市(PROVINCE_PREFIX) dch=东城(INITIALS)
      https://www.henan.gov.cn/                                 | 410000 | STRONG   | henan=河南省(PROVINCE_PORTAL)
      http://www.hubei.gov.cn/                                  | 420000 | STRONG   | hubei=湖北省(PROVINCE_PORTAL)
      http://www.sc.gov.cn/                                     | 510000 | STRONG   | sc=四川省(PROVINCE_PORTAL)
      http://www.shaanxi.gov.cn/                                | 610000 | STRONG   | shaanxi=陕西省(PROVINCE_PORTAL)
      http://www.shanxi.gov.cn/                                 | 140000 | STRONG   | shanxi=山西省(PROVINCE_PORTAL)
      http://www.hainanzhou.gov.cn/                             | 632500 | STRONG   | hainanzhou=海南州(PINYIN)
      http://www.lvliang.gov.cn/                                | 141100 | STRONG   | lvliang=吕梁(PINYIN)
      http://www.luan.gov.cn/                                   | 341500 | STRONG   | luan=六安(PINYIN)
      http://www.bengbu.gov.cn/                                 | 340300 | STRONG   | bengbu=蚌埠(PINYIN)
      http://www.yueqing.gov.cn/                                | 330382 | STRONG   | yueqing=乐清(PINYIN)
      http://www.changsha.gov.cn/                               | 430100 | STRONG   | changsha=长沙(PINYIN)
      XXGK.SXGP.GOV.CN:8080/a?b=c                               | 140581 | MEDIUM   | sx=山西省(PROVINCE_PREFIX) gp=高平(INITIALS)
      hubei.chinatax.gov.cn/x                                   | 420000 | MEDIUM   | hubei=湖北省(PROVINCE_PORTAL)
      """)
  void readsTheDivisionTheHostSpells(String url, String code, Strength strength, String evidence) {
    HostReading reading =
        HOSTS.clue(url).unique().orElseThrow(() -> new AssertionError(HOSTS.clue(url)));
    assertEquals(code, reading.division().code());
    assertEquals(strength, reading.strength());
    assertEquals(
        evidence, String.join(" ", reading.evidence().stream().map(LabelMatch::toString).toList()));
  }

  @Test
  void anAmbiguousLabelGivesEveryCandidateAndTheTextNarrows() {
    HostClue clue = HOSTS.clue("http://www.changanqu.gov.cn/zwgk/x.html");
    assertTrue(clue.unique().isEmpty());
    assertEquals(
        List.of("130102", "610116"),
        clue.candidates().stream().map(Division::code).sorted().toList());
    Division shaanxi = GAZETTEER.byCode("610000").orElseThrow();
    assertEquals(
        List.of("610116"),
        clue.candidatesWithin(GAZETTEER, shaanxi).stream().map(Division::code).toList());
  }

  @Test
  void aParentLabelNarrowsAnAmbiguousCity() {
    // fuzhou alone is 福州市 or 抚州市; jaq is the initials of 晋安区, inside 福州 only.
    assertEquals(List.of("350100", "361000"), codes(HOSTS.clue("http://www.fuzhou.gov.cn/")));
    assertEquals(List.of("350111"), codes(HOSTS.clue("http://jaq.fuzhou.gov.cn/")));
  }

  @Test
  void bareInitialsAreOnlyWeakCandidates() {
    HostClue np = HOSTS.clue("https://www.np.gov.cn/cms/html/npszf/x.html");
    assertTrue(np.unique().isEmpty());
    assertTrue(codes(np).contains("350700"), "南平市 is a candidate: " + np);
    assertTrue(np.readings().stream().allMatch(r -> r.strength() == Strength.WEAK));
    // Unique nationwide but still bare initials: a candidate, not an answer.
    HostClue jyg = HOSTS.clue("https://www.jyg.gov.cn/");
    assertEquals(List.of("620200"), codes(jyg));
    assertTrue(jyg.unique().isEmpty());
  }

  @Test
  void aPrefectureByItsInitialsIsNoAnchor() {
    // hrb (Harbin) + dl (道里): a candidate only; such splits also happen by chance on city portals.
    HostClue clue = HOSTS.clue("http://www.hrbdl.gov.cn/");
    assertEquals(List.of("230102"), codes(clue));
    assertTrue(clue.unique().isEmpty());
  }

  @Test
  void nestedLabelsMustAgree() {
    // 大姚 is in 云南, not in 包头; 屯昌 is in 海南, not in 广东: the left label is ignored.
    assertEquals(
        "150200",
        HOSTS.clue("http://dayao.baotou.gov.cn/").unique().orElseThrow().division().code());
    assertEquals(
        "440000",
        HOSTS.clue("http://tunchang.gd.gov.cn/").unique().orElseThrow().division().code());
  }

  @Test
  void bureauAbbreviationsUnderACityOrProvinceAreIgnored() {
    for (String url :
        List.of(
            "http://czt.sc.gov.cn/",
            "http://tjj.hanzhong.gov.cn/",
            "http://xxgk.jl.gov.cn/",
            "http://gongan.hubei.gov.cn/",
            "http://fgw.henan.gov.cn/")) {
      HostReading r = HOSTS.clue(url).unique().orElseThrow();
      assertEquals(1, r.evidence().size(), url + " " + r);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://wxredian.com/art?id=5dbbe3ff32d93b3ca2aaa1c7fe9ee81f",
        "http://1.25.240.11:8082/sites/wltqq/zwinfo.jsp?id=15652",
        "https://hkjmqz120.com/www/xxgk/x",
        "http://big5.www.gov.cn/gate/big5/www.gov.cn//gzdt/x.htm",
        "http://www.gov.cn/",
        "http://www.dayao.com/",
        "http://dayao.gov.cn.example.com/",
        "",
        "not a url",
        // central bodies: their labels spell no division
        "https://www.mofcom.gov.cn/",
        "http://www.moe.gov.cn/",
        "http://www.stats.gov.cn/",
        "http://www.mee.gov.cn/",
        "http://www.nhc.gov.cn/",
        "http://www.samr.gov.cn/",
        "http://www.ndrc.gov.cn/",
        "http://www.nmpa.gov.cn/",
        "http://www.nhsa.gov.cn/",
        "http://www.mohrss.gov.cn/",
        "http://www.forestry.gov.cn/",
        "http://www.gjxfj.gov.cn/"
      })
  void givesNoUniqueAnswerWhereTheHostNamesNoPlace(String url) {
    HostClue clue = HOSTS.clue(url);
    assertTrue(clue.unique().isEmpty(), clue.toString());
  }

  @Test
  void nullUrlGivesNothing() {
    assertTrue(HOSTS.clue(null).isEmpty());
  }

  @Test
  void polyphonesCountEveryReading() {
    // 涉县 and 歙县 (she) are both shexian; 蔚县 (yu) and 盂县 both yuxian: never guessed.
    assertEquals(List.of("130426", "341021"), codes(HOSTS.clue("www.shexian.gov.cn")));
    assertEquals(List.of("130726", "140322"), codes(HOSTS.clue("www.yuxian.gov.cn")));
  }

  @Test
  void govHostSplitsRegistrableAndSubLabels() {
    GovHost host = GovHost.of("http://a.jaq.fuzhou.gov.cn:8080/x?y=z").orElseThrow();
    assertEquals("fuzhou", host.registrable());
    assertEquals(List.of("jaq", "a"), host.subLabels());
    assertEquals("a.jaq.fuzhou.gov.cn", host.host());
    assertEquals("sxgp", GovHost.of("XXGK.SXGP.GOV.CN.").orElseThrow().registrable());
    assertEquals(
        "ahhy",
        GovHost.of("https://www.ahhy.gov.cn/zfxxgk/public/column/24601?action=detail&title=2020")
            .orElseThrow()
            .registrable());
    assertFalse(GovHost.of("http://www.gov.cn/").isPresent());
    assertFalse(GovHost.of("http://1.25.240.11:8082/sites/x").isPresent());
    assertFalse(GovHost.of("https://gov.cn.example.org/").isPresent());
  }

  private static List<String> codes(HostClue clue) {
    return clue.candidates().stream().map(Division::code).sorted().toList();
  }
}
