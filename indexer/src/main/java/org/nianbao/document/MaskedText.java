package org.nianbao.document;

import java.util.BitSet;

/**
 * A section's text split in two twins of the same length: {@code content} keeps what the report
 * says about its own year and blanks the boilerplate, {@code boilerplate} keeps only the
 * boilerplate. Blanked characters become {@link #BLANK}, which the tokenizer drops and which ends
 * any bigram run, so each twin indexes with offsets that still point into {@code text}.
 */
public record MaskedText(String text, String content, String boilerplate) {

  /**
   * The filler of blanked characters: punctuation, so no bigram spans it and no token comes of it.
   */
  public static final char BLANK = '。';

  public MaskedText {
    if (content.length() != text.length() || boilerplate.length() != text.length()) {
      throw new IllegalArgumentException("twins must have the text's length");
    }
  }

  /** Splits {@code text} by a mask: a set bit marks a boilerplate character. */
  public static MaskedText of(String text, BitSet boilerplate) {
    char[] content = text.toCharArray();
    char[] template = text.toCharArray();
    for (int i = 0; i < text.length(); i++) {
      if (boilerplate.get(i)) {
        content[i] = BLANK;
      } else {
        template[i] = BLANK;
      }
    }
    return new MaskedText(text, new String(content), new String(template));
  }

  public boolean hasContent() {
    return !content.chars().allMatch(c -> c == BLANK || Character.isWhitespace(c));
  }
}
