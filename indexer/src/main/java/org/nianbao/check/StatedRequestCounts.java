package org.nianbao.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where the prose says how many information-disclosure requests the body received this year,
 * for R5: 共受理政府信息公开申请件11件, 收到1条政府信息公开申请, 收到依申请公开4件, and 未收到…申请 as zero. Only statements that name a
 * request (申请) near a verb of receiving are taken, so 受理办理政务热线公单66件 is not a request count.
 */
final class StatedRequestCounts {

  /** A count as a report states it: at most nine digits (a longer run is no count of requests). */
  private static final String NUM = "(?<![0-9])([0-9]{1,9}|[一二两三四五六七八九十]+)(?![0-9])";

  private static final String UNIT = "[件条个份次]";

  /** 收到/受理 … 申请 … 11件 (number after the word 申请). */
  private static final Pattern NUMBER_AFTER =
      Pattern.compile(
          "(?:共|累计|全年)?(?:收到|受理|接收|接到|新收)(?:了)?[^。；;，,0-9]{0,14}?申请[^。；;，,0-9]{0,4}?"
              + NUM
              + "\\s*"
              + UNIT);

  /** 收到 1条 政府信息公开申请 (number before the word 申请). */
  private static final Pattern NUMBER_BEFORE =
      Pattern.compile(
          "(?:共|累计|全年)?(?:收到|受理|接收|接到|新收)(?:了)?(?:依申请公开)?\\s*"
              + NUM
              + "\\s*"
              + UNIT
              + "[^。；;，,]{0,12}?申请");

  /** 收到依申请公开4件 (the request named as 依申请公开 before the number). */
  private static final Pattern NAMED_BEFORE =
      Pattern.compile("(?:收到|受理|接收|接到|新收)(?:了)?依申请公开(?:申请)?\\s*" + NUM + "\\s*" + UNIT);

  private static final Pattern NONE =
      Pattern.compile("(?:未|没有|无)(?:收到|受理|接到|接收)[^。；;，,0-9]{0,14}申请");

  /** Applications that are not information-disclosure requests: 行政复议申请, 信访, 提案 … */
  private static final Pattern OTHER_KIND = Pattern.compile("复议|诉讼|信访|提案|建议|热线|投诉|审批|许可");

  private StatedRequestCounts() {}

  private static final int MAX_SENTENCE = 2_000;

  static List<StatedRequestCount> find(String prose) {
    List<StatedRequestCount> found = new ArrayList<>();
    for (String sentence : prose.split("[。；;\\n]")) {
      Long count = countIn(sentence);
      if (count != null) {
        found.add(new StatedRequestCount(count, sentence.strip()));
      }
    }
    return found;
  }

  private static Long countIn(String sentence) {
    if (sentence.length() > MAX_SENTENCE) {
      return null; // no sentence of a report runs this long; a damaged file's line is not read for
      // counts
    }
    if (!hasReceivingVerb(sentence)) {
      return null; // every pattern below needs one: most sentences are passed over here
    }
    for (Pattern pattern : List.of(NAMED_BEFORE, NUMBER_BEFORE, NUMBER_AFTER)) {
      Matcher m = pattern.matcher(sentence);
      if (m.find() && !OTHER_KIND.matcher(m.group()).find()) {
        return (long) parse(m.group(1));
      }
    }
    Matcher none = NONE.matcher(sentence);
    return none.find() && !OTHER_KIND.matcher(none.group()).find() ? 0L : null;
  }

  /** Whether the sentence holds a verb of receiving that every pattern here starts from. */
  private static boolean hasReceivingVerb(String sentence) {
    for (String verb : RECEIVING_VERBS) {
      if (sentence.contains(verb)) {
        return true;
      }
    }
    return false;
  }

  /** The verbs of receiving in the patterns above (NONE's four are among them). */
  private static final List<String> RECEIVING_VERBS = List.of("收到", "受理", "接收", "接到", "新收");

  private static int parse(String number) {
    if (Character.isDigit(number.charAt(0))) {
      return Integer.parseInt(number);
    }
    String digits = "零一二三四五六七八九";
    int ten = number.indexOf('十');
    if (ten < 0) {
      return number.charAt(0) == '两' ? 2 : digits.indexOf(number.charAt(0));
    }
    int tens = ten == 0 ? 1 : digits.indexOf(number.charAt(0));
    int units = ten == number.length() - 1 ? 0 : digits.indexOf(number.charAt(ten + 1));
    return tens * 10 + units;
  }
}
