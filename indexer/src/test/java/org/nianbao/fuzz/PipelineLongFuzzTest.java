package org.nianbao.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The long fuzzing run: a million inputs through reader → parser → checker → document → JSON, as
 * text and as HTML. Only with {@code JAZZER_FUZZ=1 NIANBAO_LONG_FUZZ=1} (see the README,
 * "Fuzzing"); never in the normal test run.
 */
@EnabledIfEnvironmentVariable(named = "NIANBAO_LONG_FUZZ", matches = "1")
class PipelineLongFuzzTest {

  @FuzzTest(maxExecutions = 1_000_000, maxDuration = "4h")
  void textAndHtml(byte[] bytes) throws Exception {
    PipelineFuzzTest.runTextAndHtml(bytes);
  }
}
