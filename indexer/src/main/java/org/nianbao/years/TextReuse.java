package org.nianbao.years;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.model.AnnualReport;
import org.nianbao.scan.StartChars;

/**
 * How much of a report's prose repeats last year's: the share of its own sentences (boilerplate
 * every report carries left out) that stand in last year's report too, compared as their letters
 * and digits so line breaks and punctuation do not hide a copy. A sentence ends at 。！？；, never at a
 * line break: a PDF's text keeps the printed lines, which would cut every sentence where the page
 * happened to wrap it, so a copy reflowed by one added word would no longer match.
 *
 * @param sentences this year's own sentences that were compared
 * @param reused those of them found in last year's report, in text order
 */
public record TextReuse(int sentences, List<String> reused) {

  /** A sentence shorter than this is a heading or a formula, not writing that can be copied. */
  private static final int MIN_SENTENCE = 15;

  private static final Pattern SENTENCE_END = Pattern.compile("[。！？；]");

  /**
   * The template's sentences that every report carries: the preamble listing the six parts, the
   * statistics period, the contact line, "nothing happened" lines. Reusing them is no copying.
   */
  private static final StartChars BOILERPLATE =
      // One group of alternatives, so that the characters they start with are read off the source
      // and the pattern is tried only where one stands.
      StartChars.readFrom(
              Pattern.compile(
                  "(?:本报告|本年度报告|统计期限|统计时限|所列数据|电子版|如对本|联系电话|联系方式|条例|以下简称|全文包括|由总体情况"
                      + "|本年度未|本年度没有|未发生|未收到|无相关|无此类|六个部分|共六部分)"))
          .orElseThrow();

  public TextReuse {
    reused = List.copyOf(reused);
  }

  public double share() {
    return sentences == 0 ? 0 : reused.size() / (double) sentences;
  }

  public static TextReuse between(AnnualReport thisYear, AnnualReport lastYear) {
    Set<String> earlier = new HashSet<>();
    for (String sentence : sentences(lastYear)) {
      earlier.add(key(sentence));
    }
    int compared = 0;
    List<String> reused = new ArrayList<>();
    for (String sentence : sentences(thisYear)) {
      compared++;
      if (earlier.contains(key(sentence))) {
        reused.add(sentence);
      }
    }
    return new TextReuse(compared, reused);
  }

  /**
   * Where one of a text's own sentences stands in it: {@code text.substring(start, end)} is the
   * sentence.
   */
  public record Span(int start, int end, String sentence) {}

  /**
   * The own sentences of {@code text} (one part of a report) with where each stands, so a page can
   * mark those found in {@link #reused()}. A sentence ends at 。！？； only: a PDF's text keeps its
   * printed line breaks, which fall inside sentences.
   */
  public static List<Span> spans(String text) {
    List<Span> spans = new ArrayList<>();
    if (text == null) {
      return spans;
    }
    Matcher end = SENTENCE_END.matcher(text);
    int start = 0;
    while (start < text.length()) {
      int stop = end.find() ? end.end() : text.length();
      String raw = text.substring(start, stop);
      String sentence = raw.strip();
      if (key(sentence).length() >= MIN_SENTENCE && !BOILERPLATE.isIn(sentence)) {
        int lead = raw.indexOf(sentence);
        spans.add(new Span(start + lead, start + lead + sentence.length(), sentence));
      }
      start = stop;
    }
    return spans;
  }

  /** The report's own sentences: long enough, not template boilerplate. */
  static List<String> sentences(AnnualReport report) {
    List<String> sentences = new ArrayList<>();
    for (String text : report.parts().texts()) {
      for (Span span : spans(text)) {
        sentences.add(span.sentence());
      }
    }
    return sentences;
  }

  /**
   * A sentence as its letters and digits, so that punctuation and spaces do not hide a copy, with
   * its years masked: a sentence copied with only its year moved on (2022年 → 2023年) is reused.
   */
  private static String key(String sentence) {
    StringBuilder out = new StringBuilder(sentence.length());
    for (int i = 0; i < sentence.length(); ) {
      int c = sentence.codePointAt(i);
      if (Character.isLetterOrDigit(c)) {
        out.appendCodePoint(c);
      }
      i += Character.charCount(c);
    }
    return YEAR.matcher(out).replaceAll("#");
  }

  private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}(?=年)");
}
