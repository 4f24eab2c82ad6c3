package org.nianbao.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nianbao.pipeline.RejectedFileException;
import org.nianbao.pipeline.ReportPipeline;
import org.nianbao.search.Hit;
import org.nianbao.search.SearchResponse;

/**
 * Known-item search over the repo's real reports: a piece of a report's text, typed or pasted as a
 * reader copies it (a run of Chinese characters; a span with 、, quotes, book-title marks or a line
 * break inside; two words from one sentence), finds that report. Each piece has at least one
 * result, and whenever the results fit on a page of 100, the report it came from is among them. The
 * pieces are drawn at random (fixed seed) from every report of {@code eval/dev}'s collection.
 */
class KnownItemTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  /** The pieces drawn per report and kind. */
  private static final int PIECES = 1;

  private static EngineRun engine;
  private static final Map<String, String> TEXTS = new LinkedHashMap<>();

  @BeforeAll
  static void index() throws IOException, RejectedFileException {
    JudgedCollection collection =
        JudgedCollection.load(ROOT, ROOT.resolve("eval/dev").resolve("corpus.txt"));
    engine = EngineRun.build(collection);
    assertEquals(Map.of(), engine.rejected(), "every real report is indexed");
    ReportPipeline pipeline = ReportPipeline.bundled();
    for (String doc : collection.docs()) {
      StringBuilder text = new StringBuilder();
      for (String part : pipeline.load(collection.file(doc)).checked().report().parts().texts()) {
        if (part != null) {
          text.append(part).append('\n');
        }
      }
      TEXTS.put(doc, text.toString());
    }
  }

  @AfterAll
  static void close() throws IOException {
    engine.close();
  }

  /** How a reader takes a piece of a report into the search box. */
  private enum Kind {
    /** A run of 4 to 9 Chinese characters. */
    RUN,
    /** 6 to 13 characters as copied, with 、，“”《》, a space or a line break inside. */
    PASTED,
    /** Two runs of 3 to 5 characters from one sentence, a space between them. */
    TWO_WORDS
  }

  @Test
  void aPieceOfAReportFindsIt() throws IOException {
    Random random = new Random(28);
    List<String> failures = new ArrayList<>();
    int tried = 0;
    for (Map.Entry<String, String> report : TEXTS.entrySet()) {
      for (Kind kind : Kind.values()) {
        for (int i = 0; i < PIECES; i++) {
          Optional<String> piece = piece(report.getValue(), random, kind);
          if (piece.isEmpty()) {
            continue;
          }
          tried++;
          SearchResponse response =
              engine.response(new JudgedQuery("k", piece.get(), null, null, "known item"), 100);
          boolean found = response.hits().stream().map(Hit::id).anyMatch(report.getKey()::equals);
          if (response.total() == 0 || (response.total() <= 100 && !found)) {
            failures.add(
                kind
                    + " "
                    + piece.get()
                    + " ("
                    + response.total()
                    + " results) <- "
                    + report.getKey());
          }
        }
      }
    }
    assertTrue(tried >= 300, "pieces drawn: " + tried);
    assertEquals(List.of(), failures);
  }

  private static boolean isHan(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  private static boolean allHan(String s) {
    return s.chars().allMatch(c -> isHan((char) c));
  }

  /** A piece of {@code text} of the kind, from a random place; empty when none was found. */
  private static Optional<String> piece(String text, Random random, Kind kind) {
    for (int tries = 0; tries < 200; tries++) {
      int at = random.nextInt(Math.max(1, text.length()));
      switch (kind) {
        case RUN -> {
          int length = 4 + random.nextInt(6);
          if (at + length <= text.length() && allHan(text.substring(at, at + length))) {
            return Optional.of(text.substring(at, at + length));
          }
        }
        case PASTED -> {
          int length = 6 + random.nextInt(8);
          if (at + length > text.length()) {
            continue;
          }
          String span = text.substring(at, at + length);
          String inside = span.substring(1, span.length() - 1);
          long han = span.chars().filter(c -> isHan((char) c)).count();
          boolean separated = inside.chars().anyMatch(c -> "、，“”《》\n ".indexOf(c) >= 0);
          if (separated
              && han >= length - 3
              && isHan(span.charAt(0))
              && isHan(span.charAt(span.length() - 1))
              && span.chars().noneMatch(Character::isDigit)) {
            return Optional.of(span);
          }
        }
        case TWO_WORDS -> {
          int length = 3 + random.nextInt(3);
          int gap = 5 + random.nextInt(20);
          if (at + 2 * length + gap > text.length()) {
            continue;
          }
          String sentence = text.substring(at, at + 2 * length + gap);
          String first = sentence.substring(0, length);
          String second = sentence.substring(length + gap);
          if (!sentence.contains("。") && !sentence.contains("\n") && allHan(first + second)) {
            return Optional.of(first + " " + second);
          }
        }
      }
    }
    return Optional.empty();
  }
}
