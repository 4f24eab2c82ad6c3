package org.nianbao.search;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DocumentStoredFieldVisitor;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.StoredFields;
import org.nianbao.json.ReportJson;
import org.nianbao.model.Level;
import org.nianbao.model.Region;
import org.nianbao.model.Rule;
import org.nianbao.model.Section;
import org.nianbao.schema.ReportFields;

/**
 * Reads a hit's stored fields in one pass over its stored document (never the whole model JSON):
 * what a hit shows, the section keys, and the title and body text the highlighter marks. Every read
 * of a stored document decompresses all of it, so a hit is read once.
 */
final class HitReader {

  private static final Set<String> FIELDS =
      Set.of(
          ReportFields.ID,
          ReportFields.TITLE,
          ReportFields.AGENCY,
          ReportFields.YEAR,
          ReportFields.REGION_JSON,
          ReportFields.LEVEL,
          ReportFields.SECTOR,
          ReportFields.FLAG);

  /** The highlighter's separator between the values of a multi-valued field. */
  static final char VALUE_SEPARATOR = '\u0000';

  private final StoredFields storedFields;

  HitReader(StoredFields storedFields) {
    this.storedFields = storedFields;
  }

  /**
   * One hit's stored fields: {@code display} holds what a hit shows; {@code title} and {@code body}
   * are the texts as the highlighter loads them (the body's values joined by {@link
   * #VALUE_SEPARATOR}, at most {@code maxLength} characters), null when not asked for or absent.
   */
  record StoredHit(Document display, List<Section> sections, String title, CharSequence body) {}

  /** Reads a hit; {@code withText} also reads the section keys and the texts to highlight. */
  StoredHit load(int docId, boolean withText, int maxLength) throws IOException {
    HitVisitor visitor = new HitVisitor(withText, maxLength);
    storedFields.document(docId, visitor);
    Document display = visitor.display.getDocument();
    String keys = visitor.sections;
    List<Section> sections =
        keys == null || keys.isBlank()
            ? List.of()
            : Stream.of(keys.split(" ")).map(Section::fromKey).toList();
    return new StoredHit(display, sections, withText ? visitor.title : null, visitor.body);
  }

  Hit read(
      StoredHit stored,
      PassageChooser.Chosen chosen,
      float score,
      MatchGrade match,
      HitExplainer.Lacking lacking)
      throws IOException {
    Document doc = stored.display();
    IndexableField year = doc.getField(ReportFields.YEAR);
    return new Hit(
        doc.get(ReportFields.ID),
        doc.get(ReportFields.TITLE),
        doc.get(ReportFields.AGENCY),
        year == null ? null : year.numericValue().intValue(),
        region(doc.get(ReportFields.REGION_JSON)),
        Level.fromKey(doc.get(ReportFields.LEVEL)),
        doc.get(ReportFields.SECTOR),
        Stream.of(doc.getValues(ReportFields.FLAG)).map(Rule::fromId).toList(),
        chosen.part(),
        chosen.snippet(),
        score,
        match,
        lacking.missing(),
        lacking.onlyInTemplate(),
        lacking.stemOnly(),
        chosen.parts());
  }

  /** The display fields as a Document, plus the section keys, title and body text when asked. */
  private static final class HitVisitor extends StoredFieldVisitor {
    final DocumentStoredFieldVisitor display = new DocumentStoredFieldVisitor(FIELDS);
    private final boolean withText;
    private final int maxLength;
    String sections;
    String title;
    CharSequence body;

    HitVisitor(boolean withText, int maxLength) {
      this.withText = withText;
      this.maxLength = maxLength;
    }

    @Override
    public Status needsField(FieldInfo field) {
      if (FIELDS.contains(field.name)) {
        return Status.YES;
      }
      boolean text =
          field.name.equals(ReportFields.BODY) || field.name.equals(ReportFields.BODY_SECTIONS);
      return withText && text ? Status.YES : Status.NO;
    }

    @Override
    public void stringField(FieldInfo field, String value) throws IOException {
      switch (field.name) {
        case ReportFields.BODY_SECTIONS -> sections = value;
        case ReportFields.BODY -> body = appended(body, value);
        default -> {
          if (field.name.equals(ReportFields.TITLE) && title == null) {
            title = value.substring(0, Math.min(maxLength, value.length()));
          }
          display.stringField(field, value);
        }
      }
    }

    /**
     * As the UnifiedHighlighter's own loader joins values: a separator between them, cut at
     * maxLength.
     */
    private CharSequence appended(CharSequence current, String value) {
      if (current == null) {
        return value.substring(0, Math.min(maxLength, value.length()));
      }
      int budget = maxLength - current.length();
      if (budget <= 0) {
        return current;
      }
      StringBuilder joined =
          current instanceof StringBuilder sb
              ? sb
              : new StringBuilder(current.length() + Math.min(budget, value.length() + 256))
                  .append(current);
      joined.append(VALUE_SEPARATOR).append(value, 0, Math.min(budget - 1, value.length()));
      return joined;
    }

    @Override
    public void intField(FieldInfo field, int value) {
      display.intField(field, value);
    }

    @Override
    public void longField(FieldInfo field, long value) {
      display.longField(field, value);
    }

    @Override
    public void floatField(FieldInfo field, float value) {
      display.floatField(field, value);
    }

    @Override
    public void doubleField(FieldInfo field, double value) {
      display.doubleField(field, value);
    }

    @Override
    public void binaryField(FieldInfo field, byte[] value) throws IOException {
      display.binaryField(field, value);
    }
  }

  private static Region region(String json) throws IOException {
    if (json == null) {
      return Region.NONE;
    }
    JsonNode node = ReportJson.mapper().readTree(json);
    return new Region(
        text(node, "province"), text(node, "city"), text(node, "county"), text(node, "code"));
  }

  private static String text(JsonNode node, String key) {
    JsonNode value = node.path(key);
    return value.isTextual() ? value.asText() : null;
  }
}
