package org.nianbao.source;

import java.util.Objects;

/**
 * One line of report text: a paragraph, a heading, or (from a PDF) one printed line of a longer
 * paragraph. Never holds a line break; never blank.
 */
public record TextBlock(String text) implements Block {

  public TextBlock {
    Objects.requireNonNull(text, "text");
    if (text.indexOf('\n') >= 0) {
      throw new IllegalArgumentException("a text block is one line: " + text);
    }
  }
}
