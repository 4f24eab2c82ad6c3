package org.nianbao.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** One pass for several patterns answers what asking each pattern in turn answers. */
class AnyOfTest {

  @Test
  void theBoilerplateRulesAnswerAsEachOneDoes() throws IOException {
    List<StartChars> sentence = new ArrayList<>();
    List<StartChars> clause = new ArrayList<>();
    try (InputStream in =
        AnyOfTest.class.getResourceAsStream("/org/nianbao/document/boilerplate.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String rule = line.substring(line.indexOf(':') + 1).strip();
        if (line.startsWith("sentence:")) {
          sentence.add(StartChars.readFrom(Pattern.compile(rule)).orElseThrow());
        } else if (line.startsWith("clause:")) {
          clause.add(StartChars.readFrom(Pattern.compile(rule)).orElseThrow());
        }
      }
    }
    assertTrue(sentence.stream().anyMatch(StartChars::atTextStart), "a rule anchored at ^");
    for (List<StartChars> rules : List.of(sentence, clause)) {
      AnyOf any = new AnyOf(rules);
      // Texts made of the rules' own literal runs (统计, 期限, 报告 …) and a few other characters.
      List<String> pieces = new ArrayList<>(List.of("，", "1", " ", "(", "的", "\n"));
      for (StartChars rule : rules) {
        for (String piece : rule.pattern().pattern().split("[\\\\^$.*+?{}()|\\[\\]=<!:：\\d,]+")) {
          if (!piece.isEmpty()) {
            pieces.add(piece);
          }
        }
      }
      Random random = new Random(11);
      int found = 0;
      for (int round = 0; round < 20_000; round++) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) {
          text.append(pieces.get(random.nextInt(pieces.size())));
        }
        String t = text.toString();
        boolean expected = rules.stream().anyMatch(r -> r.isIn(t));
        assertEquals(expected, any.isIn(t), t);
        found += expected ? 1 : 0;
      }
      assertTrue(found > 100, "the random texts hold rules' matches: " + found);
    }
  }

  @Test
  void anAnchoredPatternIsTriedAtTheTextStartOnly() {
    AnyOf any =
        new AnyOf(
            List.of(
                StartChars.orTextStart(Pattern.compile("^甲"), ""),
                StartChars.of(Pattern.compile("乙丙"), "乙")));
    assertTrue(any.isIn("甲丁"));
    assertEquals(false, any.isIn("丁甲"));
    assertTrue(any.isIn("丁乙丙"));
    assertEquals(false, any.isIn(""));
  }
}
