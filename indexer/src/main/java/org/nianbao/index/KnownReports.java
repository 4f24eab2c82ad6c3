package org.nianbao.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;
import org.nianbao.identity.ReportIds;
import org.nianbao.identity.ReportKey;
import org.nianbao.identity.TextFingerprint;
import org.nianbao.schema.ReportFields;

/**
 * The reports an indexing run knows: those in the index when it starts and those it has placed
 * since. It gives each new report its id: the id of a known report with the same key and nearly the
 * same text (or the same file bytes) — the same report again —, else a new id, by key when the key
 * is complete and free, else by key and text. Not thread-safe: the run decides in file order.
 */
final class KnownReports {

  /** One known report. {@code fileHash} is the SHA-256 of its file, without the parser version. */
  record Known(String id, String contentHash, long fingerprint, String fileHash) {}

  /**
   * The id a report gets, and whether it is a report already known (from the index or this run).
   */
  record Identity(String id, Optional<Known> known, boolean keyedOnText) {}

  private final Map<String, List<Known>> byKey = new HashMap<>();

  static KnownReports read(IndexWriter writer) throws IOException {
    KnownReports known = new KnownReports();
    Set<String> fields =
        Set.of(
            ReportFields.ID,
            ReportFields.CONTENT_HASH,
            ReportFields.REPORT_KEY,
            ReportFields.FINGERPRINT);
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        LeafReader leafReader = leaf.reader();
        StoredFields stored = leafReader.storedFields();
        Bits live = leafReader.getLiveDocs();
        for (int doc = 0; doc < leafReader.maxDoc(); doc++) {
          if (live == null || live.get(doc)) {
            Document d = stored.document(doc, fields);
            Number fingerprint =
                d.getField(ReportFields.FINGERPRINT) == null
                    ? null
                    : d.getField(ReportFields.FINGERPRINT).numericValue();
            String key = d.get(ReportFields.REPORT_KEY);
            // A document from before keys were stored is known by its id only: re-indexing its file
            // updates it.
            known.add(
                key == null ? "?" + d.get(ReportFields.ID) : key,
                new Known(
                    d.get(ReportFields.ID),
                    d.get(ReportFields.CONTENT_HASH),
                    fingerprint == null ? 0 : fingerprint.longValue(),
                    fileHash(d.get(ReportFields.CONTENT_HASH))));
          }
        }
      }
    }
    return known;
  }

  /** Who this report is: a known report again, or a new one with an id no other report has. */
  Identity identify(ReportKey key, long fingerprint, String contentHash, String legacyId) {
    List<Known> sameKey = new ArrayList<>(byKey.getOrDefault(key.value(), List.of()));
    sameKey.addAll(byKey.getOrDefault("?" + legacyId, List.of()));
    String fileHash = fileHash(contentHash);
    for (Known k : sameKey) {
      if (k.fileHash().equals(fileHash)
          || TextFingerprint.sameReport(k.fingerprint(), fingerprint)) {
        return new Identity(k.id(), Optional.of(k), !key.complete());
      }
    }
    boolean keyTaken = !byKey.getOrDefault(key.value(), List.of()).isEmpty();
    String id =
        key.complete() && !keyTaken
            ? ReportIds.byKey(key)
            : ReportIds.byKeyAndText(key, fingerprint);
    return new Identity(id, Optional.empty(), !key.complete());
  }

  /** Records a report this run placed, so later files of the run are compared with it. */
  void add(String key, Known report) {
    byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(report);
  }

  /** The file part of a content hash ({@code sha256:parserVersion}). */
  static String fileHash(String contentHash) {
    if (contentHash == null) {
      return "";
    }
    int colon = contentHash.indexOf(':');
    return colon < 0 ? contentHash : contentHash.substring(0, colon);
  }
}
