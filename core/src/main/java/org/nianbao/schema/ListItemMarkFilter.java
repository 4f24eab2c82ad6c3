package org.nianbao.schema;

import java.io.IOException;
import java.util.function.Supplier;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Adds {@link ReportAnalyzers#LIST_ITEM_MARK} at the position of every token that stands right
 * before or right after an enumeration comma (、): the edges of the items of a list (微信、微博、抖音). A
 * query then tells a report that names a word only as one item of a list from one that writes about
 * it (see {@code ReportQueryBuilder}'s prose query): where a word stands in a list of ten, the
 * report is seldom about it. The mark takes no position of its own (increment 0), so phrases and
 * proximity over the bigrams are as before, and BM25 does not count it in the field's length
 * (overlapping tokens are discounted).
 *
 * <p>The input's commas come from the {@link SoftSeparatorFilter} the text was read through, which
 * removes a 、 between two Han characters (so 抖音、快手 gives the bigram 音快 across it); a token's
 * offsets point into that input.
 */
final class ListItemMarkFilter extends TokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute increment =
      addAttribute(PositionIncrementAttribute.class);

  /** The char filter the current text is read through (set for each text by the analyzer). */
  private final Supplier<SoftSeparatorFilter> reader;

  /** The token just returned stands beside a 、: the mark follows it, at the same position. */
  private boolean markNext;

  ListItemMarkFilter(TokenStream input, Supplier<SoftSeparatorFilter> reader) {
    super(input);
    this.reader = reader;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (markNext) {
      markNext = false;
      // The attributes still hold the token's offsets: the mark shares them.
      term.setEmpty().append(ReportAnalyzers.LIST_ITEM_MARK);
      increment.setPositionIncrement(0);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    SoftSeparatorFilter text = reader.get();
    int end = offset.endOffset();
    // A comma removed right after the token is inside its corrected end (微信、微博: 微信 ends after
    // the comma); one that stayed (before a digit, at the end) is at its end.
    markNext =
        text != null
            && (text.enumerationCommaAt(end - 1)
                || text.enumerationCommaAt(end)
                || text.enumerationCommaAt(offset.startOffset() - 1));
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    markNext = false;
  }
}
