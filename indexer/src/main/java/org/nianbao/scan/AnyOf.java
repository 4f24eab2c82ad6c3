package org.nianbao.scan;

import java.util.List;
import java.util.regex.Matcher;

/**
 * Whether any of several patterns is found in a text, in one pass over it: the text is read once,
 * and each pattern is tried only where its {@link StartChars} allow a match. Asking each pattern in
 * turn read the text once per pattern, for every sentence of every report (the boilerplate rules).
 * The answer is the same as asking {@link StartChars#isIn} of each.
 */
public final class AnyOf {

  private final List<StartChars> patterns;
  private final long[] starts = new long[1024];
  private final boolean atTextStart;

  public AnyOf(List<StartChars> patterns) {
    this.patterns = List.copyOf(patterns);
    boolean anyAtTextStart = false;
    for (StartChars pattern : this.patterns) {
      anyAtTextStart |= pattern.atTextStart();
      for (int c = 0; c <= Character.MAX_VALUE; c++) {
        if (pattern.canStart((char) c)) {
          starts[c >>> 6] |= 1L << c;
        }
      }
    }
    this.atTextStart = anyAtTextStart;
  }

  /** Whether one of the patterns is found in {@code text}. */
  public boolean isIn(CharSequence text) {
    int length = text.length();
    // Made at the first position where its pattern is tried: most texts need none.
    Matcher[] matchers = new Matcher[patterns.size()];
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      boolean atStart = i == 0 && atTextStart;
      if (!atStart && (starts[c >>> 6] & (1L << c)) == 0) {
        continue;
      }
      for (int p = 0; p < matchers.length; p++) {
        StartChars pattern = patterns.get(p);
        if (pattern.canStart(c) || (i == 0 && pattern.atTextStart())) {
          if (matchers[p] == null) {
            matchers[p] =
                pattern
                    .pattern()
                    .matcher(text)
                    .useTransparentBounds(true)
                    .useAnchoringBounds(false);
          }
          matchers[p].region(i, length);
          if (matchers[p].lookingAt()) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
