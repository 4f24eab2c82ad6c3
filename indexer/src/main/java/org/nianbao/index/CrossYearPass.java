package org.nianbao.index;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.nianbao.document.ReportDocuments;
import org.nianbao.model.CheckedReport;
import org.nianbao.model.Flag;
import org.nianbao.model.Rule;
import org.nianbao.schema.ReportFields;
import org.nianbao.schema.StoredModel;
import org.nianbao.years.BodyReport;
import org.nianbao.years.BodyYears;
import org.nianbao.years.YearFlags;

/**
 * The indexing run's last step: the rules that need the index (R8–R11, see {@code years.YearFlags})
 * evaluated for every body the run touched. A document is written with {@link
 * ReportFields#YEARS_PENDING} 1; this pass finds those, takes their bodies ({@link
 * ReportFields#BODY_KEY}), and evaluates every report of each body against the body's report of the
 * year before, so re-indexing 2023 re-evaluates 2024 too. A report whose flags change is rewritten
 * once, from its stored model with the new flags (the same id, so updated, never duplicated); the
 * others only have their pending mark cleared in place. Documents still pending after a killed run
 * are found by the next one. A report with no year before it in the index is judged (R11 only) from
 * its stored flags and date, its model read only if they change.
 *
 * <p>Bodies are decided on every core (reading both years' stored models, comparing their text,
 * building the rewritten documents: three quarters of the pass's time) and the decisions are
 * applied to the writer on the calling thread in body order, so the index is the one a sequential
 * pass writes, document for document.
 */
public final class CrossYearPass {

  /** What one pass did. */
  public record Result(int bodies, int evaluated, int rewritten) {}

  private static final Set<String> STORED =
      StoredModel.fieldsWith(ReportFields.ID, ReportFields.SOURCE, ReportFields.CONTENT_HASH);

  /** Bodies decided ahead of the one being applied, per thread: bounds the documents held. */
  private static final int AHEAD_PER_THREAD = 32;

  private final IndexWriter writer;
  private final DirectoryReader reader;

  private CrossYearPass(IndexWriter writer, DirectoryReader reader) {
    this.writer = writer;
    this.reader = reader;
  }

  /** What the pass does to one report: clear its pending mark, or rewrite it with new flags. */
  private sealed interface Action {
    void applyTo(IndexWriter writer) throws IOException;
  }

  private record ClearPending(Term id) implements Action {
    @Override
    public void applyTo(IndexWriter writer) throws IOException {
      writer.updateNumericDocValue(id, ReportFields.YEARS_PENDING, 0);
    }
  }

  private record Rewrite(Term id, Document doc) implements Action {
    @Override
    public void applyTo(IndexWriter writer) throws IOException {
      writer.updateDocument(id, doc);
    }
  }

  /** One body's (or one body-less report's) decisions, in report order. */
  private record Decided(int evaluated, List<Action> actions) {
    int rewritten() {
      return (int) actions.stream().filter(Rewrite.class::isInstance).count();
    }
  }

  /**
   * Evaluates the bodies of every pending document in {@code writer}'s index; the caller commits.
   */
  public static Result run(IndexWriter writer) throws IOException {
    return run(writer, Runtime.getRuntime().availableProcessors());
  }

  /** As {@link #run(IndexWriter)}, deciding on {@code threads} threads (the index is the same). */
  static Result run(IndexWriter writer, int threads) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      return new CrossYearPass(writer, reader).run(threads);
    }
  }

  private Result run(int threads) throws IOException {
    List<Integer> pending = pendingDocs();
    if (pending.isEmpty()) {
      return new Result(0, 0, 0);
    }
    Set<Integer> pendingSet = Set.copyOf(pending);
    Set<String> bodies = new TreeSet<>();
    List<Integer> alone = new ArrayList<>();
    Map<Integer, String> bodyOf = bodiesOf(pendingSet);
    for (int doc : pending) {
      String body = bodyOf.get(doc);
      if (body == null) {
        alone.add(doc);
      } else {
        bodies.add(body);
      }
    }
    List<Callable<Decided>> work = new ArrayList<>(bodies.size() + alone.size());
    for (String body : bodies) {
      work.add(() -> body(body, pendingSet));
    }
    for (int doc : alone) {
      work.add(
          () -> {
            Reads reads = new Reads(reader.storedFields());
            List<Action> actions = new ArrayList<>();
            alone(reads.light(doc, true), reads, new HashMap<>(), actions);
            return new Decided(1, actions);
          });
    }
    int[] evaluated = {0};
    int[] rewritten = {0};
    inOrder(
        work,
        threads,
        decided -> {
          for (Action action : decided.actions()) {
            action.applyTo(writer);
          }
          evaluated[0] += decided.evaluated();
          rewritten[0] += decided.rewritten();
        });
    return new Result(bodies.size(), evaluated[0], rewritten[0]);
  }

  /** Takes each body's decisions, in body order, on the calling thread. */
  @FunctionalInterface
  private interface Apply {
    void accept(Decided decided) throws IOException;
  }

  /**
   * Gives {@code apply} the results of {@code work} in its order, on the calling thread; they are
   * computed on {@code threads} threads, a bounded distance ahead of the one being applied.
   */
  private static void inOrder(List<Callable<Decided>> work, int threads, Apply apply)
      throws IOException {
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads, Thread.ofPlatform().name("nianbao-years-", 0).daemon().factory());
    try {
      ArrayDeque<Future<Decided>> ahead = new ArrayDeque<>();
      int next = 0;
      while (next < work.size() || !ahead.isEmpty()) {
        while (next < work.size() && ahead.size() < threads * AHEAD_PER_THREAD) {
          ahead.add(pool.submit(work.get(next++)));
        }
        apply.accept(get(ahead.poll()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static Decided get(Future<Decided> future) throws IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while evaluating R8–R11", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IOException(e.getCause());
    }
  }

  /** Every report of {@code body} judged against the body's year before, or alone. */
  private Decided body(String body, Set<Integer> pendingSet) throws IOException {
    Reads reads = new Reads(reader.storedFields());
    List<Light> reports = new ArrayList<>();
    for (int doc : docsOf(body)) {
      reports.add(reads.light(doc, pendingSet.contains(doc)));
    }
    Set<Integer> years = new HashSet<>();
    reports.forEach(report -> years.add(report.year));
    Map<Integer, Stored> loaded = new HashMap<>();
    List<Action> actions = new ArrayList<>();
    for (Light report : reports) {
      if (report.year != null && years.contains(report.year - 1)) {
        againstLastYear(report, reports, reads, loaded, actions);
      } else {
        alone(report, reads, loaded, actions);
      }
    }
    return new Decided(reports.size(), actions);
  }

  /** R8–R11 of a report whose body has a report of the year before: both models are read. */
  private static void againstLastYear(
      Light report, List<Light> body, Reads reads, Map<Integer, Stored> loaded, List<Action> out)
      throws IOException {
    List<BodyReport> candidates = new ArrayList<>();
    for (Light other : body) {
      if (other.year != null && other.year == report.year - 1) {
        candidates.add(reads.load(other, loaded).asBodyReport());
      }
    }
    Stored self = reads.load(report, loaded);
    BodyReport lastYear = BodyYears.previousYear(self.asBodyReport(), candidates).orElseThrow();
    update(self, YearFlags.of(self.checked.report(), lastYear.report()), out);
  }

  /**
   * R11 only, for a report with no year before it in the index: decided from the stored flags and
   * date, so that the model is read only when the flags change (most bodies have one report).
   */
  private static void alone(
      Light report, Reads reads, Map<Integer, Stored> loaded, List<Action> out) throws IOException {
    Set<String> expected = report.published == null ? Set.of(Rule.R11.id()) : Set.of();
    Set<String> actual = new HashSet<>();
    for (String rule : report.flags) {
      if (Rule.fromId(rule).checkedWhenIndexed()) {
        actual.add(rule);
      }
    }
    if (expected.equals(actual)) {
      if (report.pending) {
        out.add(new ClearPending(new Term(ReportFields.ID, report.id)));
      }
      return;
    }
    Stored self = reads.load(report, loaded);
    update(self, YearFlags.of(self.checked.report(), null), out);
  }

  /** What the pass needs of a document before deciding whether to read its model. */
  private record Light(
      int doc, String id, Integer year, String published, List<String> flags, boolean pending) {}

  private static final Set<String> LIGHT =
      Set.of(ReportFields.ID, ReportFields.YEAR, ReportFields.PUBLISHED, ReportFields.FLAG);

  /** Stored-field reads on one thread ({@code StoredFields} is not shared between threads). */
  private record Reads(StoredFields stored) {

    Light light(int doc, boolean pending) throws IOException {
      Document d = stored.document(doc, LIGHT);
      IndexableField year = d.getField(ReportFields.YEAR);
      return new Light(
          doc,
          d.get(ReportFields.ID),
          year == null ? null : year.numericValue().intValue(),
          d.get(ReportFields.PUBLISHED),
          List.of(d.getValues(ReportFields.FLAG)),
          pending);
    }

    Stored load(Light report, Map<Integer, Stored> loaded) throws IOException {
      Stored known = loaded.get(report.doc);
      if (known == null) {
        Document d = stored.document(report.doc, STORED);
        known =
            new Stored(
                d.get(ReportFields.ID),
                d.get(ReportFields.SOURCE),
                d.get(ReportFields.CONTENT_HASH),
                StoredModel.read(d),
                report.pending);
        loaded.put(report.doc, known);
      }
      return known;
    }
  }

  /** A document as stored, and whether it is pending. */
  private record Stored(
      String id, String source, String contentHash, CheckedReport checked, boolean pending) {
    BodyReport asBodyReport() {
      return new BodyReport(id, checked.report());
    }
  }

  /** The report rewritten if its flags change, else its pending mark cleared (if set). */
  private static void update(Stored report, List<Flag> indexFlags, List<Action> out) {
    Term id = new Term(ReportFields.ID, report.id);
    List<Flag> flags = YearFlags.merge(report.checked.flags(), indexFlags);
    if (flags.equals(report.checked.flags())) {
      if (report.pending) {
        out.add(new ClearPending(id));
      }
      return;
    }
    Document doc =
        ReportDocuments.toDocument(
            report.id,
            new CheckedReport(report.checked.report(), flags),
            report.source,
            report.contentHash);
    doc.removeFields(ReportFields.YEARS_PENDING);
    doc.add(new NumericDocValuesField(ReportFields.YEARS_PENDING, 0));
    out.add(new Rewrite(id, doc));
  }

  /** Live documents whose pending mark is 1, as top-level doc ids. */
  private List<Integer> pendingDocs() throws IOException {
    List<Integer> docs = new ArrayList<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      NumericDocValues values = leaf.reader().getNumericDocValues(ReportFields.YEARS_PENDING);
      if (values == null) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      for (int doc = values.nextDoc();
          doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = values.nextDoc()) {
        if (values.longValue() == 1 && (live == null || live.get(doc))) {
          docs.add(leaf.docBase + doc);
        }
      }
    }
    return docs;
  }

  /**
   * The body key of each of {@code docs} that has one, read from the indexed terms (the stored
   * value is the same string): reading it from the stored fields cost a block decompression per
   * document.
   */
  private Map<Integer, String> bodiesOf(Set<Integer> docs) throws IOException {
    Map<Integer, String> bodies = new HashMap<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms terms = leaf.reader().terms(ReportFields.BODY_KEY);
      if (terms == null) {
        continue;
      }
      TermsEnum keys = terms.iterator();
      PostingsEnum postings = null;
      for (BytesRef key = keys.next(); key != null; key = keys.next()) {
        postings = keys.postings(postings, PostingsEnum.NONE);
        for (int doc = postings.nextDoc();
            doc != DocIdSetIterator.NO_MORE_DOCS;
            doc = postings.nextDoc()) {
          if (docs.contains(leaf.docBase + doc)) {
            bodies.put(leaf.docBase + doc, key.utf8ToString());
          }
        }
      }
    }
    return bodies;
  }

  /** Live documents of one body, as top-level doc ids. */
  private List<Integer> docsOf(String body) throws IOException {
    List<Integer> docs = new ArrayList<>();
    Term term = new Term(ReportFields.BODY_KEY, body);
    for (LeafReaderContext leaf : reader.leaves()) {
      PostingsEnum postings = leaf.reader().postings(term, PostingsEnum.NONE);
      if (postings == null) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      for (int doc = postings.nextDoc();
          doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = postings.nextDoc()) {
        if (live == null || live.get(doc)) {
          docs.add(leaf.docBase + doc);
        }
      }
    }
    return docs;
  }
}
