package org.nianbao.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import org.nianbao.search.Snippet;

/**
 * Renders the page templates ({@code server/src/main/jte}, compiled into classes by the build),
 * each fed one typed view record of {@code org.nianbao.web.view}, through {@link StrictHtmlOutput}:
 * no page builds HTML itself. Thread-safe.
 */
final class Templates {

  private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

  private Templates() {}

  /** The HTML of template {@code name} (e.g. "search.jte") for {@code view}. */
  static String render(String name, Object view) {
    StringOutput out = new StringOutput(8192);
    ENGINE.render(name, view, new StrictHtmlOutput(out));
    return out.toString();
  }

  /** A snippet as HTML: every character escaped, matches in {@code <mark>}. */
  static String snippet(Snippet snippet) {
    return render("snippet.jte", snippet);
  }
}
