package org.nianbao.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.nianbao.schema.Numerals;
import org.nianbao.schema.ReportAnalyzers;
import org.nianbao.schema.TextNormalizer;

/**
 * Turns what the user typed into an {@link AnalyzedQuery}: each word normalised, cut into units
 * with smartcn, and given its variants.
 *
 * <p>Cutting: smartcn's dictionary words are units (保密审查制度 → 保密 | 审查 | 制度). Where smartcn falls
 * back to single characters, consecutive single characters form one unit (抖 | 音 → 抖音; 一 | 件 | 事 | 一
 * | 次 | 办 → 一件事一次办), so a word outside its dictionary still matches only as a contiguous string. A
 * lone single character joins the next word (新 | 媒体 → 新媒体; 依 | 申请 → 依申请), or the previous one at
 * the end; a lone function character (的, 和, 与 …) between words is dropped, and so is a question
 * word (如何, 哪些 …), or one at the edge of a run (开通了抖音的单位 → 开通 | 抖音 | 单位). A run is cut at the
 * {@link KnownWords} in it (微信微博 → 微信 | 微博; 微信小程序 → 微信 | 小程序). A quoted phrase is a single unit.
 */
final class QueryAnalysis {

  /** Function characters dropped when smartcn leaves one alone between two words (公开的时限). */
  private static final Set<String> FUNCTION_CHARACTERS =
      Set.of(
          "的",
          "地",
          "得",
          "了",
          "和",
          "与",
          "及",
          "或",
          "等",
          "之",
          "在",
          "对",
          "把",
          "被",
          "是",
          "也",
          "并",
          "而",
          // Modal verbs of a question (多久能答复, 可公开吗): alone, smartcn's words hold them (职能,
          // 许可, 要点), so a lone one asks; it would otherwise join the next word (能答复). Not 会:
          // reports write 常务会, which smartcn cuts 常务 | 会.
          "能",
          "可",
          "要");

  /**
   * Place words that end a phrase (在抖音上, 在平台中): dropped from the end of a run of single characters,
   * never from its start, where they begin words (上网, 中心).
   */
  private static final Set<String> LOCATIVES = Set.of("上", "中", "里", "内");

  /**
   * Characters that end a noun rather than begin one: left alone by smartcn right after a word, one
   * of them joins that word (公众 | 号 | 粉丝 → 公众号 | 粉丝; 投诉 | 类 | 申请 → 投诉类 | 申请; 处理 | 费 → 处理费; 查阅 | 点 →
   * 查阅点; a body: 林草 | 局 | 2018 → 林草局 | 2018, not 局2018; an amount or a document: 访问 | 量 | 和 → 访问量,
   * not 量和; 答复 | 书 | 模板 → 答复书 | 模板, not 书模板), where any other lone character joins the next word (新
   * | 媒体 → 新媒体).
   */
  private static final Set<String> SUFFIXES =
      Set.of("号", "类", "费", "点", "率", "性", "化", "员", "群", "栏", "式", "局", "委", "厅", "量", "书");

  /**
   * Question words of a query typed as a question (如何申请政府信息公开, 有哪些政务新媒体): reports state, they do
   * not ask, so such a word would be missing from every report and make every hit partial. Dropped
   * when the query has other words.
   */
  private static final Set<String> QUESTION_WORDS =
      Set.of(
          "如何", "怎么", "怎样", "怎么样", "什么", "哪些", "哪个", "为什么", "为何", "有没有", "多少", "吗", "呢", "多久",
          "多长时间", "怎么办", "什么时候", "何时", "哪里");

  /**
   * Particles that never begin or end a word a report writes: dropped where a known word cuts a run
   * of single characters next to one.
   */
  private static final Set<String> PARTICLES = Set.of("的", "了");

  /** A lone character that leads a question word (有哪些, 是什么): dropped with it. */
  private static final Set<String> QUESTION_LEADS = Set.of("有", "是");

  /** Chinese numerals written digit by digit; 零 and ○ (a circle often typed for 〇) are 0 too. */
  private static final String CHINESE_DIGITS = "〇一二三四五六七八九零○";

  /** 一九xx or 二〇xx before 年, not inside a longer run of numerals. */
  private static final Pattern CHINESE_YEAR =
      Pattern.compile(
          "(?<![" + CHINESE_DIGITS + "])((?:一九|二[〇零○])[" + CHINESE_DIGITS + "]{2})(?=年)");

  /** Words smartcn leaves in single characters, which cut a run of them into units. */
  private static final KnownWords KNOWN = KnownWords.bundled();

  private final Variants variants;

  QueryAnalysis(Variants variants) {
    this.variants = variants;
  }

  AnalyzedQuery analyze(UserQuery query) {
    List<AnalyzedQuery.Word> words = new ArrayList<>();
    Set<String> units = new LinkedHashSet<>();
    Map<String, List<String>> unitVariants = new LinkedHashMap<>();
    Map<String, List<String>> scoredVariants = new LinkedHashMap<>();
    Map<String, List<String>> expansions = new LinkedHashMap<>();
    List<UserQuery.Word> wanted = query.wanted();
    List<String> texts = new ArrayList<>(wanted.size());
    boolean hasTopic = false;
    for (UserQuery.Word typed : wanted) {
      String text = normalised(typed);
      texts.add(text);
      hasTopic |= text != null && !isFiller(typed, text);
    }
    for (int i = 0; i < wanted.size(); i++) {
      UserQuery.Word typed = wanted.get(i);
      String text = texts.get(i);
      if (text == null || hasTopic && isFiller(typed, text)) {
        continue;
      }
      if (!typed.quoted()) {
        text = withoutQuestion(text);
      }
      List<String> wordUnits = typed.quoted() ? List.of(text) : units(text);
      if (wordUnits.isEmpty()) {
        continue;
      }
      if (!typed.quoted()) {
        text = spanOfUnits(text, wordUnits);
      }
      // A quoted phrase asks for exactly that string: no variants.
      List<String> wordVariants = typed.quoted() ? List.of() : variants.of(text);
      if (!wordVariants.isEmpty()) {
        expansions.put(text, wordVariants);
        assign(wordUnits, wordVariants, unitVariants, scoredVariants);
      } else if (!typed.quoted()) {
        spanVariants(wordUnits, unitVariants, scoredVariants, expansions);
      }
      words.add(
          new AnalyzedQuery.Word(typed.text(), text, typed.quoted(), wordUnits, wordVariants));
      units.addAll(wordUnits);
    }
    List<String> excluded = new ArrayList<>();
    for (UserQuery.Word typed : query.excluded()) {
      String text = normalised(typed);
      if (text != null && !excluded.contains(text)) {
        excluded.add(text);
      }
    }
    return new AnalyzedQuery(
        words,
        new ArrayList<>(units),
        unitVariants,
        scoredVariants,
        stems(words),
        expansions,
        excluded);
  }

  /**
   * The stem of each unit that has one ({@link #stemOf}), but not of a quoted phrase's: it asks for
   * exactly that string.
   */
  private static Map<String, String> stems(List<AnalyzedQuery.Word> words) {
    Set<String> quoted = new HashSet<>();
    words.stream().filter(AnalyzedQuery.Word::quoted).forEach(word -> quoted.addAll(word.units()));
    Map<String, String> stems = new LinkedHashMap<>();
    for (AnalyzedQuery.Word word : words) {
      for (String unit : word.units()) {
        if (!quoted.contains(unit)) {
          stemOf(unit).ifPresent(stem -> stems.put(unit, stem));
        }
      }
    }
    return stems;
  }

  /**
   * A word typed on its own that asks for nothing: a function character (政务公开 和 政府网站, 抖音 或 快手) or a
   * question word (如何 申请). Among other words it is dropped, as a function character between words
   * already is; as one unit it matched nearly every report (的 抖音 found all of them, as partial
   * matches lacking 抖音). Alone, it is what the user asked for.
   */
  private static boolean isFiller(UserQuery.Word typed, String normalised) {
    return !typed.quoted()
        && (FUNCTION_CHARACTERS.contains(normalised) || QUESTION_WORDS.contains(normalised));
  }

  /** The word as the index holds text (simplified, folded …); null when it is punctuation only. */
  private static String normalised(UserQuery.Word typed) {
    String text = withArabicYears(TextNormalizer.normalize(typed.text()).strip());
    return ReportQueryBuilder.tokens(ReportAnalyzers.bigrams(), text).isEmpty() ? null : text;
  }

  /**
   * A year written digit by digit in Chinese numerals, as reports' titles and dates write it
   * (二〇二三年, 二零二二年度), in Arabic digits: a year the query names is the reports' year. Before, smartcn
   * cut 二〇二三年 into 二 | 二三年 (〇 is not a word character to it), and the query asked for both in the
   * text. Only a year of 19xx or 20xx before 年, not inside a longer run of numerals, is read: 一二三四年
   * is not a year.
   */
  static String withArabicYears(String text) {
    return CHINESE_YEAR
        .matcher(text)
        .replaceAll(year -> Integer.toString(Numerals.value(year.group(1))));
  }

  /**
   * Runs of units equal to a variant group's member (longest first) get that group's other members.
   */
  private void spanVariants(
      List<String> units,
      Map<String, List<String>> unitVariants,
      Map<String, List<String>> scoredVariants,
      Map<String, List<String>> expansions) {
    int i = 0;
    while (i < units.size()) {
      int matchedEnd = -1;
      for (int j = units.size(); j > i; j--) {
        String span = String.join("", units.subList(i, j));
        List<String> found = variants.of(span);
        if (!found.isEmpty()) {
          expansions.put(span, found);
          assign(units.subList(i, j), found, unitVariants, scoredVariants);
          matchedEnd = j;
          break;
        }
      }
      i = matchedEnd > 0 ? matchedEnd : i + 1;
    }
  }

  /**
   * Every unit of a run is satisfied by the run's variants; each variant scores for one unit only:
   * the first unit it contains (新媒体 for 政务 | 新媒体: it scores as 新媒体, never twice), else the run's
   * first unit (12345热线 for 政务 | 热线 scores as 热线; 复议 for 行政复议 as 行政复议).
   */
  private static void assign(
      List<String> units,
      List<String> variants,
      Map<String, List<String>> unitVariants,
      Map<String, List<String>> scoredVariants) {
    for (String unit : units) {
      addAll(unitVariants, unit, variants);
    }
    for (String variant : variants) {
      String target = units.stream().filter(variant::contains).findFirst().orElse(units.get(0));
      addAll(scoredVariants, target, List.of(variant));
    }
  }

  private static void addAll(Map<String, List<String>> map, String key, List<String> values) {
    List<String> list = map.computeIfAbsent(key, k -> new ArrayList<>());
    for (String v : values) {
      if (!list.contains(v) && !v.equals(key)) {
        list.add(v);
      }
    }
  }

  /** How a question opens (有没有抖音, 如何申请): dropped from a word that goes on after it. */
  private static final List<String> QUESTION_OPENINGS =
      List.of("有没有", "是不是", "怎么样", "怎么", "怎样", "如何", "为什么", "为何", "哪些", "可以", "能否", "能不能");

  /**
   * Question phrases that smartcn cuts into two words, one of them a word reports do write (什么 |
   * 时候, 多长 | 时间): dropped wherever they stand (年度报告什么时候公开 → 年度报告公开).
   */
  private static final List<String> QUESTION_PHRASES = List.of("什么时候", "多长时间");

  /** How a question closes (政务新媒体有哪些, 依申请公开是什么): dropped likewise. */
  private static final List<String> QUESTION_CLOSINGS =
      List.of("有哪些", "是什么", "有什么", "有多少", "是多少", "怎么样", "如何", "哪些", "多少", "吗", "呢");

  /**
   * {@code text} without the question words it opens or closes with and the question phrases in it,
   * so that the rest is what a report would say: the exact grade looks for the word as typed, and
   * 如何申请 is written nowhere.
   */
  static String withoutQuestion(String text) {
    String rest = text;
    for (String phrase : QUESTION_PHRASES) {
      if (rest.length() > phrase.length()) {
        rest = rest.replace(phrase, "");
      }
    }
    boolean changed = true;
    // A question word typed alone stays whole (怎么样 is not 怎么 + 样).
    while (changed && !isQuestion(rest)) {
      changed = false;
      for (String opening : QUESTION_OPENINGS) {
        if (rest.startsWith(opening) && rest.length() > opening.length()) {
          rest = rest.substring(opening.length());
          changed = true;
        }
      }
      for (String closing : QUESTION_CLOSINGS) {
        if (rest.endsWith(closing) && rest.length() > closing.length()) {
          rest = rest.substring(0, rest.length() - closing.length());
          changed = true;
        }
      }
    }
    return rest;
  }

  /**
   * {@code text} from its first unit to its last: what the cutting dropped at its edges (a question
   * word or modal inside the typed word, 多久能答复 → 答复) is not asked for by the exact grade, which
   * looks for the word as a report would write it. Unchanged when the units are not found in order.
   */
  static String spanOfUnits(String text, List<String> units) {
    String last = units.get(units.size() - 1);
    int start = text.indexOf(units.get(0));
    int end = text.lastIndexOf(last);
    if (start < 0 || end < start) {
      return text;
    }
    return text.substring(start, end + last.length());
  }

  private static boolean isQuestion(String text) {
    return QUESTION_WORDS.contains(text)
        || QUESTION_OPENINGS.contains(text)
        || QUESTION_CLOSINGS.contains(text);
  }

  /** The units of one normalised, unquoted word (see the class comment). */
  static List<String> units(String text) {
    if (MetadataWords.isYear(text)) {
      // A year (2024年度) or a span of years is one unit: the reports of those years.
      return List.of(text);
    }
    List<Token> tokens = smartcnTokens(text);
    List<String> units = new ArrayList<>();
    int pendingStart = -1; // a lone character waiting to join the next word
    int lastUnitEnd = -1; // where the last unit ends in the text, if it came from the text's words
    int i = 0;
    while (i < tokens.size()) {
      Token token = tokens.get(i);
      if (token.isSingleHan()
          && SUFFIXES.contains(token.term)
          && pendingStart < 0
          && lastUnitEnd == token.start) {
        units.add(units.remove(units.size() - 1) + token.term);
        lastUnitEnd = token.end;
        i++;
        continue;
      }
      if (token.isSingleHan()) {
        int j = i + 1;
        while (j < tokens.size()
            && tokens.get(j).isSingleHan()
            && tokens.get(j).start == tokens.get(j - 1).end) {
          j++;
        }
        if (j - i >= 2) {
          // A function character at the run's edge belongs to the sentence, not to the word
          // (开通了抖音 → 了 | 抖 | 音; 在抖音上发布): the run keeps at least two characters.
          int first = i;
          int last = j - 1;
          while (pendingStart < 0
              && last - first >= 2
              && FUNCTION_CHARACTERS.contains(tokens.get(first).term)) {
            first++;
          }
          while (last - first >= 2
              && (FUNCTION_CHARACTERS.contains(tokens.get(last).term)
                  || LOCATIVES.contains(tokens.get(last).term))) {
            last--;
          }
          // A known word may start in the run and end in the next word (微信小 | 程序 → 微信 | 小程序):
          // the run gives those characters back, and they join the next word.
          int lent = last == j - 1 ? lentToNextWord(text, tokens, first, last) : 0;
          int start = pendingStart >= 0 ? pendingStart : tokens.get(first).start;
          units.addAll(
              withoutParticlesAtCuts(
                  KNOWN.split(text.substring(start, tokens.get(last - lent).end))));
          lastUnitEnd = tokens.get(last - lent).end;
          pendingStart = lent > 0 ? tokens.get(last - lent + 1).start : -1;
          i = j;
          continue;
        }
        boolean hasNext = i + 1 < tokens.size() && tokens.get(i + 1).start == token.end;
        if ((FUNCTION_CHARACTERS.contains(token.term) || QUESTION_WORDS.contains(token.term))
            && tokens.size() > 1) {
          i++; // 公开的时限 → 公开 | 时限
          continue;
        }
        if (hasNext) {
          pendingStart = pendingStart >= 0 ? pendingStart : token.start;
        } else if (!units.isEmpty() && i > 0 && tokens.get(i - 1).end == token.start) {
          String last = units.remove(units.size() - 1);
          units.add(last + token.term);
          lastUnitEnd = token.end;
        } else {
          units.add(token.term);
          lastUnitEnd = token.end;
        }
        i++;
        continue;
      }
      if (QUESTION_WORDS.contains(token.term) && tokens.size() > 1) {
        // 如何申请 → 申请; a lone 有 or 是 waiting to join it goes too (有哪些, 是什么).
        if (pendingStart < 0
            || QUESTION_LEADS.contains(text.substring(pendingStart, token.start))) {
          pendingStart = -1;
          i++;
          continue;
        }
      }
      int start = pendingStart >= 0 ? pendingStart : token.start;
      int end = token.end;
      // Latin letters and digits stay one unit however smartcn cuts them (ipv | 6 → ipv6): the
      // bigram index keeps such a run as one token.
      while (!token.isHan()
          && i + 1 < tokens.size()
          && !tokens.get(i + 1).isHan()
          && tokens.get(i + 1).start == end) {
        i++;
        end = tokens.get(i).end;
      }
      // A number keeps the measure word after it (20 | 个 → 20个, 2023 | 年 → 2023年, 20 | 件 → 20件):
      // alone, the number would match any figure, and the lone character would join the next word.
      if (Character.isDigit(text.charAt(end - 1))
          && i + 1 < tokens.size()
          && tokens.get(i + 1).isSingleHan()
          && tokens.get(i + 1).start == end) {
        i++;
        end = tokens.get(i).end;
      }
      units.add(text.substring(start, end));
      lastUnitEnd = end;
      pendingStart = -1;
      i++;
    }
    if (pendingStart >= 0) {
      units.add(text.substring(pendingStart));
    }
    return units.stream().distinct().toList();
  }

  /**
   * The dictionary word of a unit that smartcn cuts into that word and one lone character after it
   * (访问量 → 访问, 答复书 → 答复, 国资委 → 国资); empty for any other unit, a name smartcn does not know among
   * them (抖 | 音).
   */
  static Optional<String> stemOf(String unit) {
    List<Token> tokens = smartcnTokens(unit);
    if (tokens.size() != 2) {
      return Optional.empty();
    }
    Token word = tokens.get(0);
    Token last = tokens.get(1);
    boolean wordThenCharacter =
        word.start == 0
            && word.end == last.start
            && last.end == unit.length()
            && last.isSingleHan()
            && word.isHan()
            && word.term.codePointCount(0, word.term.length()) >= 2;
    return wordThenCharacter ? Optional.of(word.term) : Optional.empty();
  }

  /**
   * The pieces of a run cut at its known words, less a particle (的, 了) at a cut: it belongs to the
   * sentence, not to the word beside it (抖音的区县 → 抖音 | 的区县 → 抖音 | 区县). A piece keeps at least two
   * characters.
   */
  private static List<String> withoutParticlesAtCuts(List<String> pieces) {
    List<String> out = new ArrayList<>(pieces.size());
    for (int k = 0; k < pieces.size(); k++) {
      String piece = pieces.get(k);
      if (k > 0 && piece.length() > 2 && PARTICLES.contains(piece.substring(0, 1))) {
        piece = piece.substring(1);
      }
      if (k < pieces.size() - 1
          && piece.length() > 2
          && PARTICLES.contains(piece.substring(piece.length() - 1))) {
        piece = piece.substring(0, piece.length() - 1);
      }
      out.add(piece);
    }
    return out;
  }

  /**
   * How many of the run's last characters start a known word with the word after the run (小 of 微信小
   * | 程序: 1); 0 when none does, or when giving them would leave the run one character.
   */
  private static int lentToNextWord(String text, List<Token> tokens, int first, int last) {
    if (last + 1 >= tokens.size()) {
      return 0;
    }
    Token next = tokens.get(last + 1);
    if (next.start != tokens.get(last).end || next.isSingleHan()) {
      return 0;
    }
    for (int lent = 1; last - lent - first + 1 >= 2; lent++) {
      if (KNOWN.contains(text.substring(tokens.get(last - lent + 1).start, next.end))) {
        return lent;
      }
    }
    return 0;
  }

  private record Token(String term, int start, int end) {
    boolean isHan() {
      return term.codePoints()
          .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    boolean isSingleHan() {
      return term.codePointCount(0, term.length()) == 1
          && Character.UnicodeScript.of(term.codePointAt(0)) == Character.UnicodeScript.HAN;
    }
  }

  private static List<Token> smartcnTokens(String text) {
    List<Token> tokens = new ArrayList<>();
    try (TokenStream stream = ReportAnalyzers.words().tokenStream("", text)) {
      var term =
          stream.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tokens;
  }
}
