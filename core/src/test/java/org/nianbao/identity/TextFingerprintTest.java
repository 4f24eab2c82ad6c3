package org.nianbao.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextFingerprintTest {

  private static final String REPORT =
      "2023年，淄博市文化和旅游局根据《中华人民共和国政府信息公开条例》和《淄博市人民政府办公室"
          + "关于印发2023年淄博市政务公开工作方案的通知》精神，继续加大政府信息公开工作力度，完善公开制度，健全工作机制，拓展公开内容，"
          + "政府信息公开工作取得良好成效。2023年，市文化和旅游局主动公开信息6101条。其中，局官方网站826条，微信公众号785条。";

  @Test
  void theSameTextWithOtherLineBreaksPunctuationAndAPageNumberIsTheSameReport() {
    String asPdf = REPORT.replace("，", ", ").replace("。", "。\n") + "\n— 1 —\n";
    assertTrue(
        TextFingerprint.sameReport(TextFingerprint.of(REPORT), TextFingerprint.of(asPdf)),
        "distance "
            + TextFingerprint.distance(TextFingerprint.of(REPORT), TextFingerprint.of(asPdf)));
  }

  @Test
  void anotherBodysReportIsNot() {
    String other =
        "2023年，古县文化和旅游局认真贯彻落实政府信息公开条例，围绕文物保护、非遗传承和旅游市场监管公开信息，"
            + "全年通过县政府门户网站发布工作动态二百余条，办理政府信息公开申请三件，均在法定期限内答复，无行政复议和诉讼案件。";
    assertFalse(
        TextFingerprint.sameReport(TextFingerprint.of(REPORT), TextFingerprint.of(other)),
        "distance "
            + TextFingerprint.distance(TextFingerprint.of(REPORT), TextFingerprint.of(other)));
  }

  @Test
  void theFingerprintIsTheSimHashOfTheUtf8BytesOfEachShingle() {
    // Letters from every width of UTF-8, supplementary ones among them, so shingles split pairs.
    String alphabet = "aZ9éд中國年𠀀𪚥\uD800\uDC00，。 \n";
    Random random = new Random(42);
    for (int n = 0; n < 2000; n++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(40);
      for (int i = 0; i < length; i++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = text.toString();
      assertEquals(reference(s), TextFingerprint.of(s), s);
    }
    assertEquals(reference(REPORT), TextFingerprint.of(REPORT));
  }

  /** The definition, as the fingerprint was first written. */
  private static long reference(String text) {
    StringBuilder letters = new StringBuilder();
    text.codePoints().filter(Character::isLetterOrDigit).forEach(letters::appendCodePoint);
    int[] weights = new int[64];
    for (int i = 0; i + 4 <= letters.length(); i++) {
      long hash = 0xcbf29ce484222325L;
      for (byte b : letters.substring(i, i + 4).getBytes(StandardCharsets.UTF_8)) {
        hash ^= b & 0xff;
        hash *= 0x100000001b3L;
      }
      for (int bit = 0; bit < 64; bit++) {
        weights[bit] += ((hash >>> bit) & 1L) == 1L ? 1 : -1;
      }
    }
    long fingerprint = 0;
    for (int bit = 0; bit < 64; bit++) {
      if (weights[bit] > 0) {
        fingerprint |= 1L << bit;
      }
    }
    return fingerprint;
  }
}
