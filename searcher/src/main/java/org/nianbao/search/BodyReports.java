package org.nianbao.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.nianbao.schema.ReportFields;
import org.nianbao.schema.StoredModel;

/**
 * A report's body across its years: every report the index holds under the same {@link
 * ReportFields#BODY_KEY}, read back from its stored model.
 */
final class BodyReports {

  /** More reports than one body publishes in any span of years the index could hold. */
  static final int MAX = 200;

  private static final Set<String> FIELDS =
      StoredModel.fieldsWith(ReportFields.ID, ReportFields.SOURCE);

  private BodyReports() {}

  /**
   * The body's reports, {@code id}'s own included, by year then id; empty when {@code id} has no
   * body key.
   */
  static List<StoredReport> of(IndexSearcher searcher, String id) throws IOException {
    TopDocs own = searcher.search(new TermQuery(new Term(ReportFields.ID, id)), 1);
    if (own.scoreDocs.length == 0) {
      return List.of();
    }
    String body =
        searcher
            .storedFields()
            .document(own.scoreDocs[0].doc, Set.of(ReportFields.BODY_KEY))
            .get(ReportFields.BODY_KEY);
    if (body == null) {
      return List.of();
    }
    List<StoredReport> reports = new ArrayList<>();
    for (ScoreDoc hit :
        searcher.search(new TermQuery(new Term(ReportFields.BODY_KEY, body)), MAX).scoreDocs) {
      Document doc = searcher.storedFields().document(hit.doc, FIELDS);
      reports.add(
          new StoredReport(
              doc.get(ReportFields.ID), doc.get(ReportFields.SOURCE), StoredModel.read(doc)));
    }
    reports.sort(
        Comparator.comparing(
                (StoredReport r) -> r.checked().report().year(),
                Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(StoredReport::id));
    return reports;
  }
}
