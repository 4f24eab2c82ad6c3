package org.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nianbao.json.ReportJson;
import org.nianbao.web.RunningServer;

/**
 * The command line and the JSON API accept and refuse exactly the same search input: a table of
 * values, good and bad, for every search parameter, each run through {@code nianbao search}
 * in-process and through {@code GET /api/v1/search} on real Jetty over the same index. An accepted
 * value finds the same number of reports on both; a refused one is exit code 2 and a 400 that say
 * the same thing, each in its own name for the parameter (--limit and size).
 */
class CliApiAgreementTest {

  @AutoClose private static RunningServer web;

  @BeforeAll
  static void start() throws Exception {
    web = RunningServer.start();
  }

  /**
   * One value for one parameter, by its URL name; {@code accepted}: what both must do with it
   * (null: whatever one does, the other does too).
   */
  record Input(String parameter, String value, Boolean accepted) {
    @Override
    public String toString() {
      String shown =
          value.length() > 40
              ? value.substring(0, 12) + "…(" + value.length() + " characters)"
              : value;
      return parameter + "=" + shown + (accepted == null ? "" : accepted ? " ✓" : " ✗");
    }
  }

  static Stream<Input> inputs() {
    List<Input> rows = new ArrayList<>();
    accept(
        rows,
        "q",
        "抖音",
        "政务新媒体 抖音",
        "\"依申请 公开\"",
        "",
        "   ",
        "政务公开 ".repeat(99) + "政务公开政",
        "2023年 山东");
    refuse(rows, "q", "\"", "？！。、……", "政".repeat(501));
    // A run of 500 characters may be more than one Lucene query holds (a 400 then, never a 500):
    // either way, both agree.
    rows.add(new Input("q", "政".repeat(500), null));
    accept(rows, "year", "2023", "2099", " 2023 ");
    refuse(rows, "year", "abc", "20x3", "023", "20230", "-2023", "２０２３");
    accept(rows, "region", "山东省", "山东", "淄博市", "古县", "山东省/淄博市", "370300", " 古县 ");
    refuse(
        rows,
        "region",
        "火星省",
        "999999",
        "鼓楼区",
        "朝阳区",
        "x".repeat(201),
        "<script>alert(1)</script>");
    accept(rows, "agency", "淄博市文化和旅游局", "不存在的局", "x".repeat(200));
    refuse(rows, "agency", "x".repeat(201));
    accept(rows, "sector", "文化和旅游", "政府");
    refuse(rows, "sector", "x".repeat(201));
    accept(rows, "level", "city", "County", "CITY", " township ", "central");
    refuse(rows, "level", "galactic", "省级", "cities");
    accept(rows, "flag", "R1", "r1", "R7", " r5 ", "R8", "r11");
    refuse(rows, "flag", "R12", "R0", "1", "r 1", "R1,R2");
    accept(rows, "sort", "relevance", "year_desc", "YEAR_ASC");
    refuse(rows, "sort", "random", "year-desc", "score");
    accept(rows, "size", "1", "10", "100", " 5 ");
    refuse(rows, "size", "101", "0", "-5", "abc", "1e3", "99999999999", "2.5");
    accept(rows, "page", "1", "2", "1000");
    refuse(rows, "page", "1001", "0", "-1", "abc", "99999999999");
    accept(
        rows,
        "where",
        "requests.new.total>=100",
        "review.total > 0",
        "review_litigation.review.total>0",
        "rate.disclosure<50%",
        "rate.denial>=0.1",
        "active.fees.amount>=0.5",
        "requests.new.total=11",
        "requests.new.total!=0",
        " new.total <= 3 ");
    refuse(
        rows,
        "where",
        "requests.nope.total>1",
        "requests.new.total~5",
        "requests.new.total>=lots",
        "active.fees.issued>1",
        ">=5",
        "requests.new.total",
        "rate.happiness>1",
        "requests.new.total>=1e3",
        "x".repeat(201));
    accept(
        rows,
        "sort",
        "requests.new.total:desc",
        "rate.disclosure:asc",
        "review.total",
        "active.fees.amount:ASC");
    refuse(rows, "sort", "requests.new.total:sideways", "rate.none:asc", "requests.new:desc");
    return rows.stream();
  }

  /**
   * Statistics parameters, with the search's: {@code nianbao stats} and {@code GET /api/v1/stats}.
   */
  static Stream<Input> statsInputs() {
    List<Input> rows = new ArrayList<>();
    accept(
        rows, "group", "year", "Province", "city", "county", "agency", "sector", "LEVEL", "none");
    refuse(rows, "group", "planet", "region", "x".repeat(201));
    accept(
        rows,
        "measure",
        "rate.disclosure",
        "requests.new.total",
        "review.total",
        "rate.denial,rate.review_corrected");
    refuse(rows, "measure", "requests.nope.total", "rate.happiness", "requests.new.total,nope");
    accept(rows, "rank", "rate.litigation_corrected", "new.total");
    refuse(rows, "rank", "nope");
    accept(rows, "top", "0", "5", "100");
    refuse(rows, "top", "101", "-1", "ten");
    accept(rows, "where", "requests.new.total>=10");
    refuse(rows, "where", "requests.new.total>>10");
    accept(rows, "region", "山东省");
    refuse(rows, "region", "朝阳区");
    return rows.stream();
  }

  @ParameterizedTest(name = "stats {0}")
  @MethodSource("statsInputs")
  void theStatsCommandAndTheStatsApiAgree(Input input) throws Exception {
    HttpResponse<String> api =
        web.get("/api/v1/stats?" + input.parameter() + "=" + RunningServer.q(input.value()));
    List<String> args =
        new ArrayList<>(
            List.of(
                "stats",
                "--" + input.parameter(),
                input.value(),
                "--index",
                web.indexDir().toString(),
                "--json"));
    Cli cli = Cli.run(args.toArray(String[]::new));
    boolean accepted = input.accepted();
    assertEquals(accepted ? 200 : 400, api.statusCode(), "API: " + api.body());
    assertEquals(accepted ? ExitCodes.OK : ExitCodes.USAGE, cli.exitCode(), "CLI: " + cli.err());
    if (accepted) {
      JsonNode fromApi = ReportJson.mapper().readTree(api.body());
      JsonNode fromCli = ReportJson.mapper().readTree(cli.out());
      assertEquals(
          fromApi.path("total").asLong(), fromCli.path("total").asLong(), "the same reports");
      assertEquals(fromApi.path("groups"), fromCli.path("groups"), "the same groups and figures");
      assertEquals(fromApi.path("ranking"), fromCli.path("ranking"), "the same ranking");
    } else {
      String apiError = ReportJson.mapper().readTree(api.body()).path("error").asText();
      String problem = apiError.substring(apiError.indexOf(' ') + 1);
      assertTrue(
          cli.err().strip().endsWith(" " + problem),
          "CLI says " + cli.err() + "; API says " + apiError);
      assertTrue(cli.err().startsWith("nianbao stats: --" + input.parameter() + " "), cli.err());
    }
  }

  private static void accept(List<Input> rows, String parameter, String... values) {
    Stream.of(values).forEach(value -> rows.add(new Input(parameter, value, true)));
  }

  private static void refuse(List<Input> rows, String parameter, String... values) {
    Stream.of(values).forEach(value -> rows.add(new Input(parameter, value, false)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void theCommandLineAndTheApiAgree(Input input) throws Exception {
    HttpResponse<String> api =
        web.get("/api/v1/search?" + input.parameter() + "=" + RunningServer.q(input.value()));
    Cli cli = Cli.run(cliArguments(input));

    boolean accepted = input.accepted() != null ? input.accepted() : api.statusCode() == 200;
    assertEquals(accepted ? 200 : 400, api.statusCode(), "API: " + api.body());
    assertEquals(accepted ? ExitCodes.OK : ExitCodes.USAGE, cli.exitCode(), "CLI: " + cli.err());
    if (accepted) {
      JsonNode fromApi = ReportJson.mapper().readTree(api.body());
      JsonNode fromCli = ReportJson.mapper().readTree(cli.out());
      assertEquals(
          fromApi.path("total").asLong(), fromCli.path("total").asLong(), "the same reports found");
    } else {
      // "size must be between 1 and 100, got 101" and "nianbao search: --limit must be between …":
      // the same problem after each interface's name for the parameter.
      String apiError = ReportJson.mapper().readTree(api.body()).path("error").asText();
      String problem = apiError.substring(apiError.indexOf(' ') + 1);
      assertTrue(
          cli.err().strip().endsWith(" " + problem),
          "CLI says " + cli.err() + "; API says " + apiError);
    }
  }

  private static String[] cliArguments(Input input) {
    List<String> args =
        new ArrayList<>(List.of("search", input.parameter().equals("q") ? input.value() : ""));
    if (!input.parameter().equals("q")) {
      String option =
          switch (input.parameter()) {
            case "size" -> "--limit";
            default -> "--" + input.parameter();
          };
      args.addAll(List.of(option, input.value()));
    }
    args.addAll(List.of("--index", web.indexDir().toString(), "--json"));
    return args.toArray(String[]::new);
  }
}
