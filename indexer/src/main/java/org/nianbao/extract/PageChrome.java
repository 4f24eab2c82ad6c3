package org.nianbao.extract;

import java.util.regex.Pattern;

/**
 * Page chrome: the words a government site puts around a report (navigation, 字号 大 中 小, 打印 / 关闭 /
 * 分享, 浏览次数, 无障碍 / 长者版, login links, breadcrumbs, footers). A line is chrome when nothing but chrome
 * words, separators and counts is left on it; such lines are neither searched nor shown. Report
 * sentences never consist of these words alone, so the test is safe anywhere.
 */
final class PageChrome {

  private static final Pattern CHROME_WORDS =
      Pattern.compile(
          "当前位置|您的位置|您当前所在位置|当前所在位置|所在位置|您现在的位置|现在的位置|返回首页|首页|主页"
              + "|字体大小|文字大小|字号|字体|背景色|默认|(?<![\\p{IsHan}])[大中小](?![\\p{IsHan}])|A\\+|A-|A(?![a-z])"
              + "|打印本页|打印文本|打印页面|打印正文|打印|关闭窗口|关闭本页|关闭页面|关闭"
              + "|分享至好友和朋友圈|分享到|分享|收藏本页|加入收藏|收藏|设为首页"
              + "|浏览次数|访问次数|访问量|阅读次数|阅读数|点击数|点击量|点击率|累计次数|浏览量|浏览|阅读"
              + "|开启无障碍|无障碍浏览|无障碍|长者版|长者模式|关怀版|适老化|简体|繁体|简|繁|English"
              + "|登录|注册|个人中心|手机版|网站地图|全文检索|站内搜索|搜索|站群导航|导航"
              + "|扫一扫在手机打开当前页|手机扫一扫|扫一扫|用微信扫描二维码|二维码|微信|微博|QQ空间|朋友圈"
              + "|上一篇|下一篇|返回顶部|返回|相关链接|点击查看解读|查看解读|视频解读|图文解读|附件下载|附件"
              + "|正文内容区域请使用tab按钮切换浏览|Document|【|】|\\[|\\]|[|｜/>»＞<《》:：·•×\\-—_,，.。()（）]");
  private static final Pattern SPACE_AND_DIGITS = Pattern.compile("[\\s\\u3000\\d]+");

  /** 首页 > 政务公开 > 年报, 首页 / 政府信息公开 / 正文, 首页 -> 政务公开 -> …. */
  private static final Pattern CRUMB_SEPARATOR = Pattern.compile("\\s*(?:->|>>|>|»|＞|›|/)\\s*");

  private static final Pattern CRUMB_START =
      Pattern.compile("^(?:当前位置|您的位置|您当前所在位置|当前所在位置|所在位置|您现在的位置|位置)\\s*[:：]");

  /** An attachment link at the end of a page: 唐村镇2010年政府信息公开工作年度报告.pdf. */
  private static final Pattern ATTACHMENT =
      Pattern.compile("(?i)^.{0,80}\\.(?:pdf|docx?|xlsx?|wps|ofd|zip|rar)$");

  /**
   * The characters the two removals of {@link #isChrome} can take: those of the chrome words (every
   * character CHROME_WORDS matches stands in its source) and spaces and digits.
   */
  private static final boolean[] CHROME_CHARACTERS = chromeCharacters();

  private static boolean[] chromeCharacters() {
    boolean[] chars = new boolean[Character.MAX_VALUE + 1];
    CHROME_WORDS.pattern().chars().forEach(c -> chars[c] = true);
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (SPACE_AND_DIGITS.matcher(String.valueOf((char) c)).matches()) {
        chars[c] = true;
      }
    }
    return chars;
  }

  /** The longest chrome line seen: a breadcrumb of several levels. */
  private static final int MAX_CHROME = 120;

  private PageChrome() {}

  /** Whether the line is made of chrome only (a count or a stray separator may stand with it). */
  static boolean isChrome(String line) {
    String text = line.strip();
    if (text.isEmpty()) {
      return true;
    }
    if (text.length() > MAX_CHROME || text.indexOf('。') >= 0) {
      return false; // chrome is a few words; a sentence never is
    }
    if (isBreadcrumb(text) || ATTACHMENT.matcher(text).matches()) {
      return true;
    }
    for (int i = 0; i < text.length(); i++) {
      if (!CHROME_CHARACTERS[text.charAt(i)]) {
        return false; // a character no removal below takes would be left over
      }
    }
    String rest =
        SPACE_AND_DIGITS.matcher(CHROME_WORDS.matcher(text).replaceAll("")).replaceAll("");
    return rest.isEmpty()
        && !SPACE_AND_DIGITS.matcher(text).replaceAll("").isEmpty()
        && hasChromeWord(text);
  }

  private static boolean hasChromeWord(String text) {
    // Separators alone (a lone "|") are chrome too; digits alone are not (a date or a count in a
    // table).
    return !text.matches("[\\s\\d]+");
  }

  /** 当前位置：首页 > 政务公开 > … or three or more short segments joined by › / > / /. */
  static boolean isBreadcrumb(String line) {
    String text = line.strip();
    if (CRUMB_START.matcher(text).find()) {
      return true;
    }
    String[] segments = CRUMB_SEPARATOR.split(text);
    if (segments.length < 3 && !(segments.length == 2 && text.startsWith("首页"))) {
      return false;
    }
    int nonEmpty = 0;
    for (String segment : segments) {
      String s = segment.strip();
      if (s.length() > 24 || s.contains("。") || s.contains("，")) {
        return false;
      }
      if (!s.isEmpty()) {
        nonEmpty++;
      }
    }
    // A '/' also joins dates (2023/1/2) and counts: require words in most segments.
    return nonEmpty >= 2
        && (text.contains("首页") || !text.contains("/") || nonEmpty >= 4)
        && text.chars().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }
}
