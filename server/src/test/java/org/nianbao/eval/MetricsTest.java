package org.nianbao.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricsTest {

  private static final Map<String, Integer> GRADES = Map.of("a", 3, "b", 2, "c", 1, "z", 0);

  @Test
  void ndcgIsOneForTheIdealOrderAndLessForAnother() {
    assertEquals(1.0, Metrics.ndcg(List.of("a", "b", "c"), GRADES, 10), 1e-9);
    double ideal = 3 + 2 / log2(3) + 1 / log2(4);
    double swapped = 1 + 2 / log2(3) + 3 / log2(4);
    assertEquals(swapped / ideal, Metrics.ndcg(List.of("c", "b", "a"), GRADES, 10), 1e-9);
  }

  @Test
  void theOrderCeilingReordersWhatWasReturnedByGrade() {
    assertEquals(1.0, Metrics.orderCeiling(List.of("z", "c", "b", "a"), GRADES, 10), 1e-9);
  }

  @Test
  void theOrderCeilingMissesWhatWasNotReturned() {
    double ideal = 3 + 2 / log2(3) + 1 / log2(4);
    double withoutA = 2 + 1 / log2(3);
    assertEquals(withoutA / ideal, Metrics.orderCeiling(List.of("c", "z", "b"), GRADES, 10), 1e-9);
  }

  @Test
  void theOrderCeilingReadsOnlyTheCutoff() {
    // Two returned, cutoff one: the better of the two counts, alone.
    assertEquals(3 / (3.0), Metrics.orderCeiling(List.of("b", "a"), GRADES, 1), 1e-9);
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
