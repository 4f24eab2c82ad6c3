package org.nianbao.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Report web pages as government sites publish them, read into title, lines and '|' rows. */
class HtmlTextTest {

    /** A TRS-style article page: chrome around a {@code #zoom} container, a GBK declaration. */
    private static final String PAGE = """
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

    private static final String EXPECTED = """
            某市教育局2023年政府信息公开工作年度报告
            本报告根据《中华人民共和国政府信息公开条例》编制。
            一、总体情况
            2023年，主动公开信息120条。
            第二行 文字
            （本列数据的勾稽关系为：第一项加第二项之和， 等于第三项加第四项之和）|申请人情况
            自然人|法人或其他组织|总计
            商业企业|科研机构|社会公益组织|法律服务机构|其他
            一、本年新收政府信息公开申请数量|5|0|0|0|0|0|5
            备注|||a｜b
            四、存在的主要问题及改进情况
            """;

    @TempDir
    Path folder;

    private final ReportFileReader reader = new ReportFileReader();

    @Test
    void readsAGbkArticlePageIntoTitleLinesAndPipeRows() throws Exception {
        Path path = Files.write(folder.resolve("report.html"), PAGE.getBytes(Charset.forName("GBK")));

        ReportFile file = reader.read(path);

        assertEquals(EXPECTED, file.text());
        assertEquals("html", file.format());
        assertEquals("GB18030", file.charset());
    }

    @Test
    void prefersAStrictUtf8DecodeOverTheDeclaredCharset() throws Exception {
        // Re-saved as UTF-8 while the page still says gb2312, as editors and wget mirrors do.
        Path path = Files.write(folder.resolve("report.htm"), PAGE.getBytes(StandardCharsets.UTF_8));

        ReportFile file = reader.read(path);

        assertEquals(EXPECTED, file.text());
        assertEquals("UTF-8", file.charset());
    }

    @Test
    void readsAPageSavedAsTxtAsHtml() throws Exception {
        Path path = Files.write(folder.resolve("report.txt"), PAGE.getBytes(StandardCharsets.UTF_8));

        ReportFile file = reader.read(path);

        assertEquals("html", file.format());
        assertEquals(EXPECTED, file.text());
    }

    @Test
    void takesTheWholeBodyWhenNoArticleContainerIsObvious() {
        String html = """
                <html><head><title>年度报告</title></head><body>
                <header>网站导航</header>
                <h2>一、总体情况</h2><div>正文<b>加粗</b>文字</div>
                <div style="DISPLAY: none">隐藏的统计代码</div><p hidden>也隐藏</p>
                <ul><li>第一条</li><li>第二条</li></ul>
                <footer>版权所有</footer>
                </body></html>
                """;

        assertEquals("年度报告\n一、总体情况\n正文加粗文字\n第一条\n第二条\n", HtmlText.extract(html));
    }

    @Test
    void rendersLayoutTablesAsBlocksAndOnlyInnermostTablesAsRows() {
        String html = """
                <html><body><table><tr><td>
                  <p>一、总体情况</p>
                  <table><tr><td>规章</td><td>0</td></tr></table>
                </td></tr></table></body></html>
                """;

        assertEquals("一、总体情况\n规章|0\n", HtmlText.extract(html));
    }

    @Test
    void rejectsAPageWithoutText() throws Exception {
        Path path = Files.write(folder.resolve("empty.html"),
                "<html><head><script>x()</script></head><body> </body></html>".getBytes(StandardCharsets.UTF_8));

        UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> reader.read(path));

        assertEquals("no text in the HTML page", e.reason());
    }
}
