package org.nianbao.web;

import gg.jte.html.HtmlPolicyException;
import gg.jte.html.HtmlTag;
import gg.jte.html.OwaspHtmlPolicy;
import gg.jte.html.policy.PreventInlineEventHandlers;
import gg.jte.html.policy.PreventSingleQuotedAttributes;
import java.util.Set;

/**
 * What the page templates may contain, checked when the build compiles them (the jte plugin's
 * {@code htmlPolicyClass}): jte's OWASP rules (no output inside a tag or attribute name, every
 * attribute quoted), double quotes only, and, as the pages' Content-Security-Policy promises, no
 * script: no script, iframe, object or embed tag and no {@code on…} attribute.
 */
public final class PagePolicy extends OwaspHtmlPolicy {

  private static final Set<String> ACTIVE_CONTENT =
      Set.of("script", "iframe", "object", "embed", "frame", "applet");

  public PagePolicy() {
    addPolicy(new PreventInlineEventHandlers());
    addPolicy(new PreventSingleQuotedAttributes());
  }

  @Override
  public void validateHtmlTag(HtmlTag tag) throws HtmlPolicyException {
    super.validateHtmlTag(tag);
    if (ACTIVE_CONTENT.contains(tag.getName())) {
      throw new HtmlPolicyException(
          "the pages run no script: <" + tag.getName() + "> is not allowed");
    }
  }
}
