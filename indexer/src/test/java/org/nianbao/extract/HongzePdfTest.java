package org.nianbao.extract;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nianbao.json.ReportJson;
import org.nianbao.model.AnnualReport;
import org.nianbao.model.CellRef;
import org.nianbao.model.CheckedReport;
import org.nianbao.model.Flag;
import org.nianbao.model.Level;
import org.nianbao.model.Region;
import org.nianbao.pipeline.LoadedReport;
import org.nianbao.pipeline.RejectedFileException;
import org.nianbao.pipeline.ReportPipeline;

/**
 * The two real PDFs in {@code corpus/dev/pdf}, 洪泽区's reports for 2023 and 2024, loaded end to end
 * through the pipeline: every table cell against {@code
 * src/test/resources/extract/hongze-<year>.tables.json} (read cell by cell from the rendered
 * pages), the metadata the text gives, and exactly the flags a careful reader gives.
 *
 * <p>The flags, and why:
 *
 * <ul>
 *   <li>2023: R4 twice. 行政复议 prints 结果维持 10, 结果纠正 1 and 总计 0; 复议后起诉 prints 结果维持 5 and 总计 0. Nothing
 *       else: each requests column gives 21 + 0 = 21 + 0 (R1), its outcomes add up to （七）总计 (R2: 4
 *       + 1 + 1 + 1 + 10 + 3 + 1 = 21), every row's 总计 equals its 自然人 (R3, no organisation
 *       applied), the text's 受理政府信息公开申请21件 agrees with 本年新收 (R5), no date is printed (R6 cannot be
 *       checked) and all six parts and three tables are there (R7).
 *   <li>2024: R5 once. 总体情况 says 区政府办代表区政府受理政府信息公开申请17件 while 本年新收 总计 is 95. The tables hold: 95 +
 *       0 = 95 + 0; 50 + 9 + 3 + 31 + 1 + 1 = 95; 复议 1 + 1 = 2, 直接起诉 1, 复议后起诉 2 + 1 = 3.
 * </ul>
 */
class HongzePdfTest {

  private static final Path PDFS = Path.of("..", "corpus", "dev", "pdf");
  private static final Map<String, LoadedReport> LOADED = new ConcurrentHashMap<>();

  /** What a careful reader takes from one report; a flag as its rule and the cells it names. */
  record Expected(
      String name, String title, String agency, int year, Region region, List<List<Object>> flags) {

    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Expected> reports() {
    Region hongze = new Region("江苏省", "淮安市", "洪泽区", "320813");
    return Stream.of(
        // A district's body carries its city (淮安市), as the 2024 title writes it: one body, one
        // name.
        new Expected(
            "hongze-2023",
            "洪泽区人民政府2023年政府信息公开工作年度报告",
            "淮安市洪泽区人民政府",
            2023,
            hongze,
            List.of(
                List.of("R4", List.of("review_litigation.review.total")),
                List.of("R4", List.of("review_litigation.litigation_after_review.total")))),
        // The 2024 title names the body with its city: 淮安市洪泽区人民政府.
        new Expected(
            "hongze-2024",
            "淮安市洪泽区人民政府2024年政府信息公开工作年度报告",
            "淮安市洪泽区人民政府",
            2024,
            hongze,
            List.of(List.of("R5", List.of()))));
  }

  private static CheckedReport checked(String name) {
    return LOADED
        .computeIfAbsent(
            name,
            key -> {
              try {
                return ReportPipeline.bundled().load(PDFS.resolve(key + ".pdf"));
              } catch (RejectedFileException e) {
                throw new AssertionError(key + " is a report but was rejected: " + e.reason(), e);
              }
            })
        .checked();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reports")
  void everyTableCellMatchesTheGoldenFile(Expected expected) throws IOException {
    JsonNode golden;
    String resource = "/extract/" + expected.name() + ".tables.json";
    try (InputStream in = HongzePdfTest.class.getResourceAsStream(resource)) {
      assertNotNull(in, "missing golden file " + resource);
      golden = ReportJson.mapper().readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    JsonNode actual = ReportJson.toJson(null, checked(expected.name())).get("tables");
    List<String> differences = JsonTreeDiff.differences(golden, actual);
    assertEquals(
        List.of(),
        differences,
        () ->
            expected.name()
                + " tables differ from "
                + resource
                + ":\n  "
                + String.join("\n  ", differences));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reports")
  void metadataAsTheTextGivesIt(Expected expected) {
    AnnualReport r = checked(expected.name()).report();
    assertAll(
        expected.name(),
        () -> assertEquals(expected.title(), r.title(), "title"),
        () -> assertEquals(expected.agency(), r.agency(), "agency"),
        () -> assertEquals(expected.year(), r.year(), "year"),
        () -> assertNull(r.published(), "published: neither report prints a date"),
        () -> assertEquals(expected.region(), r.region(), "region"),
        () -> assertEquals(Level.COUNTY, r.level(), "level"),
        () -> assertEquals("政府", r.sector(), "sector"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reports")
  void exactlyTheFlagsACarefulReaderGives(Expected expected) {
    List<Flag> flags = checked(expected.name()).flags();
    List<List<Object>> actual =
        flags.stream()
            .map(
                f -> List.<Object>of(f.rule().id(), f.cells().stream().map(CellRef::path).toList()))
            .toList();
    assertEquals(expected.flags(), actual, () -> "flags: " + flags);
  }

  @Test
  void r5In2024NamesTheSentenceAndBothCounts() {
    List<Flag> r5 =
        checked("hongze-2024").flags().stream().filter(f -> f.rule().id().equals("R5")).toList();
    assertEquals(1, r5.size(), r5::toString);
    String message = r5.get(0).message();
    assertAll(
        () -> assertTrue(message.contains("区政府办代表区政府受理政府信息公开申请17件"), message),
        () -> assertTrue(message.contains(" 17 "), "the stated count 17: " + message),
        () -> assertTrue(message.endsWith("为 95"), "the table's 95: " + message));
  }
}
