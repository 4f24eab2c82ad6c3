package org.nianbao.search;

/**
 * How well a report matches a query, best first. The graded query adds a constant per grade reached
 * to a relevance score squeezed into [0, 1), so reports sort by grade, then by relevance, and a
 * hit's grade can be read back from its score.
 *
 * <ul>
 *   <li>{@code EXACT}: every typed word appears as written (or as one of its variants) in the title
 *       or in text that is not template boilerplate; usually also {@code NEAR}. Reports with the
 *       words as typed come before those that have them only through a variant.
 *   <li>{@code NEAR}: all the query's words stand near each other in one part.
 *   <li>{@code ALL}: every word appears in the title or in the report's own text (a year or a
 *       place: its metadata), not necessarily near the others.
 *   <li>{@code PARTIAL}: most of the words appear (a minimum-should-match), or some only in the
 *       template boilerplate; the hit says which are missing and which are only in the template.
 * </ul>
 */
public enum MatchGrade {
  EXACT("exact"),
  NEAR("near"),
  ALL("all"),
  PARTIAL("partial");

  /** Score added when every unit matches in the title or the report's own text. */
  static final float ALL_BONUS = 1f;

  /** Score added when the units stand near each other in a content field. */
  static final float NEAR_BONUS = 2f;

  /** Score added when every typed word matches exactly in a content field. */
  static final float EXACT_BONUS = 4f;

  /**
   * Score added, on top of {@link #EXACT_BONUS}, when every typed word matches as typed, not only
   * through a variant: a user who types one wording sees it before the others (still grade exact).
   * As large as the exact bonus, so an as-typed match without the near bonus ({@code 1 + 4 + 4})
   * still ranks above a variant-only match with it ({@code 1 + 2 + 4} plus a relevance below 1).
   */
  static final float AS_TYPED_BONUS = 4f;

  private final String key;

  MatchGrade(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }

  /**
   * The grade a graded-query score encodes: its integer part is the sum of the bonuses reached, and
   * a report lacking a unit reaches none (below 1: partial), also when it has the topic words
   * exactly and lacks only a place or year typed among them (those grades read the topic words; the
   * place is matched by the report's region, not its text). Only {@link #ALL_BONUS} is odd, and it
   * comes with every other bonus, so an even sum is never a grade.
   */
  static MatchGrade ofScore(float score) {
    int bonuses = (int) Math.floor(score);
    if (bonuses % 2 == 0) {
      return PARTIAL;
    }
    if (bonuses >= EXACT_BONUS) {
      return EXACT;
    }
    if (bonuses >= NEAR_BONUS) {
      return NEAR;
    }
    return bonuses >= ALL_BONUS ? ALL : PARTIAL;
  }
}
