package org.nianbao.web;

import gg.jte.TemplateOutput;
import gg.jte.html.OwaspHtmlTemplateOutput;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How every {@code ${…}} of a page template is written: the five characters that matter in HTML
 * ({@code & < > " '}) as entities, in element content and attribute values alike, so one rule holds
 * wherever a template puts a value (jte's default leaves quotes in content and {@code >} in
 * attributes, which is safe but writes the same text two ways; the JSON API's snippet HTML is
 * rendered here too and keeps its bytes). A link attribute whose value names a scheme other than
 * http or https ({@code javascript:}, {@code data:}) is dropped, whatever a template passes it.
 */
final class StrictHtmlOutput extends OwaspHtmlTemplateOutput {

  private static final java.util.Set<String> LINK_ATTRIBUTES =
      java.util.Set.of("href", "src", "action", "formaction");

  /**
   * A scheme at the start of a URL, once whitespace and control characters are ignored as browsers
   * do.
   */
  private static final Pattern SCHEME = Pattern.compile("^[a-z][a-z0-9+.-]*:");

  private String attribute;

  StrictHtmlOutput(TemplateOutput output) {
    super(output);
  }

  @Override
  public void setContext(String tagName, String attributeName) {
    super.setContext(tagName, attributeName);
    this.attribute = attributeName;
  }

  @Override
  public void writeUserContent(String value) {
    if (value == null
        || (attribute != null && LINK_ATTRIBUTES.contains(attribute) && isForeignScheme(value))) {
      return;
    }
    writeContent(escape(value));
  }

  /** {@code text} with {@code & < > " '} as {@code &amp; &lt; &gt; &quot; &#39;}; "" for null. */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isForeignScheme(String url) {
    String squeezed = url.replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
    return SCHEME.matcher(squeezed).find()
        && !squeezed.startsWith("http:")
        && !squeezed.startsWith("https:");
  }
}
