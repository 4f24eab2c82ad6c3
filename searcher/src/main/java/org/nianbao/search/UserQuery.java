package org.nianbao.search;

import java.util.ArrayList;
import java.util.List;

/**
 * What the user typed, split into words: whitespace (ASCII or the full-width space 　) separates
 * words, except inside "double quotes" or “Chinese quotes”, which make one exact phrase. An
 * unclosed quote runs to the end of the query. Every word must match.
 *
 * <p>The one reading of a query: the searcher builds its Lucene query from it, and {@link
 * QueryMatcher} (the passage a hit shows, the words a report page marks) finds it in text the same
 * way.
 */
public record UserQuery(List<Word> words) {

  /**
   * The longest query searched: longer text is a paste, not a query, and costs a query per word.
   */
  public static final int MAX_LENGTH = 500;

  /** One word or quoted phrase, as typed (quotes removed). */
  public record Word(String text, boolean quoted) {}

  public UserQuery {
    words = List.copyOf(words);
  }

  public boolean isEmpty() {
    return words.isEmpty();
  }

  /**
   * The words of {@code query}; throws {@link InvalidSearchRequest} when it is longer than {@value
   * #MAX_LENGTH} characters.
   */
  public static UserQuery parse(String query) {
    List<Word> words = new ArrayList<>();
    if (query == null) {
      return new UserQuery(words);
    }
    if (query.strip().length() > MAX_LENGTH) {
      throw new InvalidSearchRequest(
          InvalidSearchRequest.Parameter.QUERY, "is longer than " + MAX_LENGTH + " characters");
    }
    StringBuilder current = new StringBuilder();
    int closing = -1; // the quote character that ends the current phrase, or -1 outside quotes
    for (int i = 0; i < query.length(); ) {
      int c = query.codePointAt(i);
      i += Character.charCount(c);
      if (closing >= 0) {
        if (c == closing) {
          add(words, current, true);
          closing = -1;
        } else {
          current.appendCodePoint(c);
        }
      } else if (c == '"' || c == '“' || c == '”') {
        add(words, current, false);
        closing = c == '“' ? '”' : c == '”' ? '“' : '"';
      } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        add(words, current, false);
      } else {
        current.appendCodePoint(c);
      }
    }
    add(words, current, closing >= 0);
    return new UserQuery(words);
  }

  private static void add(List<Word> words, StringBuilder current, boolean quoted) {
    String text = current.toString().strip();
    current.setLength(0);
    if (!text.isEmpty()) {
      words.add(new Word(text, quoted));
    }
  }
}
