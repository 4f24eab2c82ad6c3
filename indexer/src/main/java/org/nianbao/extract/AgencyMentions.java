package org.nianbao.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.model.Clue;
import org.nianbao.model.ClueSource;
import org.nianbao.scan.StartChars;

/**
 * The sentences in which a report names its own body, as a careful reader finds them when there is
 * no title: a title quoted or announced in a sentence (现将《XX县2021年度政府信息公开工作年度报告》 公布如下), the
 * compiler (本报告由XX编制), the subject of a sentence that opens with the year (2023年，XX区卫生健康局按照…), and
 * the contact line (请与XX办公室联系).
 */
final class AgencyMentions {

  /** A name as a sentence gives it: CJK characters and brackets, ending in a body word. */
  static final String NAME =
      "[\\p{IsHan}（）()]{1,40}?(?:人民政府(?!办)|政府(?!办|信息|网|门户|公报|工作|部门|公开|服务|新闻)"
          + "|办公厅|办公室|委员会|管理局|分局|总局|局(?!办)|委(?!员会)|厅(?!办)|部(?![门分])|街道办事处|办事处|办(?!事处|公)|中心"
          + "|调查总队|总队|调查队|署|公署)";

  /** The same, as long as it goes: for 由XX编制 and 请与XX联系, where the name runs up to the verb. */
  private static final String LONG_NAME = NAME.replace("{1,40}?", "{1,40}");

  private static final StartChars QUOTED_TITLE =
      StartChars.of(
          Pattern.compile("《([^《》]{2,60}?(?:19|20)\\d{2}\\s*年[^《》]{0,30}?(?:报告|年报))》"), "《");
  private static final StartChars ANNOUNCED_TITLE =
      StartChars.of(
          Pattern.compile(
              "(?:现将|现予|现|特向社会|特|向社会)(?:公布|发布|公开|予以公布|予以公开)?(?:了)?([^，。；,;《》]{0,60}?(?:19|20)\\d{2}\\s*年[^，。；,;《》]{0,30}?信息公开[^，。；,;《》]{0,10}?报告)"),
          "现特向");

  /** 由XX编制 with nothing between the name and 编制, else 本报告由XX…. */
  private static final StartChars COMPILED_BY =
      StartChars.of(Pattern.compile("由(" + LONG_NAME + ")(?:负责|组织|汇总|牵头)?编制"), "由");

  private static final StartChars REPORT_BY =
      StartChars.of(Pattern.compile("(?:本报告|本年度报告|年度报告|本年报)(?:是)?由(" + LONG_NAME + ")"), "本年");
  private static final StartChars SUBJECT =
      StartChars.orTextStart(
          Pattern.compile(
              "(?:^|[。；\\n])\\s*(?:(?:19|20)\\d{2}\\s*年(?:度|以来)?[，,、]?\\s*)(?:在[^，。,]{2,40}[，,]\\s*)?("
                  + NAME
                  + ")(?=[\\p{IsHan}])"),
          "。；\n");

  /** The last characters of {@link #NAME}'s body words: every name ends with one of them. */
  static final String NAME_ENDS = "府厅室会局委部处办心队署";

  /** The longest name in code points: 40 characters and the longest body word (街道办事处). */
  private static final int LONGEST_NAME = 45;

  /** What a sentence whose subject is the body goes on with: 市教育局高度重视…, 市教育局在…. */
  private static final List<String> VERBS =
      List.of(
          "高度重视", "认真", "坚持", "深入", "按照", "严格", "积极", "进一步", "始终", "全面", "切实", "不断", "持续", "紧紧",
          "围绕", "依托", "结合", "加强", "共", "累计", "全年", "主动", "及时", "扎实", "把", "在", "以", "将", "对", "通过",
          "建立", "制定", "健全");

  /** A sentence whose subject is the body: 市教育局高度重视信息公开工作. */
  static final StartChars SUBJECT_VERB =
      StartChars.orTextStart(
          Pattern.compile(
              "(?:^|[。；！\\n]|[）)]|[:：])\\s*(" + NAME + ")(?=" + String.join("|", VERBS) + ")"),
          "。；！\n）):：");

  private static final StartChars CONTACT =
      StartChars.of(Pattern.compile("(?:请与|请联系|请致电|可致电|可联系|联系单位[:：]?)(" + LONG_NAME + ")"), "请可联");

  /** Any name of a body, for counting which one the opening sentences name most. */
  private static final Pattern ANY_NAME = Pattern.compile("(" + NAME + ")");

  private static final Pattern QUOTED = Pattern.compile("《[^《》]*》");

  /** The office inside a body that compiles or answers for its report: not the reporting body. */
  private static final Pattern INNER_OFFICE =
      Pattern.compile(
          "(?:信息公开工作领导小组办公室|政务公开领导小组办公室|信息与政务公开办公室|政务公开办公室"
              + "|信息公开办公室|政务公开办|信息公开办|党政综合办公室|综合办公室|办公室|综合科|信息中心)$");

  /** A government's own office compiles the government's report: 闵行区人民政府办公室 → 闵行区人民政府. */
  private static final Pattern GOVERNMENT_OFFICE = Pattern.compile("^(.+?(?:人民政府|政府))(?:办公室|办公厅)$");

  /** How far into the body the opening sentences are looked for. */
  private static final int OPENING = 3000;

  /** One way the text names the reporting body (and, for a title, the year). */
  record Mention(String name, Clue clue) {}

  private AgencyMentions() {}

  /** Quoted and announced titles in the opening sentences, in text order. */
  static List<Mention> titlesInSentences(String body) {
    String opening = body.substring(0, Math.min(body.length(), OPENING));
    List<Mention> found = new ArrayList<>();
    for (StartChars pattern : List.of(ANNOUNCED_TITLE, QUOTED_TITLE)) {
      StartChars.Finder m = pattern.finder(opening);
      while (m.find()) {
        found.add(new Mention(m.group(1).strip(), new Clue(ClueSource.BODY_SENTENCE, m.group())));
      }
    }
    return found;
  }

  /** The body named as compiler, as the subject of a year-led sentence, and in the contact line. */
  static List<Mention> names(String body) {
    String opening = body.substring(0, Math.min(body.length(), OPENING));
    List<Mention> found = new ArrayList<>();
    for (StartChars pattern : List.of(COMPILED_BY, REPORT_BY)) {
      StartChars.Finder compiled = pattern.finder(opening);
      while (compiled.find()) {
        found.add(
            new Mention(
                compiler(compiled.group(1)), new Clue(ClueSource.BODY_SENTENCE, compiled.group())));
      }
    }
    StartChars.Finder subject = SUBJECT.finder(opening);
    while (subject.find()) {
      found.add(
          new Mention(
              subject.group(1), new Clue(ClueSource.BODY_SENTENCE, subject.group().strip())));
    }
    StartChars.Finder verb = SUBJECT_VERB.finder(opening, verbInReach(opening));
    while (verb.find()) {
      found.add(
          new Mention(verb.group(1), new Clue(ClueSource.BODY_SENTENCE, verb.group().strip())));
    }
    StartChars.Finder contact = CONTACT.finder(body);
    while (contact.find()) {
      found.add(
          new Mention(
              withoutInnerOffice(contact.group(1)), new Clue(ClueSource.CONTACT, contact.group())));
    }
    return found;
  }

  /**
   * Where {@link #SUBJECT_VERB} is worth trying in {@code text}: at a sentence start from which a
   * run of name characters reaches the last character of a body word followed by a verb, within the
   * longest name. Tried at every sentence start, the regex (a lazy name of up to 40 characters,
   * each length against every body word) was 5 % of the indexer's CPU, and most sentence starts
   * have no such ending in reach. A supplementary character counts as a name character here, so the
   * check never refuses a start the regex would match.
   */
  static IntPredicate verbInReach(String text) {
    BitSet verbAfterName = new BitSet(text.length());
    for (int at = 1; at < text.length(); at++) {
      if (NAME_ENDS.indexOf(text.charAt(at - 1)) >= 0 && startsWithVerb(text, at)) {
        verbAfterName.set(at);
      }
    }
    return start -> {
      if (start == 0) {
        return true; // ^ takes no separator: the regex decides
      }
      int name = start + 1;
      while (name < text.length() && isRegexSpace(text.charAt(name))) {
        name++;
      }
      int end = verbAfterName.nextSetBit(name + 2); // one character and a body word at least
      if (end < 0 || Character.codePointCount(text, name, end) > LONGEST_NAME) {
        return false;
      }
      for (int i = name; i < end; i++) {
        if (!isNameChar(text.charAt(i))) {
          return false;
        }
      }
      return true;
    };
  }

  private static boolean startsWithVerb(String text, int at) {
    for (String verb : VERBS) {
      if (text.startsWith(verb, at)) {
        return true;
      }
    }
    return false;
  }

  /** {@code \s} of a regex: space, tab, line breaks, vertical tab, form feed. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }

  /** A character of {@link #NAME}'s class, or half of a supplementary one. */
  private static boolean isNameChar(char c) {
    return "（）()".indexOf(c) >= 0
        || Character.isSurrogate(c)
        || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  /**
   * Every name-like run of the opening sentences, with or without those in quoted document titles.
   */
  static List<String> nameRuns(String body, boolean inQuotes) {
    String opening = body.substring(0, Math.min(body.length(), OPENING));
    if (!inQuotes) {
      opening = QUOTED.matcher(opening).replaceAll("，");
    }
    List<String> runs = new ArrayList<>();
    Matcher m = ANY_NAME.matcher(opening);
    while (m.find()) {
      runs.add(m.group(1));
    }
    return runs;
  }

  /**
   * The reporting body behind a compiler: a government behind its office, a body behind its 信息公开办.
   */
  static String compiler(String name) {
    Matcher office = GOVERNMENT_OFFICE.matcher(name);
    if (office.matches()) {
      return office.group(1);
    }
    return withoutInnerOffice(name);
  }

  /** 将乐县卫生健康局办公室 → 将乐县卫生健康局; a name that is only an office stays as it is. */
  static String withoutInnerOffice(String name) {
    Matcher m = INNER_OFFICE.matcher(name);
    if (m.find() && m.start() >= 2) {
      // 南平市人民政府信息公开工作领导小组办公室 → 南平市人民政府; 闽侯县水利局政府信息公开… → 闽侯县水利局
      return name.substring(0, m.start()).replaceFirst("(?<=[局委办厅])政府$", "");
    }
    return name;
  }
}
