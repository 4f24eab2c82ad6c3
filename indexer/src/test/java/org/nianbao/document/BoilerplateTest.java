package org.nianbao.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which sentences of real reports are the template's and which the report's own. */
class BoilerplateTest {

  /**
   * Sentences of real reports and whether they are the template's: preambles that name the report
   * (dev pages 014, 044, 057, 鹤岗), sentences that open with the rule they follow and go on with the
   * report's own work (聊城's sample, pages 067 and 057), and the lines of tables kept as text.
   */
  static Stream<Arguments> sentences() {
    return Stream.of(
        Arguments.of("根据《中华人民共和国政府信息公开条例》(以下简称《条例》)规定编制本报告。", true),
        Arguments.of("根据《中华人民共和国政府信息公开条例》有关规定,现公布国家统计局湖北调查总队(以下简称湖北总队)2018年政府信息公开工作报告。", true),
        Arguments.of("根据《中华人民共和国政府信息公开条例》的有关规定,特向社会公布2017年度政府信息公开年度报告。", true),
        Arguments.of("依据《中华人民共和国政府信息公开条例》(以下简称《条例》)第五十条规定,特向社会公布2025鹤岗市林业和草原局政府信息公开工作情况报告。", true),
        Arguments.of("根据政务新媒体矩阵特点，发布了众多群众喜闻乐见、接地气的作品。", false),
        // The principle with a comma between its halves (dev pages 018 and 058).
        Arguments.of("坚持“公开为常态,不公开为例外”,", true),
        // A table kept as text (pages 011 and 067): headers and rows counting nothing are the
        // template's, a row that counts something is the report's.
        Arguments.of("第二十条第(一)项 | |||\n", true),
        Arguments.of("| 规章 | 0 | 0 | 0 |\n", true),
        Arguments.of("1.属于国家秘密 | 0 |\n", true),
        Arguments.of("行政处罚 | 1347 | ||\n", false),
        Arguments.of("| 行政规范性文件 | 2 | 0 | 2 |\n", false),
        Arguments.of("行政事业性收费 | 1.5 |\n", false),
        Arguments.of("依据政府信息公开审查制度进行信息发布审核,对于发布的信息定期展开排查。", false),
        Arguments.of(
            "根据《中华人民共和国政府信息公开条例》和国家统计局《关于加强调查队系统政府信息公开情况报送工作的通知》相关要求,湖北总队结合实际,对调查系统的重点改革、数据发布、舆情监测、媒体接访等具体信息公开及宣传工作进行了全面策划。",
            false));
  }

  @ParameterizedTest
  @MethodSource("sentences")
  void aSentenceIsTheTemplatesOnlyWhenItSaysWhatItIs(String sentence, boolean template) {
    MaskedText split = Boilerplate.split(sentence);
    assertEquals(sentence, template ? split.boilerplate() : split.content());
  }
}
