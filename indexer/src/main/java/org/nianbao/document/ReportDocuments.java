package org.nianbao.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.nianbao.identity.BodyKey;
import org.nianbao.identity.ReportKey;
import org.nianbao.identity.TextFingerprint;
import org.nianbao.json.ReportJson;
import org.nianbao.model.AnnualReport;
import org.nianbao.model.CellRef;
import org.nianbao.model.CheckedReport;
import org.nianbao.model.ExtraPart;
import org.nianbao.model.Region;
import org.nianbao.model.Rule;
import org.nianbao.model.Section;
import org.nianbao.schema.ReportAnalyzers;
import org.nianbao.schema.ReportFacets;
import org.nianbao.schema.ReportFields;
import org.nianbao.schema.StoredModel;

/**
 * Turns a checked report into the Lucene document the index holds; field names and the reason for
 * each field's indexing are in {@link ReportFields}. Index with {@link ReportAnalyzers#perField()}.
 */
public final class ReportDocuments {

  /** A bigram field: not stored (the highlighter reads the stored text), positions and offsets. */
  private static final FieldType BIGRAMS = bigramType(true);

  /**
   * The boilerplate twin's bigrams, without offsets: a snippet comes from the boilerplate only when
   * the report's own text has no match (a rare fallback), and the highlighter then finds the
   * offsets by analysing the stored text. Offsets were the second largest part of the index (29 %
   * at 20,000 reports), half of them the boilerplate's.
   */
  private static final FieldType BOILERPLATE_BIGRAMS = bigramType(false);

  /** The facet configuration the searcher reads with (see {@link ReportFacets}). */
  private static final FacetsConfig FACETS = ReportFacets.config();

  private ReportDocuments() {}

  /** The document for {@code checked}, facets already built: pass it straight to updateDocument. */
  public static Document toDocument(
      String id, CheckedReport checked, String source, String contentHash) {
    return toDocument(id, checked, source, contentHash, TextFingerprint.of(checked.report()));
  }

  /** The same, with the report's {@link TextFingerprint} already computed. */
  public static Document toDocument(
      String id, CheckedReport checked, String source, String contentHash, long fingerprint) {
    AnnualReport report = checked.report();
    Document doc = new Document();
    doc.add(new StringField(ReportFields.ID, id, Field.Store.YES));
    if (source != null) {
      doc.add(new StoredField(ReportFields.SOURCE, source));
    }
    if (contentHash != null) {
      doc.add(new StringField(ReportFields.CONTENT_HASH, contentHash, Field.Store.YES));
    }
    doc.add(new StoredField(ReportFields.REPORT_KEY, ReportKey.of(report).value()));
    doc.add(new StoredField(ReportFields.FINGERPRINT, fingerprint));

    if (!isBlank(report.title())) {
      doc.add(new StoredField(ReportFields.TITLE, report.title()));
      doc.add(new Field(ReportFields.TITLE_CJK, report.title(), BIGRAMS));
    }
    List<String> bodyKeys = addBody(doc, report);
    // The parts' text is stored once, as body values; the model JSON names them (StoredModel).
    doc.add(new StoredField(ReportFields.MODEL_JSON, StoredModel.write(id, checked, bodyKeys)));

    if (report.year() != null) {
      doc.add(new IntField(ReportFields.YEAR, report.year(), Field.Store.YES));
      doc.add(new SortedSetDocValuesFacetField(ReportFields.FACET_YEAR, report.year().toString()));
    }
    addKeyword(doc, ReportFields.AGENCY, ReportFields.FACET_AGENCY, report.agency());
    addKeyword(doc, ReportFields.SECTOR, ReportFields.FACET_SECTOR, report.sector());
    addKeyword(
        doc,
        ReportFields.LEVEL,
        ReportFields.FACET_LEVEL,
        report.level() == null ? null : report.level().key());
    addKeyword(
        doc,
        ReportFields.PUBLISHED,
        null,
        report.published() == null ? null : report.published().toString());
    addRegion(doc, report.region());
    BodyKey.of(report)
        .ifPresent(
            body -> doc.add(new StringField(ReportFields.BODY_KEY, body.value(), Field.Store.YES)));
    doc.add(new NumericDocValuesField(ReportFields.YEARS_PENDING, 1));
    for (Rule rule : checked.violatedRules()) {
      addKeyword(doc, ReportFields.FLAG, ReportFields.FACET_FLAG, rule.id());
    }

    addGroupKeys(doc, report);
    for (Map.Entry<CellRef, Number> cell : ReportCells.of(report.tables()).entrySet()) {
      String field = ReportFields.cellField(cell.getKey());
      if (cell.getValue() instanceof BigDecimal amount) {
        doc.add(new DoubleField(field, amount.doubleValue(), Field.Store.NO));
      } else {
        doc.add(new LongField(field, cell.getValue().longValue(), Field.Store.NO));
      }
    }
    try {
      return FACETS.build(doc);
    } catch (IOException e) {
      // Sorted-set facets never touch a taxonomy index, so build() does no I/O.
      throw new UncheckedIOException(e);
    }
  }

  /** The extra parts as one text: each heading and text, separated by blank lines. */
  static String extraText(List<ExtraPart> extra) {
    List<String> pieces = new ArrayList<>();
    for (ExtraPart part : extra) {
      if (!isBlank(part.heading())) {
        pieces.add(part.heading());
      }
      if (!isBlank(part.text())) {
        pieces.add(part.text());
      }
    }
    return pieces.isEmpty() ? null : String.join("\n\n", pieces);
  }

  /**
   * The body: each non-empty section as one stored value and its two twins (content and
   * boilerplate), in {@link ReportFields#SECTIONS} order, with the list of section keys (returned).
   */
  private static List<String> addBody(Document doc, AnnualReport report) {
    List<String> keys = new ArrayList<>();
    for (Section key : ReportFields.SECTIONS) {
      MaskedText section = text(report, key);
      if (section == null || isBlank(section.text())) {
        continue;
      }
      keys.add(key.key());
      doc.add(new StoredField(ReportFields.BODY, section.text()));
      doc.add(new Field(ReportFields.BODY_CJK, section.content(), BIGRAMS));
      doc.add(
          new Field(ReportFields.BODY_BOILERPLATE_CJK, section.boilerplate(), BOILERPLATE_BIGRAMS));
    }
    if (!keys.isEmpty()) {
      doc.add(new StoredField(ReportFields.BODY_SECTIONS, String.join(" ", keys)));
    }
    return keys;
  }

  private static MaskedText text(AnnualReport report, Section section) {
    if (section == Section.TABLES) {
      return TableText.of(report.tables());
    }
    String text =
        switch (section) {
          case PREAMBLE -> report.parts().preamble();
          case EXTRA -> extraText(report.parts().extra());
          default -> section.part().map(report.parts()::get).orElse(null);
        };
    return isBlank(text) ? null : Boilerplate.split(text);
  }

  /** The statistics' group keys as sorted doc values (see {@link ReportFields#GROUP_PROVINCE}). */
  private static void addGroupKeys(Document doc, AnnualReport report) {
    Region region = report.region();
    addGroupKey(doc, ReportFields.GROUP_PROVINCE, region.province());
    if (region.city() != null) {
      addGroupKey(doc, ReportFields.GROUP_CITY, join(region.province(), region.city()));
    }
    if (region.county() != null) {
      // A county directly under its province (海南's 屯昌县) has no city: 海南省/屯昌县.
      addGroupKey(
          doc, ReportFields.GROUP_COUNTY, join(region.province(), region.city(), region.county()));
    }
    addGroupKey(doc, ReportFields.GROUP_AGENCY, report.agency());
    addGroupKey(doc, ReportFields.GROUP_SECTOR, report.sector());
    addGroupKey(
        doc, ReportFields.GROUP_LEVEL, report.level() == null ? null : report.level().key());
  }

  /** The names given, joined by /. */
  private static String join(String... names) {
    return String.join("/", java.util.Arrays.stream(names).filter(n -> n != null).toList());
  }

  private static void addGroupKey(Document doc, String field, String value) {
    if (!isBlank(value)) {
      doc.add(new SortedDocValuesField(field, new BytesRef(value)));
    }
  }

  private static void addKeyword(Document doc, String field, String facetDim, String value) {
    if (isBlank(value)) {
      return;
    }
    doc.add(new StringField(field, value, Field.Store.YES));
    if (facetDim != null) {
      doc.add(new SortedSetDocValuesFacetField(facetDim, value));
    }
  }

  private static void addRegion(Document doc, Region region) {
    addKeyword(doc, ReportFields.REGION_CODE, null, region.code());
    if (!region.isEmpty()) {
      doc.add(new StoredField(ReportFields.REGION_JSON, ReportJson.region(region).toString()));
    }
    List<String> path = region.path();
    if (!path.isEmpty()) {
      doc.add(
          new SortedSetDocValuesFacetField(ReportFields.FACET_REGION, path.toArray(String[]::new)));
    }
  }

  /**
   * Why an index written earlier cannot take this version's documents, or empty: Lucene refuses a
   * field whose index options change, so an index whose boilerplate twin still has offsets (written
   * before they were dropped) must be built again.
   */
  public static Optional<String> incompatibility(FieldInfos existing) {
    FieldInfo boilerplate = existing.fieldInfo(ReportFields.BODY_BOILERPLATE_CJK);
    if (boilerplate != null
        && boilerplate.getIndexOptions() != BOILERPLATE_BIGRAMS.indexOptions()) {
      return Optional.of(
          "was written by an earlier nianbao (its boilerplate field keeps offsets, which this"
              + " version no longer indexes); delete the folder and index the reports again");
    }
    return Optional.empty();
  }

  private static FieldType bigramType(boolean offsets) {
    FieldType type = new FieldType();
    type.setStored(false);
    type.setTokenized(true);
    type.setIndexOptions(
        offsets
            ? IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS
            : IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    type.freeze();
    return type;
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
