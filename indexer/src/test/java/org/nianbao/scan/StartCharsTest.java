package org.nianbao.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class StartCharsTest {

  /** The matches find() gives: start, end and every group. */
  private static List<String> expected(Pattern pattern, String text) {
    List<String> out = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      out.add(describe(m));
    }
    return out;
  }

  private static List<String> actual(StartChars starts, String text) {
    List<String> out = new ArrayList<>();
    StartChars.Finder f = starts.finder(text);
    while (f.find()) {
      out.add(describe(f.matcher()));
    }
    return out;
  }

  private static String describe(Matcher m) {
    StringBuilder s = new StringBuilder(m.start() + "-" + m.end());
    for (int g = 0; g <= m.groupCount(); g++) {
      s.append('|').append(m.group(g));
    }
    return s.toString();
  }

  @Test
  void findsWhatFindFinds() {
    List<StartChars> patterns =
        List.of(
            StartChars.of(Pattern.compile("(?:请与|请联系|可联系)([甲乙局]{1,5}?局)"), "请可"),
            StartChars.of(Pattern.compile("(?<![0-9])([0-9]{1,3})(?![0-9])件"), "0123456789"),
            StartChars.orTextStart(Pattern.compile("(?:^|[。\\n])\\s*(甲+)(?=乙)"), "。\n"),
            StartChars.of(Pattern.compile("[XＸ]{2}|某某|甲乙"), "XＸ某甲"));
    Random random = new Random(42);
    String alphabet = "请与联系可局甲乙。\n 0123件XＸ某";
    for (int round = 0; round < 20_000; round++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(30);
      for (int i = 0; i < length; i++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      for (StartChars pattern : patterns) {
        String t = text.toString();
        assertEquals(expected(pattern.pattern(), t), actual(pattern, t), t);
        assertEquals(expected(pattern.pattern(), t).size(), pattern.count(t), t);
      }
    }
  }

  @Test
  void readsTheStartsOffTheSource() {
    assertEquals(Optional.empty(), StartChars.readFrom(Pattern.compile("a|b")));
    assertEquals(Optional.empty(), StartChars.readFrom(Pattern.compile("a?b")));
    assertEquals(Optional.empty(), StartChars.readFrom(Pattern.compile("(a|b)?c")));
    assertEquals(Optional.empty(), StartChars.readFrom(Pattern.compile("(a|)c")));
    assertEquals(Optional.empty(), StartChars.readFrom(Pattern.compile(".a")));
    assertEquals(Optional.empty(), StartChars.readFrom(Pattern.compile("(?i)ab")));
    assertEquals(Optional.empty(), StartChars.readFrom(Pattern.compile("[ab]c")));
    assertEquals(Optional.empty(), StartChars.readFrom(Pattern.compile("(a(b|c)|[|]|d?)e")));
    assertTrue(StartChars.readFrom(Pattern.compile("(a(b|c)|b[|)]|d)e")).isPresent());
    assertTrue(StartChars.readFrom(Pattern.compile("^(a|b)|c")).isEmpty());
  }

  /** Every rule of the boilerplate file is read, and finds what find() finds. */
  @Test
  void readStartsFindWhatFindFinds() throws IOException {
    List<Pattern> patterns = new ArrayList<>();
    try (InputStream in =
        StartCharsTest.class.getResourceAsStream("/org/nianbao/document/boilerplate.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.startsWith("sentence:") || line.startsWith("clause:")) {
          patterns.add(Pattern.compile(line.substring(line.indexOf(':') + 1).strip()));
        }
      }
    }
    patterns.add(Pattern.compile("(?:甲乙|丙)(丁)?"));
    patterns.add(Pattern.compile("(甲(乙|丙)|乙[|)]|丁+)戊"));
    assertTrue(patterns.size() > 10);
    Random random = new Random(7);
    for (Pattern pattern : patterns) {
      StartChars starts =
          StartChars.readFrom(pattern).orElseThrow(() -> new AssertionError(pattern));
      String alphabet = pattern.pattern().replaceAll("[\\\\^$.*+?{}()|\\[\\]]", "") + "，12 (";
      for (int round = 0; round < 3_000; round++) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(40);
        for (int i = 0; i < length; i++) {
          text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        String t = text.toString();
        assertEquals(expected(pattern, t), actual(starts, t), pattern + " on " + t);
      }
    }
  }

  @Test
  void textStartOnlyWhenAsked() {
    Pattern pattern = Pattern.compile("(?:^|。)甲");
    assertEquals(List.of("0-1|甲", "2-4|。甲"), actual(StartChars.orTextStart(pattern, "。"), "甲乙。甲"));
  }
}
