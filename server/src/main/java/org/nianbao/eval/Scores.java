package org.nianbao.eval;

/**
 * One system's figures on one query (or their means): nDCG, precision, recall at the cutoff, hits
 * returned, and the order ceiling: the nDCG of every document the system returns (up to {@link
 * Evaluation#DEPTH}) ordered by grade ({@link Metrics#orderCeiling}).
 */
public record Scores(double ndcg, double precision, double recall, int returned, double ceiling) {

  static Scores mean(java.util.List<Scores> all) {
    if (all.isEmpty()) {
      return new Scores(0, 0, 0, 0, 0);
    }
    return new Scores(
        all.stream().mapToDouble(Scores::ndcg).average().orElse(0),
        all.stream().mapToDouble(Scores::precision).average().orElse(0),
        all.stream().mapToDouble(Scores::recall).average().orElse(0),
        (int) Math.round(all.stream().mapToInt(Scores::returned).average().orElse(0)),
        all.stream().mapToDouble(Scores::ceiling).average().orElse(0));
  }
}
