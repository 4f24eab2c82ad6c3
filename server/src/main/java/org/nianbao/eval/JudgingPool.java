package org.nianbao.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The documents to judge for new queries, before any judgment exists: the union of the top {@code
 * depth} of several automatic systems (nianbao, smartcn BM25 with OR and with AND, CJK bigrams with
 * OR) and of a manual run, every document whose text matches a hand-written pattern for the need.
 * Pooling from systems that fail differently keeps the judgments from only knowing what nianbao
 * finds (the TREC way).
 */
public final class JudgingPool {

  /** The name of the manual run in the pool's {@code runs} column. */
  static final String MANUAL = "manual";

  private JudgingPool() {}

  /**
   * One pooled document of a query and the runs that returned it, e.g. {@code nianbao:3 manual}.
   */
  public record Entry(String query, String doc, List<String> runs) {}

  /**
   * Pools every query. {@code patterns} maps a query id to its manual pattern; a query without one
   * has no manual run.
   */
  public static List<Entry> build(
      JudgedCollection collection,
      List<JudgedQuery> queries,
      Map<String, Pattern> patterns,
      int depth)
      throws IOException {
    List<RankingSystem> systems = new ArrayList<>();
    try {
      // Read once: the three plain runs and the manual run look at the same texts.
      Map<String, String> texts = BaselineRun.texts(collection);
      systems.add(EngineRun.build(collection));
      systems.add(BaselineRun.build(texts));
      systems.add(BaselineRun.smartcnAnd(texts));
      systems.add(BaselineRun.bigramOr(texts));
      List<Entry> pool = new ArrayList<>();
      for (JudgedQuery query : queries) {
        Map<String, List<String>> runsByDoc = new TreeMap<>();
        for (RankingSystem system : systems) {
          List<String> ranked = system.search(query, depth);
          for (int i = 0; i < ranked.size(); i++) {
            runsByDoc
                .computeIfAbsent(ranked.get(i), d -> new ArrayList<>())
                .add(system.name() + ":" + (i + 1));
          }
        }
        Pattern manual = patterns.get(query.id());
        if (manual != null) {
          texts.forEach(
              (doc, text) -> {
                if (manual.matcher(text).find()) {
                  runsByDoc.computeIfAbsent(doc, d -> new ArrayList<>()).add(MANUAL);
                }
              });
        }
        runsByDoc.forEach((doc, runs) -> pool.add(new Entry(query.id(), doc, List.copyOf(runs))));
      }
      return pool;
    } finally {
      for (RankingSystem system : systems) {
        system.close();
      }
    }
  }

  /** The pool as {@code pool.tsv} holds it: a header, then query, doc, runs. */
  public static String tsv(List<Entry> pool, int depth) {
    StringBuilder out = new StringBuilder();
    out.append("# The judging pool: the union of the top ")
        .append(depth)
        .append(
            " of four automatic systems (nianbao, smartcn BM25 with OR, smartcn BM25 with AND,"
                + " CJK-bigram BM25 with OR) and a manual run (every document matching the query's"
                + " pattern in patterns.tsv). Columns: query, doc, runs with ranks.\n");
    out.append("query\tdoc\truns\n");
    for (Entry e : pool) {
      out.append(e.query())
          .append('\t')
          .append(e.doc())
          .append('\t')
          .append(String.join(" ", e.runs()))
          .append('\n');
    }
    return out.toString();
  }

  /**
   * Reads {@code patterns.tsv}: query id, a Java regular expression; {@code #} lines and the header
   * skipped. A bad expression is an error naming its line.
   */
  public static Map<String, Pattern> loadPatterns(Path file) throws IOException {
    Map<String, Pattern> patterns = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n);
      if (line.isBlank() || line.startsWith("#") || line.startsWith("query\t")) {
        continue;
      }
      String[] f = line.split("\t", 2);
      if (f.length < 2 || f[1].isBlank()) {
        throw new IOException(file + ":" + (n + 1) + ": expected a query id and a pattern");
      }
      try {
        patterns.put(f[0].strip(), Pattern.compile(f[1].strip()));
      } catch (PatternSyntaxException e) {
        throw new IOException(file + ":" + (n + 1) + ": bad pattern: " + e.getDescription(), e);
      }
    }
    return patterns;
  }
}
