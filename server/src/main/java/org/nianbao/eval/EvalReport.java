package org.nianbao.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of one evaluation run: per query and system, the means, and what the engine could not
 * see (files it rejected) or failed to find (queries with no result although a report addressing
 * their need is in its index).
 *
 * @param systems system names, the engine first
 * @param zeroResults ids of queries the engine answered with nothing although it indexed a document
 *     addressing their need ({@link Qrels#ADDRESSES_NEED}): a matching failure
 * @param filteredOut ids of queries answered with nothing only because the filters exclude every
 *     such document: the parser gave it another (or no) year or region
 * @param rejected collection files the engine's parser rejected, with the reason
 * @param collectionSize how many files the collection holds
 */
public record EvalReport(
    int k,
    List<String> systems,
    List<QueryResult> queries,
    Map<String, Scores> means,
    List<String> zeroResults,
    List<String> filteredOut,
    Map<String, String> rejected,
    int collectionSize) {

  /** One query's figures: its relevant-document count, each system's scores and top documents. */
  public record QueryResult(
      JudgedQuery query,
      int relevant,
      Map<String, Scores> scores,
      Map<String, List<String>> ranked) {}

  public EvalReport {
    systems = List.copyOf(systems);
    queries = List.copyOf(queries);
    means = Map.copyOf(means);
    zeroResults = List.copyOf(zeroResults);
    filteredOut = List.copyOf(filteredOut);
    rejected = Map.copyOf(rejected);
  }

  public Scores mean(String system) {
    return means.get(system);
  }

  /** The engine's mean nDCG over the baseline's (the first system over the second). */
  public double ratio() {
    double base = means.get(systems.get(1)).ndcg();
    return base == 0 ? Double.POSITIVE_INFINITY : means.get(systems.get(0)).ndcg() / base;
  }

  /**
   * A plain-text table: one line per query, then the means, the ratio and the engine's blind spots.
   */
  public String table(boolean perQuery) {
    StringBuilder out = new StringBuilder();
    String header = String.format(Locale.ROOT, "%-4s %-24s %3s", "id", "query", "rel");
    StringBuilder columns = new StringBuilder(header);
    for (String system : systems) {
      columns.append(
          String.format(Locale.ROOT, " | %-13s nDCG@%-2d P@%-2d  R@%-2d  ceil ", system, k, k, k));
    }
    out.append(columns).append('\n');
    if (perQuery) {
      for (QueryResult r : queries) {
        String label =
            r.query().query()
                + (r.query().year() == null ? "" : " [" + r.query().year() + "]")
                + (r.query().region() == null ? "" : " [" + r.query().region() + "]");
        out.append(
            String.format(
                Locale.ROOT, "%-4s %s %3d", r.query().id(), pad(label, 24), r.relevant()));
        for (String system : systems) {
          Scores s = r.scores().get(system);
          out.append(
              String.format(
                  Locale.ROOT,
                  " | %-13s %6.3f  %5.3f %5.3f %5.3f ",
                  "",
                  s.ndcg(),
                  s.precision(),
                  s.recall(),
                  s.ceiling()));
        }
        out.append('\n');
      }
    }
    out.append(
        String.format(
            Locale.ROOT, "%-4s %s %3s", "mean", pad(queries.size() + " queries", 24), ""));
    for (String system : systems) {
      Scores s = means.get(system);
      out.append(
          String.format(
              Locale.ROOT,
              " | %-13s %6.3f  %5.3f %5.3f %5.3f ",
              "",
              s.ndcg(),
              s.precision(),
              s.recall(),
              s.ceiling()));
    }
    out.append('\n');
    out.append(
        String.format(
            Locale.ROOT,
            "%nmean nDCG@%d: %s %.4f, %s %.4f, ratio %.3f%n",
            k,
            systems.get(0),
            means.get(systems.get(0)).ndcg(),
            systems.get(1),
            means.get(systems.get(1)).ndcg(),
            ratio()));
    out.append(
        String.format(
            Locale.ROOT,
            "order ceiling (ceil: nDCG@%d of each system's first %d results ordered by grade): %s %.4f, %s %.4f%n",
            k,
            Evaluation.DEPTH,
            systems.get(0),
            means.get(systems.get(0)).ceiling(),
            systems.get(1),
            means.get(systems.get(1)).ceiling()));
    out.append(
        String.format(
            Locale.ROOT,
            "%s indexed %d of %d files (%d rejected by the parser: not retrievable)%n",
            systems.get(0),
            collectionSize - rejected.size(),
            collectionSize,
            rejected.size()));
    out.append(
        String.format(
            Locale.ROOT,
            "queries with no result although a report addressing the need (grade 2+) is indexed: %s%n",
            zeroResults.isEmpty() ? "none" : String.join(", ", zeroResults)));
    if (!filteredOut.isEmpty()) {
      out.append(
          String.format(
              Locale.ROOT,
              "queries with no result only because the parser gave the relevant reports no or another year/region: %s%n",
              String.join(", ", filteredOut)));
    }
    return out.toString();
  }

  /**
   * Each system's top documents for one query, with their grades: what to read when a figure
   * surprises.
   */
  public String show(String queryId, Qrels qrels) {
    StringBuilder out = new StringBuilder();
    for (QueryResult r : queries) {
      if (!r.query().id().equals(queryId)) {
        continue;
      }
      out.append(r.query().id())
          .append(' ')
          .append(r.query().query())
          .append(" — ")
          .append(r.query().need())
          .append('\n');
      for (String system : systems.stream().distinct().toList()) {
        out.append("  ").append(system).append(":\n");
        int rank = 1;
        for (String doc : r.ranked().get(system)) {
          out.append(
              String.format(
                  Locale.ROOT,
                  "    %2d. [%d] %s%n",
                  rank++,
                  qrels.of(queryId).getOrDefault(doc, 0),
                  doc));
        }
      }
      List<String> missed =
          qrels.relevant(queryId).stream()
              .filter(d -> !r.ranked().get(systems.get(0)).contains(d))
              .toList();
      out.append("  relevant, not in ")
          .append(systems.get(0))
          .append("'s top ")
          .append(k)
          .append(": ")
          .append(missed)
          .append('\n');
    }
    return out.toString();
  }

  /** Pads to a display width, counting a CJK character as two columns. */
  private static String pad(String s, int width) {
    StringBuilder out = new StringBuilder();
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      int cw = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || c >= 0x3000 ? 2 : 1;
      if (w + cw > width) {
        break;
      }
      out.appendCodePoint(c);
      w += cw;
      i += Character.charCount(c);
    }
    return out + " ".repeat(width - w);
  }
}
