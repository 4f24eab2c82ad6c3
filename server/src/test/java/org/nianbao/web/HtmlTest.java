package org.nianbao.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.search.Snippet;

/** The searcher returns a snippet as marked segments; the server escapes every one of them. */
class HtmlTest {

  @Test
  void escapesTheFiveCharactersThatMatterInContentAndQuotedAttributes() {
    assertEquals(
        "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;",
        StrictHtmlOutput.escape("<a href=\"x\" title='y'>&"));
    assertEquals("", StrictHtmlOutput.escape(null));
  }

  @Test
  void aSnippetsMatchesGoInMarksAndAllItsTextIsEscaped() {
    Snippet snippet =
        new Snippet(
            List.of(
                new Snippet.Segment("公开<script>", false),
                new Snippet.Segment("抖音&号", true),
                new Snippet.Segment("。", false)));
    assertEquals("公开&lt;script&gt;<mark>抖音&amp;号</mark>。", Templates.snippet(snippet));
    assertEquals("", Templates.snippet(Snippet.EMPTY));
  }

  @Test
  void aLinkToAnotherSchemeThanTheWebIsLeftOut() {
    for (String url :
        List.of(
            "javascript:alert(1)",
            " JaVaScRiPt:alert(1)",
            "java\tscript:alert(1)",
            "data:text/html,x",
            "vbscript:x")) {
      gg.jte.output.StringOutput out = new gg.jte.output.StringOutput();
      StrictHtmlOutput html = new StrictHtmlOutput(out);
      html.setContext("a", "href");
      html.writeUserContent(url);
      assertEquals("", out.toString(), url);
    }
    gg.jte.output.StringOutput out = new gg.jte.output.StringOutput();
    StrictHtmlOutput html = new StrictHtmlOutput(out);
    html.setContext("a", "href");
    html.writeUserContent("/?q=a&b");
    html.writeUserContent("https://www.gov.cn/x?a=1");
    assertEquals("/?q=a&amp;bhttps://www.gov.cn/x?a=1", out.toString());
  }
}
