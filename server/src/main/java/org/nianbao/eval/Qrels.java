package org.nianbao.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Graded judgments: query id → document path → grade 0–3. A document not judged counts as 0 (not
 * relevant), as in trec_eval.
 */
public record Qrels(Map<String, Map<String, Integer>> grades) {

  /**
   * Grade from which a document counts as relevant for precision and recall (trec_eval's default).
   */
  public static final int RELEVANT = 1;

  /**
   * Grade from which a document addresses the query's need, briefly or specifically (2 and 3): a
   * query answered with nothing while such a report is indexed is a failure. A grade of 1 only
   * touches the topic, often in words the query does not share (一网通办 against a report's 一门式一张网),
   * and nothing is then an honest answer.
   */
  public static final int ADDRESSES_NEED = 2;

  public Qrels {
    Map<String, Map<String, Integer>> copy = new HashMap<>();
    grades.forEach((q, docs) -> copy.put(q, Map.copyOf(docs)));
    grades = Map.copyOf(copy);
  }

  /**
   * Reads {@code qrels.tsv}: {@code query, doc, grade, reason}; {@code #} lines and the header
   * skipped.
   */
  public static Qrels load(Path file) throws IOException {
    Map<String, Map<String, Integer>> grades = new HashMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#") || line.startsWith("query\t")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length < 3) {
        throw new IOException(file + ": expected query, doc, grade, reason: " + line);
      }
      grades.computeIfAbsent(f[0], q -> new HashMap<>()).put(f[1], Integer.valueOf(f[2].strip()));
    }
    return new Qrels(grades);
  }

  /** The judgments of the given documents only. */
  public Qrels restrictedTo(java.util.Set<String> docs) {
    Map<String, Map<String, Integer>> kept = new HashMap<>();
    grades.forEach(
        (q, byDoc) -> {
          Map<String, Integer> m = new HashMap<>(byDoc);
          m.keySet().retainAll(docs);
          kept.put(q, m);
        });
    return new Qrels(kept);
  }

  public Map<String, Integer> of(String queryId) {
    return grades.getOrDefault(queryId, Map.of());
  }

  /** The relevant documents (grade ≥ {@link #RELEVANT}) of a query. */
  public List<String> relevant(String queryId) {
    return gradedAtLeast(queryId, RELEVANT);
  }

  /** The documents addressing a query's need (grade ≥ {@link #ADDRESSES_NEED}). */
  public List<String> addressing(String queryId) {
    return gradedAtLeast(queryId, ADDRESSES_NEED);
  }

  private List<String> gradedAtLeast(String queryId, int least) {
    List<String> docs = new ArrayList<>();
    of(queryId)
        .forEach(
            (doc, grade) -> {
              if (grade >= least) {
                docs.add(doc);
              }
            });
    docs.sort(Comparator.naturalOrder());
    return docs;
  }
}
