package org.nianbao.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Groups the characters of a page, or of a table cell, into printed lines and spells them out. A
 * PDF has no spaces between Chinese characters, only gaps that justification leaves; so a gap
 * becomes a space only between Latin letters or digits, and a line break inside a cell (政府 / 信息)
 * joins without a space when either side is Chinese.
 */
final class PdfLines {

  /** Han characters and the punctuation set with them (、，。：“” （） ——). */
  private static final String WIDE = "[\\p{IsHan}\\u3001-\\u303F\\uFF00-\\uFFEF\\u2014-\\u2026]";

  private static final Pattern WIDE_CHAR = Pattern.compile(WIDE);
  private static final Pattern SPACE_BETWEEN_WIDE =
      Pattern.compile("(?<=" + WIDE + ")[\\s\\u00A0\\u3000]+(?=" + WIDE + ")");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u3000]+");

  /** A gap wider than this share of the wider neighbour is a word space (Latin text only). */
  private static final float WORD_GAP = 0.25f;

  private PdfLines() {}

  /** The glyphs as lines, top to bottom, each left to right. */
  static List<List<PdfGlyph>> group(List<PdfGlyph> glyphs) {
    List<PdfGlyph> byBaseline = new ArrayList<>(glyphs);
    byBaseline.sort(Comparator.comparingDouble(PdfGlyph::baseline));
    List<List<PdfGlyph>> lines = new ArrayList<>();
    List<PdfGlyph> line = null;
    float lineBaseline = 0;
    float lineHeight = 0;
    for (PdfGlyph glyph : byBaseline) {
      // Characters of one line share a baseline up to a fraction of their height (mixed fonts);
      // at least a point, for fonts that declare no height.
      float slack = Math.max(Math.max(glyph.height(), lineHeight) / 2, 1f);
      if (line == null || glyph.baseline() - lineBaseline > slack) {
        line = new ArrayList<>();
        lines.add(line);
        lineBaseline = glyph.baseline();
        lineHeight = glyph.height();
      }
      line.add(glyph);
      lineHeight = Math.max(lineHeight, glyph.height());
    }
    lines.forEach(l -> l.sort(Comparator.comparingDouble(PdfGlyph::x)));
    return lines;
  }

  /** One line's text. */
  static String text(List<PdfGlyph> line) {
    StringBuilder text = new StringBuilder();
    PdfGlyph previous = null;
    for (PdfGlyph glyph : line) {
      if (previous != null
          && glyph.x() - previous.right() > WORD_GAP * Math.max(previous.width(), glyph.width())
          && !endsWide(previous.text())
          && !startsWide(glyph.text())) {
        text.append(' ');
      }
      text.append(glyph.text());
      previous = glyph;
    }
    return normalize(text.toString());
  }

  /** A cell's text: its lines joined, with a space only where Latin text was broken. */
  static String cellText(List<PdfGlyph> glyphs) {
    StringBuilder text = new StringBuilder();
    for (List<PdfGlyph> line : group(glyphs)) {
      String next = text(line);
      if (next.isEmpty()) {
        continue;
      }
      if (!text.isEmpty() && !endsWide(text) && !startsWide(next)) {
        text.append(' ');
      }
      text.append(next);
    }
    return text.toString();
  }

  private static String normalize(String text) {
    String joined = SPACE_BETWEEN_WIDE.matcher(text).replaceAll("");
    return SPACES.matcher(joined).replaceAll(" ").strip();
  }

  private static boolean startsWide(CharSequence text) {
    return WIDE_CHAR.matcher(Character.toString(Character.codePointAt(text, 0))).matches();
  }

  private static boolean endsWide(CharSequence text) {
    return WIDE_CHAR
        .matcher(Character.toString(Character.codePointBefore(text, text.length())))
        .matches();
  }
}
