package org.nianbao.bench;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import org.nianbao.bench.load.ChildJvm;
import org.nianbao.bench.load.ServerProcess;
import org.nianbao.bench.stats.StatsMix;
import org.nianbao.bench.stats.StatsTable;
import org.nianbao.bench.stats.StatsTimer;
import org.nianbao.bench.stats.StatsTiming;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code nianbao bench stats --index DIR}: the latency of {@code GET /api/v1/stats} on an existing
 * index (issue 10 asks for statistics over 100,000 reports "well under a second"). Starts {@code
 * nianbao serve} on the index in a child JVM, as {@code bench run} does (the index is only read),
 * or aims at a server already running ({@code --url}); times {@link StatsMix} and keeps the figures
 * in {@code bench/results/<date>-<reports>-stats.md}.
 */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description =
        "Time the statistics API (every grouping, cells and rates, filters, rankings) on an existing index.")
final class StatsBenchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  static final class Target {
    @Option(
        names = "--index",
        paramLabel = "DIR",
        required = true,
        description =
            "An index `nianbao index` wrote (e.g. bench/work/nianbao-index); served read-only by a child `nianbao serve`.")
    Path index;

    @Option(
        names = "--url",
        paramLabel = "URL",
        required = true,
        description = "A nianbao server already running, e.g. http://127.0.0.1:8080/.")
    URI url;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Target target;

  @Option(
      names = "--rounds",
      defaultValue = "30",
      description = "Measured runs of each request (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Option(
      names = "--warmup",
      defaultValue = "5",
      description = "Unmeasured rounds first (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(
      names = "--server-jvm",
      defaultValue = "",
      paramLabel = "OPTS",
      description = "Extra JVM options for `nianbao serve`, e.g. -Xmx1g.")
  String serverJvm;

  @Mixin ResultsOptions figures;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (rounds < 1 || warmup < 0) {
      spec.commandLine()
          .getErr()
          .println("nianbao bench stats: --rounds must be at least 1 and --warmup at least 0");
      return 2;
    }
    String command =
        "./nianbao bench "
            + String.join(
                " ",
                spec.commandLine().getParseResult().originalArgs().stream()
                    .map(RunCommand::shellQuoted)
                    .toList());
    String loadStart = BenchRun.loadAverage();
    if (target.url != null) {
      return measure(target.url, target.url.toString(), "", command, loadStart, out);
    }
    Path log = Path.of("bench/work/logs/stats-serve.log");
    try (ServerProcess server = ServerProcess.start(target.index, ChildJvm.split(serverJvm), log)) {
      out.println(
          "bench: nianbao serve at "
              + server.uri()
              + " (pid "
              + server.pid()
              + ") over "
              + target.index);
      out.flush();
      return measure(server.uri(), target.index.toString(), serverJvm, command, loadStart, out);
    }
  }

  private int measure(
      URI base, String index, String jvm, String command, String loadStart, PrintWriter out)
      throws Exception {
    StatsTimer timer = new StatsTimer(base);
    long reports = timer.reportsInIndex();
    List<StatsTiming> timings =
        timer.time(
            StatsMix.CALLS,
            warmup,
            rounds,
            line -> {
              out.println("bench: " + line);
              out.flush();
            });
    String date = LocalDate.now(ZoneOffset.UTC).toString();
    StatsTable.Context context =
        new StatsTable.Context(
            date,
            command,
            figures.note,
            index,
            reports,
            jvm,
            warmup,
            rounds,
            BenchRun.machine(),
            loadStart,
            BenchRun.loadAverage());
    String table = StatsTable.markdown(context, timings);
    out.println();
    out.println(table);
    if (figures.folder().isPresent()) {
      Path dir = figures.folder().get();
      Files.createDirectories(dir);
      Path file = dir.resolve(date + "-" + reports + "-stats.md");
      for (int i = 2; Files.exists(file); i++) {
        file = dir.resolve(date + "-" + reports + "-stats-" + i + ".md");
      }
      Files.writeString(file, table, StandardCharsets.UTF_8);
      out.println("bench: kept " + file);
    }
    out.flush();
    return 0;
  }
}
