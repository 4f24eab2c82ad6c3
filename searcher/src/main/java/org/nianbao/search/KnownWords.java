package org.nianbao.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.nianbao.schema.TextNormalizer;

/**
 * Words smartcn leaves as single characters, read from {@code known-words.txt} beside this class:
 * where they cut a run of single characters into units (see {@link QueryAnalysis}). Immutable and
 * thread-safe.
 */
final class KnownWords {

  private static final KnownWords BUNDLED = load();

  private final Set<String> words;
  private final int longest;

  KnownWords(Set<String> words) {
    this.words = Set.copyOf(words);
    this.longest = words.stream().mapToInt(String::length).max().orElse(0);
  }

  static KnownWords bundled() {
    return BUNDLED;
  }

  boolean contains(String text) {
    return words.contains(text);
  }

  /**
   * {@code run} cut at the known words in it, left to right, longest first; the text between them
   * is a piece of its own, and a piece of one character joins its neighbour (微信群 stays whole).
   */
  List<String> split(String run) {
    List<String> pieces = new ArrayList<>();
    int from = 0; // start of the text not yet in a piece
    int at = 0;
    while (at < run.length()) {
      int end = knownWordAt(run, at);
      if (end < 0) {
        at++;
        continue;
      }
      if (at > from) {
        pieces.add(run.substring(from, at));
      }
      pieces.add(run.substring(at, end));
      from = end;
      at = end;
    }
    if (from < run.length()) {
      pieces.add(run.substring(from));
    }
    return withoutLonePieces(pieces);
  }

  /** The end of the longest known word starting at {@code at}, or -1. */
  private int knownWordAt(String run, int at) {
    for (int end = Math.min(run.length(), at + longest); end > at + 1; end--) {
      if (words.contains(run.substring(at, end))) {
        return end;
      }
    }
    return -1;
  }

  private static List<String> withoutLonePieces(List<String> pieces) {
    List<String> out = new ArrayList<>();
    for (String piece : pieces) {
      if (!out.isEmpty() && (isLone(piece) || isLone(out.get(out.size() - 1)))) {
        out.add(out.remove(out.size() - 1) + piece);
      } else {
        out.add(piece);
      }
    }
    return out;
  }

  private static boolean isLone(String piece) {
    return piece.codePointCount(0, piece.length()) == 1;
  }

  private static KnownWords load() {
    return new KnownWords(
        BundledLines.of(KnownWords.class, "known-words.txt").stream()
            .map(String::strip)
            .filter(line -> !line.isEmpty() && !line.startsWith("#"))
            .map(TextNormalizer::normalize)
            .collect(Collectors.toSet()));
  }
}
