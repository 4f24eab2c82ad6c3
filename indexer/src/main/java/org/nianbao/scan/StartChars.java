package org.nianbao.scan;

import java.util.Optional;
import java.util.function.IntPredicate;
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

  /**
   * The characters read off the pattern's source, when it begins in a way whose first characters
   * are plain to see: {@code ^} (only the start of the text), a literal character ({@code 统计…}), or
   * a group of alternatives each led by one ({@code (若|如)有…}); with no alternative at the top and
   * no flags. Empty for any other pattern: the caller runs it as it is.
   */
  public static Optional<StartChars> readFrom(Pattern pattern) {
    String source = pattern.pattern();
    if (pattern.flags() != 0
        || source.isEmpty()
        || source.contains("\\Q")
        || hasTopLevelAlternative(source)) {
      return Optional.empty();
    }
    if (source.charAt(0) == '^') {
      return Optional.of(orTextStart(pattern, ""));
    }
    if (isPlain(source, 0)) {
      return Optional.of(of(pattern, source.substring(0, 1)));
    }
    if (source.charAt(0) != '(' || source.startsWith("(?") && !source.startsWith("(?:")) {
      return Optional.empty();
    }
    int i = source.startsWith("(?:") ? 3 : 1;
    StringBuilder chars = new StringBuilder();
    while (true) {
      if (!isPlain(source, i)) {
        return Optional.empty();
      }
      chars.append(source.charAt(i));
      int next = alternativeEnd(source, i);
      if (next < 0) {
        return Optional.empty();
      }
      if (source.charAt(next) == ')') {
        if (next + 1 < source.length() && "?*{".indexOf(source.charAt(next + 1)) >= 0) {
          return Optional.empty(); // the group may be skipped
        }
        return Optional.of(of(pattern, chars.toString()));
      }
      i = next + 1; // after the '|'
    }
  }

  private static final String META = "\\[](){}.*+?^$|";

  /** A literal character at {@code i} that the pattern must match (no quantifier lets it go). */
  private static boolean isPlain(String source, int i) {
    if (i >= source.length()) {
      return false;
    }
    char c = source.charAt(i);
    if (META.indexOf(c) >= 0 || Character.isSurrogate(c) || Character.isWhitespace(c)) {
      return false;
    }
    return i + 1 >= source.length() || "?*{".indexOf(source.charAt(i + 1)) < 0;
  }

  /** Where the alternative starting at {@code i} inside a group ends: its '|' or ')', or -1. */
  private static int alternativeEnd(String source, int i) {
    int depth = 0;
    boolean inClass = false;
    for (int j = i; j < source.length(); j++) {
      char c = source.charAt(j);
      if (c == '\\') {
        j++;
      } else if (inClass) {
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        if (depth == 0) {
          return j;
        }
        depth--;
      } else if (c == '|' && depth == 0) {
        return j;
      }
    }
    return -1;
  }

  /**
   * Whether the pattern has a '|' outside any group: scanned as one alternative from the start (a
   * valid pattern has no unmatched ')', so the scan can only stop at such a '|').
   */
  private static boolean hasTopLevelAlternative(String source) {
    return alternativeEnd(source, 0) >= 0;
  }

  /** Whether the pattern may also match at the start of the text, at any character. */
  public boolean atTextStart() {
    return atTextStart;
  }

  public Pattern pattern() {
    return pattern;
  }

  /** A finder over {@code text}: the matches {@code pattern().matcher(text).find()} gives. */
  public Finder finder(CharSequence text) {
    return new Finder(text, at -> true);
  }

  /**
   * A finder that also skips the positions {@code worthTrying} rejects. The caller vouches that no
   * match starts at those: the matches are still those {@code find()} gives.
   */
  public Finder finder(CharSequence text, IntPredicate worthTrying) {
    return new Finder(text, worthTrying);
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

  /** Whether a match may begin at {@code c}. */
  public boolean canStart(char c) {
    return (starts[c >>> 6] & (1L << c)) != 0;
  }

  /** The successive matches in one text; after a successful {@link #find()}, its groups. */
  public final class Finder {
    private final CharSequence text;
    private final IntPredicate worthTrying;

    /**
     * Made at the first character where a match can start: most texts a rule is tried on have none,
     * and a matcher costs its group arrays.
     */
    private Matcher matcher;

    private int from;

    private Finder(CharSequence text, IntPredicate worthTrying) {
      this.text = text;
      this.worthTrying = worthTrying;
    }

    /** The next match, as {@link Matcher#find()} finds it. */
    public boolean find() {
      int length = text.length();
      for (int i = from; i < length; i++) {
        if ((canStart(text.charAt(i)) || (i == 0 && atTextStart)) && worthTrying.test(i)) {
          Matcher matcher = matcher();
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
      if (matcher == null) {
        matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
      }
      return matcher;
    }

    public String group() {
      return matcher().group();
    }

    public String group(int group) {
      return matcher().group(group);
    }

    public int start() {
      return matcher().start();
    }

    public int end() {
      return matcher().end();
    }
  }
}
