package org.nianbao.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.bench.load.LoadResult;
import org.nianbao.bench.results.BenchResult;
import org.nianbao.bench.results.ResultTable;

/**
 * The whole benchmark at toy size, so the normal build proves it still runs: 50 generated reports,
 * the two baselines, the real {@code nianbao index} and {@code serve} in child JVMs, 3 queries over
 * HTTP. Figures are not checked (they mean nothing at this size), only that every step worked.
 */
class BenchSmokeTest {

  @Test
  void fiftyReportsIndexedAndServedOverHttp(@TempDir Path work) throws Exception {
    StringWriter log = new StringWriter();
    BenchRun.Settings settings =
        new BenchRun.Settings(
            50,
            11,
            work,
            List.of(1),
            60,
            0,
            3,
            3,
            "",
            "",
            true,
            null,
            "smoke test",
            "BenchSmokeTest");
    BenchResult result = new BenchRun(settings, new PrintWriter(log, true)).run();

    BenchResult.Nianbao nianbao = result.nianbao();
    assertEquals(0, nianbao.index().duplicate(), log.toString());
    assertEquals(50, nianbao.index().indexed() + nianbao.index().failed(), log.toString());
    assertEquals(nianbao.index().indexed(), nianbao.index().reportsInIndex(), log.toString());
    LoadResult http = nianbao.search().get(0);
    assertEquals(3, http.requests(), log.toString());
    assertEquals(0, http.errors(), log.toString());
    assertEquals(3, nianbao.totals().size());
    assertTrue(
        nianbao.totals().values().stream().allMatch(t -> t >= 0), nianbao.totals().toString());
    assertEquals(0, result.plainLucene().search().get(0).errors());
    assertTrue(nianbao.serveStartSeconds() > 0, log.toString());
    assertTrue(nianbao.firstRequestMs() > 0, log.toString());
    assertTrue(nianbao.firstPassMs() >= nianbao.firstRequestMs(), log.toString());
    String table = ResultTable.markdown(result);
    assertTrue(table.contains("| **nianbao**"));
    assertTrue(table.contains("Cold start: `serve` listening "), table);
  }
}
