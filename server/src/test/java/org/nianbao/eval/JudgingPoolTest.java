package org.nianbao.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The judging pool over the repo's five whole real reports: each automatic system contributes its
 * top {@code depth}, the manual run every report its pattern matches, and a report appears once per
 * query with every run that returned it.
 */
class JudgingPoolTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  private static final String ZIBO = "samples/000_fff72aa6ee55ba2a.txt";
  private static final String LIAOCHENG = "samples/001_8c8e42fb274846ab.txt";
  private static final String SUIFENHE = "samples/002_90f55beaacf573a4.txt";
  private static final String GUXIAN = "samples/003_dc7a5fd35aa49e56.txt";
  private static final String SANMENXIA = "samples/004_77873e605fc13fa1.txt";

  private static List<JudgingPool.Entry> pool;

  @BeforeAll
  static void pool() throws IOException {
    JudgedCollection samples =
        new JudgedCollection(ROOT, List.of(ZIBO, LIAOCHENG, SUIFENHE, GUXIAN, SANMENXIA));
    pool =
        JudgingPool.build(
            samples,
            List.of(
                new JudgedQuery("k1", "快手", null, null, "Kuaishou accounts"),
                new JudgedQuery("k2", "微博", null, null, "Weibo accounts")),
            // The manual run of k1 looks for another channel: only it pools the reports without 快手.
            Map.of("k1", Pattern.compile("视频号")),
            2);
  }

  @Test
  void theManualRunPoolsEveryReportItsPatternMatchesAndOnlyForItsQuery() {
    assertEquals(Set.of(LIAOCHENG, SUIFENHE, GUXIAN, SANMENXIA), docsWithRun("k1", "manual"));
    assertEquals(Set.of(), docsWithRun("k2", "manual"));
  }

  @Test
  void eachSystemAddsItsTopDepthAndNoMore() {
    // Only 淄博 and 聊城 write 快手; nianbao never matches its characters standing apart.
    assertEquals(Set.of(ZIBO, LIAOCHENG), docsWithRun("k1", "nianbao"));
    assertEquals(Set.of(ZIBO, LIAOCHENG), docsWithRun("k1", "bigram-or"));
    assertEquals(Set.of(ZIBO), docsWithRun("k2", "nianbao"));
    for (JudgingPool.Entry e : pool) {
      for (String run : e.runs()) {
        assertTrue(
            run.equals("manual") || run.endsWith(":1") || run.endsWith(":2"),
            "deeper than 2: " + e);
      }
    }
    Set<String> systems =
        pool.stream()
            .flatMap(e -> e.runs().stream())
            .map(r -> r.replaceFirst(":\\d+$", ""))
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(
        new TreeSet<>(Set.of("nianbao", "smartcn-bm25", "smartcn-and", "bigram-or", "manual")),
        systems);
  }

  @Test
  void aReportIsPooledOncePerQueryWithEveryRunThatReturnedIt() {
    List<String> keys = pool.stream().map(e -> e.query() + " " + e.doc()).toList();
    assertEquals(keys.size(), Set.copyOf(keys).size(), keys.toString());
    JudgingPool.Entry liaocheng =
        pool.stream()
            .filter(e -> e.query().equals("k1") && e.doc().equals(LIAOCHENG))
            .findFirst()
            .orElseThrow();
    assertTrue(liaocheng.runs().contains("manual"), liaocheng.toString());
    assertTrue(
        liaocheng.runs().stream().anyMatch(r -> r.startsWith("nianbao:")), liaocheng.toString());
  }

  @Test
  void theTsvHasAHeaderAndOneLinePerEntry() {
    List<String> lines = JudgingPool.tsv(pool, 2).lines().toList();
    assertTrue(
        lines.get(0).startsWith("# The judging pool: the union of the top 2 "), lines.get(0));
    assertEquals("query\tdoc\truns", lines.get(1));
    assertEquals(pool.size() + 2, lines.size());
    JudgingPool.Entry first = pool.get(0);
    assertEquals(
        first.query() + "\t" + first.doc() + "\t" + String.join(" ", first.runs()), lines.get(2));
  }

  @Test
  void aBadPatternIsAnErrorNamingItsLine(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("patterns.tsv");
    Files.writeString(file, "# manual run\nquery\tpattern\nh01\t列席|(会议\n", StandardCharsets.UTF_8);
    IOException e = assertThrows(IOException.class, () -> JudgingPool.loadPatterns(file));
    assertTrue(e.getMessage().contains("patterns.tsv:3: bad pattern"), e.getMessage());
    Files.writeString(file, "h01\n", StandardCharsets.UTF_8);
    e = assertThrows(IOException.class, () -> JudgingPool.loadPatterns(file));
    assertTrue(e.getMessage().contains("patterns.tsv:1: expected a query id and a pattern"));
  }

  private static Set<String> docsWithRun(String query, String system) {
    return pool.stream()
        .filter(e -> e.query().equals(query))
        .filter(
            e -> e.runs().stream().anyMatch(r -> r.equals(system) || r.startsWith(system + ":")))
        .map(JudgingPool.Entry::doc)
        .collect(Collectors.toSet());
  }
}
