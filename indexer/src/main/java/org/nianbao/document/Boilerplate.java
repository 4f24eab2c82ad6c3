package org.nianbao.document;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.model.Applicant;
import org.nianbao.model.RequestRow;
import org.nianbao.model.ReviewGroup;
import org.nianbao.model.ReviewOutcome;
import org.nianbao.scan.AnyOf;
import org.nianbao.scan.StartChars;
import org.nianbao.schema.TextNormalizer;

/**
 * Finds the template text in a report section: the preamble sentence naming the law, the six parts
 * and the statistics period, "未发生…行政复议、行政诉讼", the political opening, the table furniture a part
 * kept as text. Nearly every report carries these, so a query word found only there says little
 * about the report; ranking weighs them low (the searcher reads the two twins of {@link
 * MaskedText}). The rules are data: {@code boilerplate.txt} beside this class.
 */
public final class Boilerplate {

  /**
   * Canonical names of the parts and of the older formats' sections; three in one sentence make a
   * table of contents.
   */
  private static final StartChars SECTION_NAMES =
      StartChars.of(
          Pattern.compile(
              "总体情况|概述|主动公开政府信息(的)?情况|收到和处理政府信息公开申请情况|依申请公开政府信息(的)?情况"
                  + "|行政复议.{0,8}行政诉讼(的)?情况|存在的(主要)?问题|其他需要报告的事项|收费及减免|咨询(处理)?情况"),
          "总概主收依行存其咨");

  /**
   * Sentences end at 。！？ and line breaks; a semicolon only ends a clause (a table of contents lists
   * parts with ；).
   */
  private static final String SENTENCE_END = "。！？!?\n";

  private static final String CLAUSE_END = "，,：:；;";

  /** What may stand around labels in a table-furniture line: numbers, numbering, separators. */
  private static final Pattern FURNITURE = Pattern.compile("[\\d.\\s|%,，:：+\\-()（）一二三四五六七八九十、]");

  private static final Rules RULES = Rules.load();

  private Boilerplate() {}

  /** The section split into content and boilerplate twins. */
  public static MaskedText split(String text) {
    BitSet mask = new BitSet(text.length());
    int start = 0;
    for (int end : boundaries(text, SENTENCE_END, 0, text.length())) {
      markSentence(text, start, end, mask);
      start = end;
    }
    return MaskedText.of(text, mask);
  }

  private static void markSentence(String text, int start, int end, BitSet mask) {
    String sentence = TextNormalizer.normalize(text.substring(start, end)).strip();
    if (sentence.isEmpty()) {
      return;
    }
    if (isBoilerplateSentence(sentence)) {
      mask.set(start, end);
      return;
    }
    int clauseStart = start;
    for (int clauseEnd : boundaries(text, CLAUSE_END, start, end)) {
      if (!RULES.mayHoldClauseRule(text, clauseStart, clauseEnd)) {
        clauseStart = clauseEnd;
        continue;
      }
      String clause = TextNormalizer.normalize(text.substring(clauseStart, clauseEnd));
      if (RULES.clause.isIn(clause)) {
        mask.set(clauseStart, clauseEnd);
      }
      clauseStart = clauseEnd;
    }
  }

  static boolean isBoilerplateSentence(String sentence) {
    if (RULES.sentence.isIn(sentence)) {
      return true;
    }
    if (countSectionNames(sentence) >= 3) {
      return true;
    }
    return isTableFurniture(sentence);
  }

  private static int countSectionNames(String sentence) {
    Set<String> names = new HashSet<>();
    StartChars.Finder name = SECTION_NAMES.finder(sentence);
    while (name.find()) {
      names.add(name.group());
    }
    return names.size();
  }

  /**
   * A line made only of template labels, numbers and numbering that counts nothing: a table kept as
   * text, a row of it whose counts are all zero (or a header). A row that counts something (行政处罚 |
   * 1347) is the report's own fact, as a parsed table's row is ({@code TableText}).
   */
  static boolean isTableFurniture(String sentence) {
    // A character in no label and no furniture survives both removals: most prose sentences end
    // here.
    for (int i = 0; i < sentence.length(); i++) {
      if (!RULES.furnitureOrLabel[sentence.charAt(i)]) {
        return false;
      }
    }
    String rest = sentence;
    for (String label : RULES.labels) {
      rest = rest.replace(label, "");
    }
    return FURNITURE.matcher(rest).replaceAll("").isEmpty() && !countsSomething(rest);
  }

  /**
   * A number in a table line: digits, a decimal part, and what follows; numbering is a number
   * followed by 、 or by a dot that ends it (1.属于国家秘密), or one in brackets ((1)).
   */
  private static final Pattern NUMBER = Pattern.compile("([(（])?(\\d+(?:\\.\\d+)?)([.．、)）])?");

  /** Whether the line, labels removed, holds a number other than zero that is no numbering. */
  private static boolean countsSomething(String line) {
    Matcher number = NUMBER.matcher(line);
    while (number.find()) {
      boolean numbering = number.group(1) != null || number.group(3) != null;
      if (!numbering && Double.parseDouble(number.group(2)) != 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Offsets just after each of the characters {@code ends} in [from, to), and {@code to} itself.
   */
  private static List<Integer> boundaries(String text, String ends, int from, int to) {
    // A loop over the characters, not a regex character class: this cuts every report's text into
    // sentences and clauses, and the matcher was 3-4 % of the indexer's CPU.
    List<Integer> out = new ArrayList<>();
    for (int i = from; i < to; i++) {
      if (ends.indexOf(text.charAt(i)) >= 0) {
        out.add(i + 1);
      }
    }
    if (out.isEmpty() || out.get(out.size() - 1) != to) {
      out.add(to);
    }
    return out;
  }

  /** The rules file, plus every row and column label of the model's tables. */
  private record Rules(
      AnyOf sentence,
      AnyOf clause,
      List<String> labels,
      boolean[] furnitureOrLabel,
      boolean[] clauseStarts) {

    /**
     * Whether a clause rule may be found in the normalised {@code text[from, to)}: only if one of
     * its characters folds to a character a clause rule can start with. Most clauses hold none, and
     * are neither normalised nor searched. Always true when a rule can start anywhere ({@code
     * clauseStarts} is null) or the text has characters that combine.
     */
    boolean mayHoldClauseRule(String text, int from, int to) {
      if (clauseStarts == null) {
        return true;
      }
      for (int i = from; i < to; i++) {
        char c = text.charAt(i);
        if (TextNormalizer.combines(c) || clauseStarts[TextNormalizer.fold(c)]) {
          return true;
        }
      }
      return false;
    }

    static Rules load() {
      List<StartChars> sentence = new ArrayList<>();
      List<StartChars> clause = new ArrayList<>();
      List<String> labels = new ArrayList<>();
      try (InputStream in = Boilerplate.class.getResourceAsStream("boilerplate.txt")) {
        if (in == null) {
          throw new IllegalStateException("boilerplate.txt is missing from the classpath");
        }
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          line = line.strip();
          if (line.isEmpty() || line.startsWith("#")) {
            continue;
          }
          int colon = line.indexOf(':');
          String kind = line.substring(0, colon);
          String value = line.substring(colon + 1).strip();
          switch (kind) {
            case "sentence" -> sentence.add(found(Pattern.compile(value)));
            case "clause" -> clause.add(found(Pattern.compile(value)));
            case "label" -> labels.add(TextNormalizer.normalize(value));
            default ->
                throw new IllegalStateException("boilerplate.txt: unknown rule kind " + kind);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      for (RequestRow row : RequestRow.values()) {
        labels.addAll(labelPieces(row.label()));
      }
      for (Applicant column : Applicant.values()) {
        labels.add(TextNormalizer.normalize(column.label()));
      }
      for (ReviewGroup group : ReviewGroup.values()) {
        labels.addAll(labelPieces(group.label()));
      }
      for (ReviewOutcome outcome : ReviewOutcome.values()) {
        labels.add(TextNormalizer.normalize(outcome.label()));
      }
      // Longest first, so 行政规范性文件 goes before 规范性文件 eats part of it.
      labels.sort(Comparator.comparingInt(String::length).reversed());
      boolean[] furnitureOrLabel = new boolean[Character.MAX_VALUE + 1];
      for (char c = 0; c < Character.MAX_VALUE; c++) {
        furnitureOrLabel[c] = FURNITURE.matcher(String.valueOf(c)).matches();
      }
      for (String label : labels) {
        label.chars().forEach(c -> furnitureOrLabel[c] = true);
      }
      return new Rules(
          new AnyOf(sentence),
          new AnyOf(clause),
          List.copyOf(labels),
          furnitureOrLabel,
          startsOf(clause));
    }

    /**
     * The characters some rule's match can start with; null if a rule can also match at the start
     * of the text, whatever its character.
     */
    private static boolean[] startsOf(List<StartChars> rules) {
      boolean[] starts = new boolean[Character.MAX_VALUE + 1];
      for (StartChars rule : rules) {
        if (rule.atTextStart()) {
          return null;
        }
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
          starts[c] |= rule.canStart((char) c);
        }
      }
      return starts;
    }

    /**
     * The rule with the characters its matches start with, read off its source: a rule whose source
     * does not show them is refused, so that every rule is tried only where it can match.
     */
    private static StartChars found(Pattern rule) {
      return StartChars.readFrom(rule)
          .orElseThrow(
              () ->
                  new IllegalStateException(
                      "boilerplate.txt: a rule must begin with ^, a character or a group of"
                          + " alternatives each led by one: "
                          + rule.pattern()));
    }

    /** "（三）不予公开 1.属于国家秘密" → 不予公开, 属于国家秘密: the pieces without their numbering. */
    private static List<String> labelPieces(String label) {
      List<String> pieces = new ArrayList<>();
      for (String piece : label.split("\\s+")) {
        String bare = piece.replaceAll("^[（(][一二三四五六七八九十]+[)）]|^[一二三四五六七八九十]+、|^\\d+\\.", "");
        if (!bare.isBlank()) {
          pieces.add(TextNormalizer.normalize(bare));
        }
      }
      return pieces;
    }
  }
}
