package org.nianbao.search;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nianbao.document.ReportFields;

/**
 * Chooses which part a hit's snippet comes from: the body field whose best passage holds the most
 * distinct query words, ties going to the earlier field in {@link ReportFields#BODY_FIELDS} order;
 * the title only when no body field matched.
 */
final class PartChooser {

  private PartChooser() {}

  /** The chosen field (a model key), or null when no field matched. */
  static String choose(Map<String, MatchedPassage> matched, List<UserQuery.Word> words) {
    String best = null;
    int bestCount = 0;
    for (String field : ReportFields.BODY_FIELDS) {
      MatchedPassage passage = matched.get(field);
      if (passage == null) {
        continue;
      }
      // A field with a marked match holds at least one word, even if normalising hid it.
      int count = Math.max(1, distinctWords(passage.text(), words));
      if (count > bestCount) {
        best = field;
        bestCount = count;
      }
    }
    if (best == null && matched.containsKey(ReportFields.TITLE)) {
      return ReportFields.TITLE;
    }
    return best;
  }

  static int distinctWords(String text, List<UserQuery.Word> words) {
    String haystack = normalize(text);
    return (int) words.stream().map(w -> normalize(w.text())).distinct()
        .filter(w -> !w.isEmpty() && haystack.contains(w)).count();
  }

  /** Full-width folded, lower-cased, letters and digits only: 依申请，公开 and 依申请 公开 agree. */
  static String normalize(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(folded.length());
    folded.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
    return out.toString();
  }
}
