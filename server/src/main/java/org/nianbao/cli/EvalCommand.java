package org.nianbao.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.nianbao.eval.EvalReport;
import org.nianbao.eval.Evaluation;
import org.nianbao.eval.Figures;
import org.nianbao.eval.JudgedCollection;
import org.nianbao.eval.JudgedQuery;
import org.nianbao.eval.JudgingPool;
import org.nianbao.eval.LatencyBench;
import org.nianbao.eval.Qrels;
import org.nianbao.search.SearchRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code nianbao eval}: the relevance harness. Indexes the judged collection with nianbao and with
 * a plain smartcn BM25 baseline in the same run, runs the judged queries through both, and prints
 * nDCG@10, P@10 and R@10 per query and mean. {@code --record} writes the means to {@code
 * figures.tsv}; {@code --latency} times the query shape before and after graded matching.
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Measure search quality on judged queries: nianbao against a plain smartcn BM25 baseline",
      "built over the same files in the same run (nDCG@10, P@10, R@10 per query and mean)."
    })
public final class EvalCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--root",
      paramLabel = "DIR",
      defaultValue = ".",
      description =
          "The repository root the collection's paths are relative to (default: ${DEFAULT-VALUE}).")
  Path root;

  @Option(
      names = "--dev",
      paramLabel = "DIR",
      defaultValue = "eval/dev",
      description =
          "Folder with corpus.txt, queries.tsv, qrels.tsv and figures.tsv, under --root (default: ${DEFAULT-VALUE}).")
  Path dev;

  @Option(
      names = "--record",
      description = "Write the mean figures to figures.tsv (the regression test's reference).")
  boolean record;

  @Option(names = "--means-only", description = "Print only the means, not one line per query.")
  boolean meansOnly;

  @Option(
      names = "--parsed-only",
      description =
          "Give both systems only the files the parser accepts (and judge only those): the ranking on equal ground.")
  boolean parsedOnly;

  @Option(
      names = "--show",
      paramLabel = "QUERY_ID",
      split = ",",
      description =
          "Also list each system's top documents with their grades for these queries, e.g. q01,q14.")
  List<String> show = List.of();

  @Option(
      names = "--latency",
      description = "Also time the query shape before and after graded matching, in one run.")
  boolean latency;

  @Option(
      names = "--copies",
      defaultValue = "40",
      description =
          "With --latency: how many copies of the collection the timing index holds (default: ${DEFAULT-VALUE}).")
  int copies;

  @Option(
      names = "--pool",
      paramLabel = "DEPTH",
      description = {
        "Judge new queries: print the judging pool (the union of the top DEPTH of nianbao and three",
        "plain BM25 runs, and the documents matching patterns.tsv) instead of evaluating."
      })
  Integer poolDepth;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path folder = root.resolve(dev);
    if (poolDepth != null) {
      return pool(folder, out, err);
    }
    if (lacksAny(folder, List.of("corpus.txt", "queries.tsv", "qrels.tsv"), err)) {
      return ExitCodes.USAGE;
    }
    JudgedCollection collection = JudgedCollection.load(root, folder.resolve("corpus.txt"));
    List<JudgedQuery> queries = JudgedQuery.load(folder.resolve("queries.tsv"));
    Qrels qrels = Qrels.load(folder.resolve("qrels.tsv"));
    EvalReport report = Evaluation.run(collection, queries, qrels, true, parsedOnly);
    if (parsedOnly && record) {
      err.println(
          "nianbao eval: --record keeps the figures of the whole collection; drop --parsed-only");
      return ExitCodes.USAGE;
    }
    out.print(report.table(!meansOnly));
    for (String id : show) {
      out.println();
      out.print(report.show(id, qrels));
    }
    Path figures = folder.resolve("figures.tsv");
    if (Files.isRegularFile(figures) && !record) {
      double recorded = Figures.load(figures).get(report.systems().get(0), "ndcg@" + report.k());
      out.printf(
          java.util.Locale.ROOT,
          "recorded %s nDCG@%d: %.4f (tolerance %.2f)%n",
          report.systems().get(0),
          report.k(),
          recorded,
          Figures.TOLERANCE);
    }
    if (record) {
      Figures.record(report, figures);
      out.println("recorded the means in " + figures);
    }
    if (latency) {
      out.println();
      out.print(LatencyBench.run(collection, queries, copies).table());
    }
    out.flush();
    return ExitCodes.OK;
  }

  /** Whether {@code folder} lacks one of {@code names}; says which on {@code err}. */
  private static boolean lacksAny(Path folder, List<String> names, PrintWriter err) {
    for (String name : names) {
      if (!Files.isRegularFile(folder.resolve(name))) {
        err.println("nianbao eval: no " + name + " in " + folder + " (use --root and --dev)");
        return true;
      }
    }
    return false;
  }

  /** {@code --pool}: what to judge for the folder's queries, before any judgment exists. */
  private int pool(Path folder, PrintWriter out, PrintWriter err) throws Exception {
    if (poolDepth < 1 || poolDepth > SearchRequest.MAX_SIZE) {
      err.println("nianbao eval: --pool takes a depth from 1 to " + SearchRequest.MAX_SIZE);
      return ExitCodes.USAGE;
    }
    if (lacksAny(folder, List.of("corpus.txt", "queries.tsv"), err)) {
      return ExitCodes.USAGE;
    }
    Path patternsFile = folder.resolve("patterns.tsv");
    Map<String, Pattern> patterns =
        Files.isRegularFile(patternsFile) ? JudgingPool.loadPatterns(patternsFile) : Map.of();
    List<JudgingPool.Entry> pool =
        JudgingPool.build(
            JudgedCollection.load(root, folder.resolve("corpus.txt")),
            JudgedQuery.load(folder.resolve("queries.tsv")),
            patterns,
            poolDepth);
    out.print(JudgingPool.tsv(pool, poolDepth));
    out.flush();
    return ExitCodes.OK;
  }
}
