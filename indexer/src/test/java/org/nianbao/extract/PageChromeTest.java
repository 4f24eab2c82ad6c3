package org.nianbao.extract;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nianbao.model.AnnualReport;
import org.nianbao.model.Part;

/**
 * Page chrome is neither searched nor shown, while the page's date and source still feed the
 * metadata.
 */
class PageChromeTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "字号：大 中 小",
        "【打印本页】【关闭窗口】",
        "字体大小:A+ A A- 分享: 打印",
        "浏览次数：1234",
        "关怀版 无障碍 无障碍",
        "首页 > 政务公开 > 政府信息公开年报",
        "当前位置：首页 / 信息公开 / 年报",
        "微博 微信 QQ空间",
        "扫一扫在手机打开当前页",
        "|",
        "登录    注册",
        "唐村镇2010年政府信息公开工作年度报告.pdf"
      })
  void chromeLines(String line) {
    assertTrue(PageChrome.isChrome(line), line);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "一、总体情况",
        "（二）微信公众号",
        "2023年，我局通过微博、微信发布信息120条。",
        "总计",
        "0",
        "打印机等办公设备采购信息已全部公开。",
        "阅读推广活动",
        "2023年1月20日"
      })
  void reportLinesAreNotChrome(String line) {
    assertFalse(PageChrome.isChrome(line), line);
  }

  @Test
  void aPageWithNavigationChromeAndAMetadataBlock() throws NotAReportException {
    AnnualReport r =
        ReportParser.bundled()
            .parse(
                String.join(
                    "\n",
                    "关怀版 无障碍",
                    "首页 政务公开 微博 微信 办事服务",
                    "您当前所在位置: 首页 > 部门公开信息 > 县卫健委 > 信息公开年度报告",
                    "信丰县卫生健康委2023年政府信息公开工作年度报告",
                    "发布时间：2024-01-20 来源：信丰县卫生健康委 访问量：",
                    "字号：大 中 小 【打印】 【关闭】",
                    "一、总体情况",
                    "2023年，我委坚持以公开为常态、不公开为例外，全年主动公开政府信息465条。",
                    "二、主动公开政府信息情况",
                    "我委通过门户网站和微信公众号公开各类信息。",
                    "【打印本页】【关闭窗口】",
                    "扫一扫在手机打开当前页"));
    String all = r.parts().preamble() + r.parts().get(Part.OVERVIEW) + r.parts().get(Part.ACTIVE);
    assertAll(
        () -> assertEquals("信丰县卫生健康委", r.agency()),
        () ->
            assertEquals(
                LocalDate.of(2024, 1, 20),
                r.published(),
                "the page's date still feeds the metadata"),
        () -> assertEquals("2023年，我委坚持以公开为常态、不公开为例外，全年主动公开政府信息465条。", r.parts().get(Part.OVERVIEW)),
        () -> assertEquals("我委通过门户网站和微信公众号公开各类信息。", r.parts().get(Part.ACTIVE)),
        () -> assertFalse(all.contains("微博"), "the navigation's 微博 is not report text: " + all),
        () -> assertFalse(all.contains("打印") || all.contains("扫一扫") || all.contains("首页"), all));
  }
}
