package org.nianbao.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The metrics agree with trec_eval's definitions on hand-computed cases. */
class MetricsTest {

  private static final Map<String, Integer> GRADES = Map.of("a", 3, "b", 2, "c", 0, "d", 1);

  @Test
  void ndcgUsesTheGradeAsGainAndTheIdealOrderOfAllJudgedDocuments() {
    assertEquals(1.0, Metrics.ndcg(List.of("a", "b", "d"), GRADES, 10), 1e-9);
    double dcg = 2 / log2(2) + 3 / log2(3) + 0 / log2(4) + 1 / log2(5);
    double idcg = 3 / log2(2) + 2 / log2(3) + 1 / log2(4);
    assertEquals(dcg / idcg, Metrics.ndcg(List.of("b", "a", "c", "d"), GRADES, 10), 1e-9);
    // An unjudged document counts as 0; a cutoff shorter than the list cuts.
    assertEquals(0.0, Metrics.ndcg(List.of("x"), GRADES, 10), 1e-9);
    assertEquals(2 / log2(2) / (3 / log2(2)), Metrics.ndcg(List.of("b", "a"), GRADES, 1), 1e-9);
    assertEquals(0.0, Metrics.ndcg(List.of("a"), Map.of(), 10), 1e-9);
  }

  @Test
  void precisionDividesByTheCutoffAndRecallByTheRelevantCount() {
    assertEquals(0.2, Metrics.precision(List.of("a", "c", "d"), GRADES, 10), 1e-9);
    assertEquals(2.0 / 3, Metrics.recall(List.of("a", "c", "d"), GRADES, 10), 1e-9);
    assertEquals(1.0 / 3, Metrics.recall(List.of("a", "c", "d"), GRADES, 1), 1e-9);
  }

  @Test
  void theOrderCeilingReordersWhatWasReturnedByGrade() {
    assertEquals(1.0, Metrics.orderCeiling(List.of("c", "d", "b", "a"), GRADES, 10), 1e-9);
  }

  @Test
  void theOrderCeilingMissesWhatWasNotReturned() {
    double idcg = 3 / log2(2) + 2 / log2(3) + 1 / log2(4);
    double withoutA = 2 / log2(2) + 1 / log2(3);
    assertEquals(withoutA / idcg, Metrics.orderCeiling(List.of("d", "c", "b"), GRADES, 10), 1e-9);
  }

  @Test
  void theOrderCeilingReadsOnlyTheCutoff() {
    // Two returned, cutoff one: the better of the two counts, alone.
    assertEquals(1.0, Metrics.orderCeiling(List.of("b", "a"), GRADES, 1), 1e-9);
    assertEquals(2.0 / 3, Metrics.orderCeiling(List.of("d", "b"), GRADES, 1), 1e-9);
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
