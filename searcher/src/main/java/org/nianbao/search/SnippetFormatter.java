package org.nianbao.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.util.BytesRef;
import org.nianbao.schema.ReportAnalyzers;

/**
 * Turns the highlighter's best passage into a {@link MatchedPassage}: {@link Snippet} segments with
 * the matches marked, no HTML. A passage longer than {@value #MAX_CHARS} characters (a long
 * sentence, a table run together) is cut to a window where most of the query's words stand together
 * ({@link #anchorMatch}), from the start of its line when that is near (a table row from its
 * label), never through a marked word, with "…" where it was cut. Runs of whitespace, line breaks
 * included, become one space.
 *
 * <p>A single-character query word matches whole bigrams (平稳 for 稳); the mark is narrowed to the
 * character itself unless the bigram is part of another, longer query word. So is a word whose
 * Chinese character stands beside Latin letters or digits (B站, 2023年): the character matches the
 * bigram it starts in the text (站小 of B站、小红书), and the mark keeps the word only.
 *
 * <p>Every passage the highlighter picked is formatted, with the index of the field value (the
 * report section) it comes from, so the searcher can choose the one that shows most of the query.
 */
final class SnippetFormatter extends PassageFormatter {

  static final int MAX_CHARS = 120;

  /** Characters kept before the first match when a passage is cut. */
  static final int LEAD_CHARS = 40;

  static final String ELLIPSIS = "…";

  private final Set<Integer> singleCharacters;
  private final List<String> longerWords;

  /** Marked words ending in a Chinese character that follows a Latin letter or digit (B站). */
  private final List<String> loneEnds;

  /** Marked words starting with a Chinese character that a Latin letter or digit follows (理B). */
  private final List<String> loneStarts;

  SnippetFormatter(List<String> marked) {
    Set<Integer> singles = new HashSet<>();
    List<String> longer = new ArrayList<>();
    for (String text : marked) {
      String single = ReportQueryBuilder.singleCjkCharacter(text);
      if (single != null) {
        singles.add(single.codePointAt(0));
      } else {
        longer.add(text);
      }
    }
    this.singleCharacters = Set.copyOf(singles);
    this.longerWords = List.copyOf(longer);
    List<String> loneEnds = new ArrayList<>();
    List<String> loneStarts = new ArrayList<>();
    for (String word : longer) {
      // The words the query matches with a lone edge (ReportQueryBuilder#phrase).
      List<String> tokens = ReportQueryBuilder.tokens(ReportAnalyzers.bigrams(), word);
      if (ReportQueryBuilder.hasLoneEnd(tokens)) {
        loneEnds.add(word);
      }
      if (ReportQueryBuilder.hasLoneStart(tokens)) {
        loneStarts.add(word);
      }
    }
    this.loneEnds = List.copyOf(loneEnds);
    this.loneStarts = List.copyOf(loneStarts);
  }

  /**
   * Narrows a match that is a lone-edge word plus the character its edge ran on into (B站、小 → B站;
   * 处理B → 理B), soft separators between them included.
   */
  private void narrowLoneEdges(int[] match, String content) {
    int length = match[1] - match[0];
    for (String word : loneEnds) {
      if (word.length() < length
          && isAt(content, match[0], word)
          && oneCharacterBeyond(content, match[0] + word.length(), match[1])) {
        match[1] = match[0] + word.length();
        return;
      }
    }
    for (String word : loneStarts) {
      if (word.length() < length
          && isAt(content, match[1] - word.length(), word)
          && oneCharacterBeyond(content, match[0], match[1] - word.length())) {
        match[0] = match[1] - word.length();
        return;
      }
    }
  }

  /**
   * Whether the text at {@code at} is {@code word}, which is normalised (lower case, half-width):
   * the text's Latin letters and digits are folded so before comparing (B站 is b站).
   */
  private static boolean isAt(String content, int at, String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = content.charAt(at + i);
      if (c >= '\uFF01' && c <= '\uFF5E') {
        c = (char) (c - 0xFEE0); // full-width ASCII
      }
      if (Character.toLowerCase(c) != word.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code content[from, to)} is one character, with soft separators around it. */
  private static boolean oneCharacterBeyond(String content, int from, int to) {
    int characters = 0;
    for (int i = from; i < to; i++) {
      if (!isSoft(content.charAt(i))) {
        characters++;
      }
    }
    return characters == 1;
  }

  /** A list of {@link MatchedPassage}, one per passage, or null when there is none. */
  @Override
  public Object format(Passage[] passages, String content) {
    if (passages.length == 0) {
      return null;
    }
    List<MatchedPassage> out = new ArrayList<>(passages.length);
    for (Passage passage : passages) {
      MatchedPassage formatted = formatOne(passage, content);
      if (!formatted.snippet().isEmpty()) {
        out.add(formatted);
      }
    }
    return out.isEmpty() ? null : out;
  }

  private MatchedPassage formatOne(Passage passage, String content) {
    List<int[]> matches = mergedMatches(passage, content);
    int start = passage.getStartOffset();
    int end = passage.getEndOffset();
    if (end - start > MAX_CHARS && !matches.isEmpty()) {
      PassageMatches.Match anchor = anchorMatch(passage);
      start = Math.max(start, anchor.start() - LEAD_CHARS);
      // A table row is a line: show it from its label, not from the cells of the row above.
      int lineBreak = content.lastIndexOf('\n', anchor.start() - 1);
      if (lineBreak >= start) {
        start = lineBreak + 1;
      }
      for (int[] match : matches) {
        if (match[0] < start && start < match[1]) {
          start = match[0]; // a cut never splits a marked word (政策解<mark>读</mark>)
        }
      }
      end = Math.min(end, Math.max(start + MAX_CHARS, anchor.end()));
      for (int[] match : matches) {
        if (match[0] < end && end < match[1]) {
          end = match[1];
        }
      }
    }
    List<Snippet.Segment> segments = new ArrayList<>();
    if (start > passage.getStartOffset()) {
      segments.add(new Snippet.Segment(ELLIPSIS, false));
    }
    int at = start;
    for (int[] match : matches) {
      int from = Math.max(match[0], start);
      int to = Math.min(match[1], end);
      if (from >= to) {
        continue;
      }
      addText(segments, content.substring(at, from), false);
      addText(segments, content.substring(from, to), true);
      at = to;
    }
    addText(segments, content.substring(at, end), false);
    if (end < passage.getEndOffset()) {
      segments.add(new Snippet.Segment(ELLIPSIS, false));
    }
    trimEdges(segments);
    Snippet snippet = new Snippet(segments);
    return new MatchedPassage(
        snippet,
        snippet.render("", ""),
        valueIndex(content, passage.getStartOffset()),
        passage.getScore());
  }

  /**
   * The match a cut passage's window starts from: the first of the shortest run of matches that
   * holds the most different query matches within {@value #MAX_CHARS} characters, the earliest of
   * those. A table run together is one long passage: cut at its first match, 国家秘密 不予公开 showed the
   * row of new requests (公开 only), not the row 不予公开 属于国家秘密 further down that made the passage the
   * best one. Runs are measured from start to start, so that one word's matches tie (a match's end
   * may take in the 、 after it) and the earliest is kept.
   */
  private static PassageMatches.Match anchorMatch(Passage passage) {
    List<PassageMatches.Match> matches = PassageMatches.outermost(passage);
    PassageMatches.Match best = matches.get(0);
    int bestHeld = 0;
    int bestSpan = Integer.MAX_VALUE;
    for (int i = 0; i < matches.size(); i++) {
      PassageMatches.Match first = matches.get(i);
      Set<BytesRef> held = new HashSet<>();
      for (int j = i;
          j < matches.size() && matches.get(j).end() - first.start() <= MAX_CHARS - LEAD_CHARS;
          j++) {
        if (held.add(matches.get(j).what())) {
          int span = matches.get(j).start() - first.start();
          if (held.size() > bestHeld || held.size() == bestHeld && span < bestSpan) {
            best = first;
            bestHeld = held.size();
            bestSpan = span;
          }
        }
      }
    }
    return best;
  }

  /**
   * Which value of a multi-valued field a passage comes from: the highlighter joins values with a
   * NUL, and a passage that starts a value starts on the NUL before it.
   */
  private static int valueIndex(String content, int offset) {
    int index = 0;
    for (int i = 0; i <= offset && i < content.length(); i++) {
      if (content.charAt(i) == '\u0000') {
        index++;
      }
    }
    return index;
  }

  /** Match offsets sorted and merged: overlapping bigram matches (抖音, 音乐) become one run. */
  private List<int[]> mergedMatches(Passage passage, String content) {
    List<int[]> merged = new ArrayList<>();
    int[] starts = passage.getMatchStarts();
    int[] ends = passage.getMatchEnds();
    List<int[]> all = new ArrayList<>();
    for (int i = 0; i < passage.getNumMatches(); i++) {
      addNarrowed(all, content, starts[i], ends[i]);
    }
    all.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
    for (int[] m : all) {
      trimSoftSeparators(m, content);
      if (m[0] >= m[1]) {
        continue;
      }
      int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && m[0] <= last[1]) {
        last[1] = Math.max(last[1], m[1]);
      } else {
        merged.add(new int[] {m[0], m[1]});
      }
    }
    for (int[] m : merged) {
      narrowLoneEdges(m, content);
      trimSoftSeparators(m, content);
    }
    return merged;
  }

  /**
   * Narrows a match to its characters: a bigram that spans a removed soft separator (抖音、头条 is
   * indexed as 抖音头条) gets an offset past the separator; the mark should not include it.
   */
  private static void trimSoftSeparators(int[] match, String content) {
    while (match[1] > match[0] && isSoft(content.charAt(match[1] - 1))) {
      match[1]--;
    }
    while (match[0] < match[1] && isSoft(content.charAt(match[0]))) {
      match[0]++;
    }
  }

  private static boolean isSoft(char c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || "\"'“”‘’「」『』《》〈〉、·・".indexOf(c) >= 0;
  }

  /**
   * Adds the match, or only its query characters when it is a bigram found by a single character.
   */
  private void addNarrowed(List<int[]> out, String content, int start, int end) {
    String text = content.substring(start, end);
    if (singleCharacters.isEmpty()
        || text.codePointCount(0, text.length()) != 2
        || longerWords.stream().anyMatch(w -> w.contains(text))) {
      out.add(new int[] {start, end});
      return;
    }
    boolean narrowed = false;
    for (int at = start; at < end; ) {
      int c = content.codePointAt(at);
      int next = at + Character.charCount(c);
      if (singleCharacters.contains(c)) {
        out.add(new int[] {at, next});
        narrowed = true;
      }
      at = next;
    }
    if (!narrowed) {
      out.add(new int[] {start, end});
    }
  }

  private static void addText(List<Snippet.Segment> segments, String raw, boolean highlighted) {
    String text = raw.replace('\u0000', ' ').replaceAll("\\s+", " ");
    if (text.isEmpty()) {
      return;
    }
    int last = segments.size() - 1;
    if (last >= 0 && segments.get(last).highlighted() == highlighted) {
      segments.set(last, new Snippet.Segment(segments.get(last).text() + text, highlighted));
    } else {
      segments.add(new Snippet.Segment(text, highlighted));
    }
  }

  private static void trimEdges(List<Snippet.Segment> segments) {
    if (!segments.isEmpty() && !segments.get(0).highlighted()) {
      String text = segments.get(0).text().stripLeading();
      if (text.isEmpty()) {
        segments.remove(0);
      } else {
        segments.set(0, new Snippet.Segment(text, false));
      }
    }
    int last = segments.size() - 1;
    if (last >= 0 && !segments.get(last).highlighted()) {
      String text = segments.get(last).text().stripTrailing();
      if (text.isEmpty()) {
        segments.remove(last);
      } else {
        segments.set(last, new Snippet.Segment(text, false));
      }
    }
  }
}
