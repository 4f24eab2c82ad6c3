package org.nianbao.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the user typed, split into words: whitespace (ASCII or the full-width space 　) separates
 * words, and so do the marks that separate a list's items or clauses (，、；。！？, + | /: 政务新媒体，抖音 is
 * 政务新媒体 抖音), except inside "double quotes" or “Chinese quotes”, which make one exact phrase. An
 * unclosed quote runs to the end of the query. Every word must match.
 *
 * <p>The operators of web search engines: a word or phrase led by a minus ({@code -抖音}, {@code
 * -"政务微博"}, or {@code NOT 抖音}) excludes the reports that contain it; {@code OR} and {@code AND}
 * (capitals, as in Google and Lucene) are not words to find: a report matching most words ranks
 * already, and every word is asked for anyway.
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

  /** Words that join others rather than being searched for (unquoted, as typed). */
  private static final Set<String> JOINING_OPERATORS = Set.of("OR", "AND", "|", "||", "&&");

  /**
   * Marks that end a word as a space does: users list words with them (政务新媒体，抖音; 抖音/快手), and read
   * as one word, 政务新媒体，抖音 asked for 政务新媒体抖音 as one string, which no report writes.
   */
  private static final Set<Integer> WORD_SEPARATORS =
      "，,；;。！!？?+＋|｜/／".codePoints().boxed().collect(Collectors.toSet());

  /** The word that excludes the next one, as {@code -} does. */
  private static final String NOT = "NOT";

  /**
   * One word or quoted phrase, as typed (quotes and a leading minus removed).
   *
   * @param excluded typed with a minus: the reports that contain it are left out
   */
  public record Word(String text, boolean quoted, boolean excluded) {

    /** A word to find. */
    public Word(String text, boolean quoted) {
      this(text, quoted, false);
    }
  }

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
    boolean minus = false; // the word being read was led by a minus
    for (int i = 0; i < query.length(); ) {
      int c = query.codePointAt(i);
      i += Character.charCount(c);
      if (closing >= 0) {
        if (c == closing) {
          add(words, current, true, minus);
          minus = false;
          closing = -1;
        } else {
          current.appendCodePoint(c);
        }
      } else if (c == '"' || c == '“' || c == '”') {
        boolean minusPhrase = minus && current.isEmpty();
        add(words, current, false, minus);
        minus = minusPhrase;
        closing = c == '“' ? '”' : c == '”' ? '“' : '"';
      } else if (Character.isWhitespace(c)
          || Character.isSpaceChar(c)
          || WORD_SEPARATORS.contains(c)) {
        add(words, current, false, minus);
        minus = false;
      } else if ((c == '-' || c == '－')
          && current.isEmpty()
          && !minus
          && i < query.length()
          && !Character.isWhitespace(query.codePointAt(i))
          && !Character.isSpaceChar(query.codePointAt(i))) {
        minus = true; // -抖音: the minus is not part of the word
      } else {
        current.appendCodePoint(c);
      }
    }
    add(words, current, closing >= 0, minus);
    return new UserQuery(withOperators(words));
  }

  /** The words with OR and AND dropped, and the word after NOT excluded. */
  private static List<Word> withOperators(List<Word> typed) {
    List<Word> words = new ArrayList<>();
    boolean not = false;
    for (Word word : typed) {
      boolean operator = !word.quoted() && !word.excluded();
      if (operator && JOINING_OPERATORS.contains(word.text())) {
        continue;
      }
      if (operator && word.text().equals(NOT)) {
        not = true;
        continue;
      }
      words.add(not ? new Word(word.text(), word.quoted(), true) : word);
      not = false;
    }
    return words;
  }

  private static void add(
      List<Word> words, StringBuilder current, boolean quoted, boolean excluded) {
    String text = current.toString().strip();
    current.setLength(0);
    if (!text.isEmpty()) {
      words.add(new Word(text, quoted, excluded));
    }
  }

  /** The words to find. */
  public List<Word> wanted() {
    return words.stream().filter(w -> !w.excluded()).toList();
  }

  /** The words whose reports are left out. */
  public List<Word> excluded() {
    return words.stream().filter(Word::excluded).toList();
  }
}
