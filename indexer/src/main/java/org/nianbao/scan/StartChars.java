package org.nianbao.scan;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern with the characters its matches can start with. {@link Matcher#find()} tries the
 * pattern at every position of the text, and most patterns of the parser can start at only a few
 * characters (请与|请联系|… only at 请 or 可); this finds the same matches, in the same order, trying the
 * pattern only where the character allows a match. The caller vouches for the characters: every
 * match of the pattern must be non-empty and start with one of them, or (when {@code atTextStart})
 * at the start of the text. Lookbehinds and lookaheads see the whole text, as with find().
 */
public final class StartChars {

  private final Pattern pattern;
  private final long[] starts = new long[1024];
  private final boolean atTextStart;

  private StartChars(Pattern pattern, String chars, boolean atTextStart) {
    this.pattern = pattern;
    this.atTextStart = atTextStart;
    for (int i = 0; i < chars.length(); i++) {
      char c = chars.charAt(i);
      starts[c >>> 6] |= 1L << c;
    }
  }

  /** {@code pattern}, whose matches all start with one of {@code chars}. */
  public static StartChars of(Pattern pattern, String chars) {
    return new StartChars(pattern, chars, false);
  }

  /** The same, for a pattern that may also match at the start of the text ({@code ^}). */
  public static StartChars orTextStart(Pattern pattern, String chars) {
    return new StartChars(pattern, chars, true);
  }

  public Pattern pattern() {
    return pattern;
  }

  /** A finder over {@code text}: the matches {@code pattern().matcher(text).find()} gives. */
  public Finder finder(CharSequence text) {
    return new Finder(text);
  }

  /** Whether the pattern is found in {@code text}. */
  public boolean isIn(CharSequence text) {
    return finder(text).find();
  }

  /** How many times {@link Matcher#find()} succeeds on {@code text}. */
  public int count(CharSequence text) {
    Finder finder = finder(text);
    int n = 0;
    while (finder.find()) {
      n++;
    }
    return n;
  }

  private boolean canStart(char c) {
    return (starts[c >>> 6] & (1L << c)) != 0;
  }

  /** The successive matches in one text; after a successful {@link #find()}, its groups. */
  public final class Finder {
    private final CharSequence text;
    private final Matcher matcher;
    private int from;

    private Finder(CharSequence text) {
      this.text = text;
      this.matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /** The next match, as {@link Matcher#find()} finds it. */
    public boolean find() {
      int length = text.length();
      for (int i = from; i < length; i++) {
        if (canStart(text.charAt(i)) || (i == 0 && atTextStart)) {
          matcher.region(i, length);
          if (matcher.lookingAt()) {
            from = matcher.end() == i ? i + 1 : matcher.end();
            return true;
          }
        }
      }
      from = length;
      return false;
    }

    /** The matcher, positioned on the last match found. */
    public Matcher matcher() {
      return matcher;
    }

    public String group() {
      return matcher.group();
    }

    public String group(int group) {
      return matcher.group(group);
    }

    public int start() {
      return matcher.start();
    }

    public int end() {
      return matcher.end();
    }
  }
}
