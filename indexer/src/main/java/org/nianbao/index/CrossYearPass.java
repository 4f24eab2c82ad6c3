package org.nianbao.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
 */
public final class CrossYearPass {

  /** What one pass did. */
  public record Result(int bodies, int evaluated, int rewritten) {}

  private static final Set<String> STORED =
      StoredModel.fieldsWith(ReportFields.ID, ReportFields.SOURCE, ReportFields.CONTENT_HASH);

  private final IndexWriter writer;
  private final DirectoryReader reader;
  private final StoredFields stored;

  private CrossYearPass(IndexWriter writer, DirectoryReader reader) throws IOException {
    this.writer = writer;
    this.reader = reader;
    this.stored = reader.storedFields();
  }

  /**
   * Evaluates the bodies of every pending document in {@code writer}'s index; the caller commits.
   */
  public static Result run(IndexWriter writer) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      return new CrossYearPass(writer, reader).run();
    }
  }

  private Result run() throws IOException {
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
    int evaluated = 0;
    int rewritten = 0;
    for (String body : bodies) {
      List<Light> reports = new ArrayList<>();
      for (int doc : docsOf(body)) {
        reports.add(light(doc, pendingSet.contains(doc)));
      }
      Set<Integer> years = new HashSet<>();
      reports.forEach(report -> years.add(report.year));
      Map<Integer, Stored> loaded = new HashMap<>();
      for (Light report : reports) {
        if (report.year != null && years.contains(report.year - 1)) {
          rewritten += againstLastYear(report, reports, loaded) ? 1 : 0;
        } else {
          rewritten += alone(report, loaded) ? 1 : 0;
        }
        evaluated++;
      }
    }
    for (int doc : alone) {
      rewritten += alone(light(doc, true), new HashMap<>()) ? 1 : 0;
      evaluated++;
    }
    return new Result(bodies.size(), evaluated, rewritten);
  }

  /** R8–R11 of a report whose body has a report of the year before: both models are read. */
  private boolean againstLastYear(Light report, List<Light> body, Map<Integer, Stored> loaded)
      throws IOException {
    List<BodyReport> candidates = new ArrayList<>();
    for (Light other : body) {
      if (other.year != null && other.year == report.year - 1) {
        candidates.add(load(other, loaded).asBodyReport());
      }
    }
    Stored self = load(report, loaded);
    BodyReport lastYear = BodyYears.previousYear(self.asBodyReport(), candidates).orElseThrow();
    return update(self, YearFlags.of(self.checked.report(), lastYear.report()));
  }

  /**
   * R11 only, for a report with no year before it in the index: decided from the stored flags and
   * date, so that the model is read only when the flags change (most bodies have one report).
   */
  private boolean alone(Light report, Map<Integer, Stored> loaded) throws IOException {
    Set<String> expected = report.published == null ? Set.of(Rule.R11.id()) : Set.of();
    Set<String> actual = new HashSet<>();
    for (String rule : report.flags) {
      if (Rule.fromId(rule).checkedWhenIndexed()) {
        actual.add(rule);
      }
    }
    if (expected.equals(actual)) {
      if (report.pending) {
        writer.updateNumericDocValue(
            new Term(ReportFields.ID, report.id), ReportFields.YEARS_PENDING, 0);
      }
      return false;
    }
    Stored self = load(report, loaded);
    return update(self, YearFlags.of(self.checked.report(), null));
  }

  /** What the pass needs of a document before deciding whether to read its model. */
  private record Light(
      int doc, String id, Integer year, String published, List<String> flags, boolean pending) {}

  private static final Set<String> LIGHT =
      Set.of(ReportFields.ID, ReportFields.YEAR, ReportFields.PUBLISHED, ReportFields.FLAG);

  private Light light(int doc, boolean pending) throws IOException {
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

  private Stored load(Light report, Map<Integer, Stored> loaded) throws IOException {
    Stored known = loaded.get(report.doc);
    if (known == null) {
      known = load(report.doc, report.pending);
      loaded.put(report.doc, known);
    }
    return known;
  }

  /** A document as stored, and whether it is pending. */
  private record Stored(
      String id, String source, String contentHash, CheckedReport checked, boolean pending) {
    BodyReport asBodyReport() {
      return new BodyReport(id, checked.report());
    }
  }

  private Stored load(int doc, boolean pending) throws IOException {
    Document d = stored.document(doc, STORED);
    return new Stored(
        d.get(ReportFields.ID),
        d.get(ReportFields.SOURCE),
        d.get(ReportFields.CONTENT_HASH),
        StoredModel.read(d),
        pending);
  }

  /** Rewrites the report if its flags change, else clears its pending mark; true if rewritten. */
  private boolean update(Stored report, List<Flag> indexFlags) throws IOException {
    Term id = new Term(ReportFields.ID, report.id);
    List<Flag> flags = YearFlags.merge(report.checked.flags(), indexFlags);
    if (flags.equals(report.checked.flags())) {
      if (report.pending) {
        writer.updateNumericDocValue(id, ReportFields.YEARS_PENDING, 0);
      }
      return false;
    }
    Document doc =
        ReportDocuments.toDocument(
            report.id,
            new CheckedReport(report.checked.report(), flags),
            report.source,
            report.contentHash);
    doc.removeFields(ReportFields.YEARS_PENDING);
    doc.add(new NumericDocValuesField(ReportFields.YEARS_PENDING, 0));
    writer.updateDocument(id, doc);
    return true;
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
