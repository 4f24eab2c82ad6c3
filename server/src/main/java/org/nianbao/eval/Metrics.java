package org.nianbao.eval;

import java.util.List;
import java.util.Map;

/**
 * Rank metrics at a cutoff, computed as trec_eval does: nDCG with the grade as gain and a log2
 * discount, the ideal ranking taken from every judged document; precision and recall count grades ≥
 * {@link Qrels#RELEVANT}; precision divides by the cutoff even when fewer documents came back.
 */
public final class Metrics {

  private Metrics() {}

  public static double ndcg(List<String> ranked, Map<String, Integer> grades, int k) {
    double dcg = 0;
    for (int i = 0; i < Math.min(k, ranked.size()); i++) {
      dcg += grades.getOrDefault(ranked.get(i), 0) / log2(i + 2);
    }
    List<Integer> ideal =
        grades.values().stream().filter(g -> g > 0).sorted((a, b) -> b - a).toList();
    double idcg = 0;
    for (int i = 0; i < Math.min(k, ideal.size()); i++) {
      idcg += ideal.get(i) / log2(i + 2);
    }
    return idcg == 0 ? 0 : dcg / idcg;
  }

  /**
   * The nDCG at {@code k} of {@code retrieved} reordered by grade: the best any ranking of what a
   * system returned could score. What it lacks from 1 is the relevant documents the system does not
   * return at all; what its nDCG lacks from it is the order.
   */
  public static double orderCeiling(List<String> retrieved, Map<String, Integer> grades, int k) {
    List<String> byGrade =
        retrieved.stream()
            .sorted((a, b) -> grades.getOrDefault(b, 0) - grades.getOrDefault(a, 0))
            .toList();
    return ndcg(byGrade, grades, k);
  }

  public static double precision(List<String> ranked, Map<String, Integer> grades, int k) {
    return (double) relevantIn(ranked, grades, k) / k;
  }

  public static double recall(List<String> ranked, Map<String, Integer> grades, int k) {
    long relevant = grades.values().stream().filter(g -> g >= Qrels.RELEVANT).count();
    return relevant == 0 ? 0 : (double) relevantIn(ranked, grades, k) / relevant;
  }

  private static int relevantIn(List<String> ranked, Map<String, Integer> grades, int k) {
    int n = 0;
    for (int i = 0; i < Math.min(k, ranked.size()); i++) {
      if (grades.getOrDefault(ranked.get(i), 0) >= Qrels.RELEVANT) {
        n++;
      }
    }
    return n;
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
