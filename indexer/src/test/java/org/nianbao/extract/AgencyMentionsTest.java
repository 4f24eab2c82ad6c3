package org.nianbao.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nianbao.scan.StartChars;

/**
 * The check that spares the subject-verb regex most sentence starts changes none of its matches.
 */
class AgencyMentionsTest {

  private static final Path DEV = Path.of("..", "corpus", "dev");
  private static final Path SAMPLES = Path.of("..", "samples");

  @Test
  void everyBodyWordOfTheNameEndsWithANameEnd() {
    String name = AgencyMentions.NAME;
    String words = name.substring(name.indexOf("?(?:") + 4, name.length() - 1);
    List<String> bodyWords = new ArrayList<>();
    for (String word : words.replaceAll("\\(\\?![^)]*\\)", "").split("\\|")) {
      bodyWords.add(word);
    }
    assertTrue(bodyWords.size() > 15, () -> "read the body words: " + bodyWords);
    for (String word : bodyWords) {
      assertTrue(
          AgencyMentions.NAME_ENDS.indexOf(word.charAt(word.length() - 1)) >= 0,
          () -> word + " ends in none of " + AgencyMentions.NAME_ENDS);
    }
  }

  @Test
  void theRealReportsGiveTheSameSubjectsWithAndWithoutTheCheck() throws IOException {
    int texts = 0;
    int matches = 0;
    for (Path folder : List.of(DEV.resolve("pages"), DEV.resolve("excerpts"), SAMPLES)) {
      try (Stream<Path> files = Files.list(folder)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
          String text = Files.readString(file, StandardCharsets.UTF_8);
          List<String> plain = matches(text, false);
          assertEquals(plain, matches(text, true), file.toString());
          texts++;
          matches += plain.size();
        }
      }
    }
    assertTrue(texts >= 110, "read the dev pages and excerpts and the samples");
    int found = matches;
    assertTrue(found >= 20, () -> "the texts have subjects to find, found " + found);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2023年，市教育局高度重视信息公开工作。",
        "市教育局高度重视信息公开工作。",
        "。  \n 市教育局认真落实条例。",
        "（一）县卫生健康委员会在年内公开信息。",
        "：𠀋𠀋县人民政府坚持公开为常态。",
        "。某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某局在。",
        "。某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某局在。",
        "。市政府办公室，在年内。市政府信息公开办公室以",
      })
  void editedSentencesGiveTheSameSubjectsWithAndWithoutTheCheck(String text) {
    assertEquals(matches(text, false), matches(text, true));
  }

  /** Each match of the subject-verb pattern as start, end and name. */
  private static List<String> matches(String text, boolean checked) {
    StartChars.Finder finder =
        checked
            ? AgencyMentions.SUBJECT_VERB.finder(text, AgencyMentions.verbInReach(text))
            : AgencyMentions.SUBJECT_VERB.finder(text);
    List<String> found = new ArrayList<>();
    while (finder.find()) {
      found.add(finder.start() + "-" + finder.end() + " " + finder.group(1));
    }
    return found;
  }
}
