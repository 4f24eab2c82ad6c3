package org.nianbao.extract;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.nianbao.model.ActiveTable;
import org.nianbao.model.DocumentCounts;

/** The 主动公开 table (第二十条) in the 2021 and the 2019 layouts. */
class ActiveTableParserTest {

  private static ActiveTable parse(String text) {
    return ActiveTableParser.parse(TableRows.read(text));
  }

  @Test
  void format2021InTabRows() {
    // 聊城 style: header rows with trailing empty cells, one number per 许可/处罚/强制 row.
    ActiveTable t =
        parse(
            String.join(
                "\n",
                "第二十条第（一）项\t\t\t",
                "信息内容\t本年制发件数\t本年废止件数\t现行有效件数",
                "规章\t0\t0\t0",
                "行政规范性文件\t2\t3\t14",
                "第二十条第（五）项\t\t\t",
                "信息内容\t本年处理决定数量\t\t",
                "行政许可\t387\t\t",
                "第二十条第（六）项\t\t\t",
                "行政处罚\t51\t\t",
                "行政强制\t18\t\t",
                "第二十条第（八）项\t\t\t",
                "信息内容\t本年收费金额（单位：万元）\t\t",
                "行政事业性收费\t1.25\t\t",
                ""));
    assertNotNull(t);
    assertAll(
        () -> assertEquals(new DocumentCounts(0L, 0L, 0L), t.rules()),
        () -> assertEquals(new DocumentCounts(2L, 3L, 14L), t.normativeDocs()),
        () -> assertEquals(387L, t.licensingDecisions()),
        () -> assertEquals(51L, t.penaltyDecisions()),
        () -> assertEquals(18L, t.coercionDecisions()),
        () ->
            assertEquals(
                0, new BigDecimal("1.25").compareTo(t.feesAmount()), "fees " + t.feesAmount()));
  }

  @Test
  void format2019ThreeNumberRowsInDocxCells() {
    // 古县 style: 行政处罚 上一年项目数量 5, 本年增/减 0, 处理决定数量 2; 收费 项目数量, 增/减 (no amount).
    ActiveTable t =
        parse(
            String.join(
                "\n",
                "\t规章",
                "\t0",
                "\t0",
                "\t0",
                "",
                "\t规范性文件",
                "\t1",
                "\t0",
                "\t4",
                "",
                "\t行政许可",
                "\t12",
                "\t-1",
                "\t30",
                "",
                "\t行政处罚",
                "\t5",
                "\t0",
                "\t2",
                "",
                "\t行政强制",
                "\t3",
                "\t0",
                "\t0",
                "",
                "\t行政事业性收费",
                "\t2",
                "\t0",
                "",
                ""));
    assertAll(
        () -> assertEquals(new DocumentCounts(1L, 0L, 4L), t.normativeDocs()),
        () -> assertEquals(30L, t.licensingDecisions(), "the third number is the decisions count"),
        () -> assertEquals(2L, t.penaltyDecisions()),
        () -> assertEquals(0L, t.coercionDecisions()),
        () -> assertNull(t.feesAmount(), "two numbers (项目数量, 增/减) state no amount"));
  }

  @Test
  void rowsOfDashesAreNotGiven() {
    ActiveTable t = parse("规章|—|—|—\n行政规范性文件|1|2|3\n行政许可|—\n行政处罚|4\n");
    assertAll(
        () -> assertNull(t.rules(), "a row of dashes has no values"),
        () -> assertEquals(new DocumentCounts(1L, 2L, 3L), t.normativeDocs()),
        () -> assertNull(t.licensingDecisions()),
        () -> assertEquals(4L, t.penaltyDecisions()));
  }

  @Test
  void aDashedCellInTheMiddleIsNotGiven() {
    ActiveTable t = parse("行政规范性文件|1|—|3\n");
    assertEquals(new DocumentCounts(1L, null, 3L), t.normativeDocs());
  }

  @Test
  void noRowNoTable() {
    assertNull(parse("2023年，我局未制定规章和行政规范性文件。\n"));
  }

  @Test
  void format2019DocumentsGiveOnlyWhatWasMadeThisYear() {
    // 2019 columns: 本年新制作 / 本年新公开 / 对外公开总数量; the last two are not 废止 and 现行有效.
    ActiveTable t =
        parse(
            String.join(
                "\n",
                "第二十条第（一）项\t\t\t",
                "信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量",
                "规章\t0\t0\t0",
                "规范性文件\t4\t4\t31",
                "第二十条第（五）项\t\t\t",
                "信息内容\t上一年项目数量\t本年增/减\t处理决定数量",
                "行政许可\t12\t-2\t356",
                ""));
    assertNotNull(t);
    assertAll(
        () -> assertEquals(new DocumentCounts(0L, null, null), t.rules()),
        () -> assertEquals(new DocumentCounts(4L, null, null), t.normativeDocs()),
        () -> assertEquals(356L, t.licensingDecisions()));
  }
}
