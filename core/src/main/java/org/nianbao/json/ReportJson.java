package org.nianbao.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.nianbao.model.ActiveTable;
import org.nianbao.model.AnnualReport;
import org.nianbao.model.Applicant;
import org.nianbao.model.CellRef;
import org.nianbao.model.CheckedReport;
import org.nianbao.model.Clue;
import org.nianbao.model.ClueSource;
import org.nianbao.model.CountTable;
import org.nianbao.model.DocumentCounts;
import org.nianbao.model.ExtraPart;
import org.nianbao.model.Flag;
import org.nianbao.model.Level;
import org.nianbao.model.Part;
import org.nianbao.model.Parts;
import org.nianbao.model.Provenance;
import org.nianbao.model.Region;
import org.nianbao.model.ReportFormat;
import org.nianbao.model.RequestRow;
import org.nianbao.model.RequestsTable;
import org.nianbao.model.ReviewGroup;
import org.nianbao.model.ReviewLitigationTable;
import org.nianbao.model.ReviewOutcome;
import org.nianbao.model.Rule;
import org.nianbao.model.Tables;

/**
 * The one mapping between the model and JSON, with exactly the keys of report-model.md. Used by
 * `nianbao parse --json`, the stored copy in the index and the web API, so every output agrees.
 *
 * <p>A report is {@code {"id", "title", "agency", "year", "published", "region": {province, city,
 * county, code}, "level", "sector", "parts": {"preamble", "overview", …, "other", "extra":
 * [{"heading", "text"}]}, "tables": {"active", "requests", "review_litigation"}, "flags": [{"rule",
 * "message", "cells"}]}}; {@code cells} (the table cells a violation involves, as model paths) is
 * present only for R1–R4. Absent parts and tables, and cells the report does not give, are null.
 */
public final class ReportJson {

  /** Amounts keep their decimals exactly, both ways (99999999.99 never becomes 1.0E8). */
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  private ReportJson() {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** The report as one line of JSON. {@code id} may be null (parse output before indexing). */
  public static String write(String id, CheckedReport checked) {
    try {
      return MAPPER.writeValueAsString(toJson(id, checked));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise report " + id, e);
    }
  }

  public static ObjectNode toJson(String id, CheckedReport checked) {
    AnnualReport r = checked.report();
    ObjectNode root = NODES.objectNode();
    if (id != null) {
      root.put("id", id);
    }
    root.put("title", r.title());
    root.put("agency", r.agency());
    root.put("year", r.year());
    root.put("published", r.published() == null ? null : r.published().toString());
    root.set("region", region(r.region()));
    root.put("level", r.level() == null ? null : r.level().key());
    root.put("sector", r.sector());
    root.put("format", r.format() == null ? null : r.format().key());
    root.set("provenance", provenance(r.provenance()));
    root.set("parts", parts(r.parts()));
    root.set("tables", tables(r.tables()));
    ArrayNode flags = root.putArray("flags");
    for (Flag flag : checked.flags()) {
      ObjectNode node =
          flags.addObject().put("rule", flag.rule().id()).put("message", flag.message());
      if (!flag.cells().isEmpty()) {
        ArrayNode cells = node.putArray("cells");
        flag.cells().forEach(cell -> cells.add(cell.path()));
      }
    }
    return root;
  }

  public static ObjectNode region(Region region) {
    ObjectNode node = NODES.objectNode();
    node.put("province", region.province());
    node.put("city", region.city());
    node.put("county", region.county());
    node.put("code", region.code());
    return node;
  }

  /** {"agency": {"source": "title", "evidence": "…"}, …}: only the fields some clue decided. */
  private static ObjectNode provenance(Provenance provenance) {
    ObjectNode node = NODES.objectNode();
    for (Provenance.Field field : Provenance.Field.values()) {
      provenance
          .of(field)
          .ifPresent(
              clue ->
                  node.putObject(field.key())
                      .put("source", clue.source().key())
                      .put("evidence", clue.evidence()));
    }
    return node;
  }

  private static Provenance readProvenance(JsonNode node) {
    Map<Provenance.Field, Clue> clues = new EnumMap<>(Provenance.Field.class);
    for (Provenance.Field field : Provenance.Field.values()) {
      JsonNode clue = node.path(field.key());
      if (clue.isObject()) {
        for (ClueSource source : ClueSource.values()) {
          if (source.key().equals(clue.path("source").asText())) {
            clues.put(field, new Clue(source, clue.path("evidence").asText()));
          }
        }
      }
    }
    return new Provenance(clues);
  }

  private static ObjectNode parts(Parts parts) {
    ObjectNode node = NODES.objectNode();
    node.put("preamble", parts.preamble());
    for (Part part : Part.values()) {
      node.put(part.key(), parts.get(part));
    }
    ArrayNode extra = node.putArray("extra");
    for (ExtraPart part : parts.extra()) {
      extra.addObject().put("heading", part.heading()).put("text", part.text());
    }
    return node;
  }

  private static ObjectNode tables(Tables tables) {
    ObjectNode node = NODES.objectNode();
    node.set("active", tables.active() == null ? null : active(tables.active()));
    node.set(
        "requests",
        tables.requests() == null
            ? null
            : grid(
                tables.requests().cells(),
                RequestRow.values(),
                Applicant.values(),
                RequestRow::key,
                Applicant::key));
    node.set(
        "review_litigation",
        tables.reviewLitigation() == null
            ? null
            : grid(
                tables.reviewLitigation().cells(),
                ReviewGroup.values(),
                ReviewOutcome.values(),
                ReviewGroup::key,
                ReviewOutcome::key));
    if (!tables.unreadableCells().isEmpty()) {
      ArrayNode cells = node.putArray("unreadable_cells");
      tables.unreadableCells().forEach(cell -> cells.add(cell.path()));
    }
    return node;
  }

  private static ObjectNode active(ActiveTable t) {
    ObjectNode node = NODES.objectNode();
    node.set("rules", documentCounts(t.rules()));
    node.set("normative_docs", documentCounts(t.normativeDocs()));
    node.set("licensing", decisions(t.licensingDecisions()));
    node.set("penalty", decisions(t.penaltyDecisions()));
    node.set("coercion", decisions(t.coercionDecisions()));
    ObjectNode fees = NODES.objectNode();
    fees.put("amount", t.feesAmount());
    node.set("fees", fees);
    return node;
  }

  private static ObjectNode documentCounts(DocumentCounts counts) {
    ObjectNode node = NODES.objectNode();
    node.put("issued", counts == null ? null : counts.issued());
    node.put("repealed", counts == null ? null : counts.repealed());
    node.put("in_force", counts == null ? null : counts.inForce());
    return node;
  }

  private static ObjectNode decisions(Long decisions) {
    ObjectNode node = NODES.objectNode();
    node.put("decisions", decisions);
    return node;
  }

  /** Every row and column of the template, null where the report gives no number. */
  private static <R extends Enum<R>, C extends Enum<C>> ObjectNode grid(
      CountTable<R, C> table,
      R[] rows,
      C[] columns,
      Function<R, String> rowKey,
      Function<C, String> columnKey) {
    ObjectNode node = NODES.objectNode();
    for (R row : rows) {
      ObjectNode cells = node.putObject(rowKey.apply(row));
      for (C column : columns) {
        cells.put(columnKey.apply(column), table.get(row, column));
      }
    }
    return node;
  }

  // ---- reading back (the stored copy in the index, the API) ----

  public static CheckedReport read(String json) {
    try {
      return fromJson(MAPPER.readTree(json));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a report JSON: " + e.getOriginalMessage(), e);
    }
  }

  public static CheckedReport fromJson(JsonNode root) {
    JsonNode region = root.path("region");
    JsonNode published = root.path("published");
    AnnualReport report =
        new AnnualReport(
            text(root, "title"),
            text(root, "agency"),
            root.hasNonNull("year") ? root.get("year").intValue() : null,
            published.isTextual() ? LocalDate.parse(published.asText()) : null,
            new Region(
                text(region, "province"),
                text(region, "city"),
                text(region, "county"),
                text(region, "code")),
            Level.fromKey(text(root, "level")),
            text(root, "sector"),
            readParts(root.path("parts")),
            readTables(root.path("tables")),
            ReportFormat.fromKey(text(root, "format")).orElse(null),
            readProvenance(root.path("provenance")));
    List<Flag> flags = new ArrayList<>();
    for (JsonNode flag : root.path("flags")) {
      flags.add(
          new Flag(
              Rule.fromId(flag.path("rule").asText()),
              flag.path("message").asText(),
              readCells(flag.path("cells"))));
    }
    return new CheckedReport(report, flags);
  }

  private static Parts readParts(JsonNode node) {
    Map<Part, String> main = new EnumMap<>(Part.class);
    for (Part part : Part.values()) {
      String text = text(node, part.key());
      if (text != null) {
        main.put(part, text);
      }
    }
    List<ExtraPart> extra = new ArrayList<>();
    for (JsonNode part : node.path("extra")) {
      extra.add(new ExtraPart(text(part, "heading"), text(part, "text")));
    }
    return new Parts(text(node, "preamble"), main, extra);
  }

  private static Tables readTables(JsonNode node) {
    JsonNode active = node.path("active");
    JsonNode requests = node.path("requests");
    JsonNode review = node.path("review_litigation");
    return new Tables(
        active.isObject() ? readActive(active) : null,
        requests.isObject()
            ? new RequestsTable(
                readGrid(
                    requests, RequestRow.class, Applicant.class, RequestRow::key, Applicant::key))
            : null,
        review.isObject()
            ? new ReviewLitigationTable(
                readGrid(
                    review,
                    ReviewGroup.class,
                    ReviewOutcome.class,
                    ReviewGroup::key,
                    ReviewOutcome::key))
            : null,
        readCells(node.path("unreadable_cells")));
  }

  private static List<CellRef> readCells(JsonNode paths) {
    List<CellRef> cells = new ArrayList<>();
    paths.forEach(path -> cells.add(CellRef.parse(path.asText())));
    return cells;
  }

  private static ActiveTable readActive(JsonNode node) {
    JsonNode fees = node.path("fees").path("amount");
    return new ActiveTable(
        readDocumentCounts(node.path("rules")),
        readDocumentCounts(node.path("normative_docs")),
        number(node.path("licensing"), "decisions"),
        number(node.path("penalty"), "decisions"),
        number(node.path("coercion"), "decisions"),
        fees.isNumber() ? fees.decimalValue() : null);
  }

  private static DocumentCounts readDocumentCounts(JsonNode node) {
    return new DocumentCounts(
        number(node, "issued"), number(node, "repealed"), number(node, "in_force"));
  }

  private static <R extends Enum<R>, C extends Enum<C>> CountTable<R, C> readGrid(
      JsonNode node,
      Class<R> rowType,
      Class<C> columnType,
      Function<R, String> rowKey,
      Function<C, String> columnKey) {
    CountTable.Builder<R, C> builder = CountTable.builder(rowType, columnType);
    for (R row : rowType.getEnumConstants()) {
      JsonNode cells = node.path(rowKey.apply(row));
      for (C column : columnType.getEnumConstants()) {
        Long value = number(cells, columnKey.apply(column));
        if (value != null) {
          builder.put(row, column, value);
        }
      }
    }
    return builder.build();
  }

  private static String text(JsonNode node, String key) {
    JsonNode value = node.path(key);
    return value.isTextual() ? value.asText() : null;
  }

  private static Long number(JsonNode node, String key) {
    JsonNode value = node.path(key);
    return value.isIntegralNumber() ? value.longValue() : null;
  }
}
