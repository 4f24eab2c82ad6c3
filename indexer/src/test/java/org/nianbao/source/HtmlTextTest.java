package org.nianbao.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.nianbao.source.Grids.line;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Report web pages as government sites publish them, read into lines, tables as grids, and the
 * page's metadata.
 */
class HtmlTextTest {

  /** A TRS-style article page: chrome around a {@code #zoom} container, a GBK declaration. */
  private static final String PAGE =
      """
            <!DOCTYPE html>
            <html><head>
            <meta http-equiv="Content-Type" content="text/html; charset=gb2312">
            <title>某市教育局2023年政府信息公开工作年度报告</title>
            <style>p { color: red }</style>
            <script>var tracker = "不是正文";</script>
            </head><body>
            <div class="header"><a href="/">首页</a></div>
            <nav><ul><li>政务公开</li><li>办事服务</li></ul></nav>
            <div class="crumb">当前位置：首页 &gt; 年度报告</div>
            <h1>某市教育局2023年政府信息公开工作年度报告</h1>
            <div id="zoom">
              <p>　　本报告根据《中华人民共和国政府信息公开条例》编制。</p>
              <p><strong>一、总体情况</strong></p>
              <p>2023年，主动公开信息<span>120</span>条。<br>第二行&nbsp;文字</p>
              <table border="1">
                <tr><th colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，<br>等于第三项加第四项之和）</th>
                    <th colspan="7">申请人情况</th></tr>
                <tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>
                <tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>
                <tr><td colspan="3">一、本年新收政府信息公开申请数量</td><td>5</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>5</td></tr>
                <tr><td>备注</td><td></td><td>&nbsp;</td><td>a|b</td></tr>
                <tr><td></td><td> </td></tr>
              </table>
              <p>四、存在的主要问题及改进情况</p>
            </div>
            <div id="footer">版权所有：某市教育局</div>
            </body></html>
            """;

  private static final String WIDE = "（本列数据的勾稽关系为：第一项加第二项之和， 等于第三项加第四项之和）";

  /** The grid keeps every span: covered positions repeat the text with origin false ("~"). */
  private static final List<Block> EXPECTED =
      List.of(
          line("某市教育局2023年政府信息公开工作年度报告"),
          line("本报告根据《中华人民共和国政府信息公开条例》编制。"),
          line("一、总体情况"),
          line("2023年，主动公开信息120条。"),
          line("第二行 文字"),
          Grids.table(
              WIDE + "¦~" + WIDE + "¦~" + WIDE + "¦申请人情况¦~申请人情况¦~申请人情况¦~申请人情况¦~申请人情况¦~申请人情况¦~申请人情况",
              "~"
                  + WIDE
                  + "¦~"
                  + WIDE
                  + "¦~"
                  + WIDE
                  + "¦自然人¦法人或其他组织¦~法人或其他组织¦~法人或其他组织¦~法人或其他组织¦~法人或其他组织¦总计",
              "~" + WIDE + "¦~" + WIDE + "¦~" + WIDE + "¦~自然人¦商业企业¦科研机构¦社会公益组织¦法律服务机构¦其他¦~总计",
              "一、本年新收政府信息公开申请数量¦~一、本年新收政府信息公开申请数量¦~一、本年新收政府信息公开申请数量¦5¦0¦0¦0¦0¦0¦5",
              "备注¦¦¦a|b"),
          line("四、存在的主要问题及改进情况"));

  @TempDir Path folder;

  private final ReportFileReader reader = new ReportFileReader();

  @Test
  void readsAGbkArticlePageIntoTitleLinesAndPipeRows() throws Exception {
    Path path = Files.write(folder.resolve("report.html"), PAGE.getBytes(Charset.forName("GBK")));

    ReportFile file = reader.read(path);

    assertEquals(EXPECTED, file.blocks());
    assertEquals("某市教育局2023年政府信息公开工作年度报告", file.page().title());
    assertEquals("html", file.format());
    assertEquals("GB18030", file.charset());
  }

  @Test
  void prefersAStrictUtf8DecodeOverTheDeclaredCharset() throws Exception {
    // Re-saved as UTF-8 while the page still says gb2312, as editors and wget mirrors do.
    Path path = Files.write(folder.resolve("report.htm"), PAGE.getBytes(StandardCharsets.UTF_8));

    ReportFile file = reader.read(path);

    assertEquals(EXPECTED, file.blocks());
    assertEquals("UTF-8", file.charset());
  }

  @Test
  void readsAPageSavedAsTxtAsHtml() throws Exception {
    Path path = Files.write(folder.resolve("report.txt"), PAGE.getBytes(StandardCharsets.UTF_8));

    ReportFile file = reader.read(path);

    assertEquals("html", file.format());
    assertEquals(EXPECTED, file.blocks());
  }

  @Test
  void takesTheWholeBodyWhenNoArticleContainerIsObvious() {
    String html =
        """
                <html><head><title>年度报告</title></head><body>
                <header>网站导航</header>
                <h2>一、总体情况</h2><div>正文<b>加粗</b>文字</div>
                <div style="DISPLAY: none">隐藏的统计代码</div><p hidden>也隐藏</p>
                <ul><li>第一条</li><li>第二条</li></ul>
                <footer>版权所有</footer>
                </body></html>
                """;

    HtmlText.Page page = HtmlText.extract(html);
    assertEquals(List.of(line("一、总体情况"), line("正文加粗文字"), line("第一条"), line("第二条")), page.blocks());
    assertEquals("年度报告", page.metadata().title());
  }

  @Test
  void rendersLayoutTablesAsBlocksAndOnlyInnermostTablesAsRows() {
    String html =
        """
                <html><body><table><tr><td>
                  <p>一、总体情况</p>
                  <table><tr><td>规章</td><td>0</td></tr></table>
                </td></tr></table></body></html>
                """;

    assertEquals(List.of(line("一、总体情况"), Grids.table("规章¦0")), HtmlText.extract(html).blocks());
  }

  @Test
  void rejectsAPageWithoutText() throws Exception {
    Path path =
        Files.write(
            folder.resolve("empty.html"),
            "<html><head><script>x()</script></head><body> </body></html>"
                .getBytes(StandardCharsets.UTF_8));

    UnreadableFileException e =
        assertThrows(UnreadableFileException.class, () -> reader.read(path));

    assertEquals("no text in the HTML page", e.reason());
  }

  @Test
  void readsTheMetaTagsGovernmentSitesCarryAndThePagesAddress() {
    String html =
        """
                <!-- saved from url=(0063)http://www.dayao.gov.cn/info/egovinfo/1007/2022-0302002.htm -->
                <html><head><title>2021年政府信息公开工作年度报告_大姚县人民政府</title>
                <meta name="ArticleTitle" content="大姚县人民政府2021年政府信息公开工作年度报告">
                <meta name="PubDate" content="2022-01-20 09:30">
                <meta name="ContentSource" content="县政府办公室">
                <meta name="SiteName" content="大姚县人民政府">
                </head><body><p>一、总体情况</p></body></html>
                """;

    PageMetadata metadata = HtmlText.extract(html).metadata();

    assertEquals("2021年政府信息公开工作年度报告_大姚县人民政府", metadata.title());
    assertEquals(Optional.of("大姚县人民政府2021年政府信息公开工作年度报告"), metadata.meta("articletitle"));
    assertEquals(Optional.of("2022-01-20 09:30"), metadata.meta("PubDate"));
    assertEquals(Optional.of("县政府办公室"), metadata.meta("ContentSource"));
    assertEquals(
        Optional.of("http://www.dayao.gov.cn/info/egovinfo/1007/2022-0302002.htm"), metadata.url());
  }

  @Test
  void aCanonicalLinkIsThePagesAddress() {
    String html =
        "<html><head><link rel=\"canonical\" href=\"https://www.jiangle.gov.cn/a/b.htm\"></head>"
            + "<body><p>正文</p></body></html>";

    assertEquals(
        Optional.of("https://www.jiangle.gov.cn/a/b.htm"), HtmlText.extract(html).metadata().url());
    assertEquals(Map.of(), HtmlText.extract("<p>正文</p>").metadata().metaTags());
  }

  @Test
  void aRowSpanOverTheLabelColumnReachesEveryRow() {
    String html =
        """
                <table>
                <tr><td rowspan="2">三、本年度办理结果</td><td>（一）予以公开</td><td>3</td></tr>
                <tr><td>（二）部分公开</td><td>1</td></tr>
                </table>
                """;

    assertEquals(
        List.of(Grids.table("三、本年度办理结果¦（一）予以公开¦3", "~三、本年度办理结果¦（二）部分公开¦1")),
        HtmlText.extract(html).blocks());
  }

  @Test
  void thousandsOfNestedElementsDoNotOverflowTheStack() {
    String html = "<div>".repeat(20_000) + "一、总体情况" + "</div>".repeat(20_000);

    assertEquals(List.of(line("一、总体情况")), HtmlText.extract(html).blocks());
  }
}
