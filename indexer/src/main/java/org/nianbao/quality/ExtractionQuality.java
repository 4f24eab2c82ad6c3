package org.nianbao.quality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.nianbao.model.AnnualReport;
import org.nianbao.pipeline.LoadedReport;
import org.nianbao.pipeline.RejectedFileException;
import org.nianbao.pipeline.ReportPipeline;

/**
 * Measures metadata extraction against labelled real reports: every labelled file is parsed as
 * {@code nianbao index} would (with the page's address, as a user's {@code urls.tsv} gives it), and
 * each field is compared with the label. The scored fields are the ones the issue names (agency,
 * year, province, city, county, level); published, sector and format are reported beside them.
 */
public final class ExtractionQuality {

  /** A compared field and how to read it from a label and from a parsed report. */
  public enum Field {
    AGENCY(true, LabelledReport::agency, AnnualReport::agency),
    YEAR(
        true,
        l -> l.year() == null ? null : l.year().toString(),
        r -> r.year() == null ? null : r.year().toString()),
    PROVINCE(true, LabelledReport::province, r -> r.region().province()),
    CITY(true, LabelledReport::city, r -> r.region().city()),
    COUNTY(true, LabelledReport::county, r -> r.region().county()),
    LEVEL(true, LabelledReport::level, r -> r.level() == null ? null : r.level().key()),
    PUBLISHED(
        false,
        LabelledReport::published,
        r -> r.published() == null ? null : r.published().toString()),
    SECTOR(false, LabelledReport::sector, AnnualReport::sector),
    FORMAT(
        false,
        l -> l.format() == null ? null : l.format().replace("template", ""),
        r -> r.format() == null ? null : r.format().key());

    private final boolean scored;
    private final Function<LabelledReport, String> expected;
    private final Function<AnnualReport, String> actual;

    Field(
        boolean scored,
        Function<LabelledReport, String> expected,
        Function<AnnualReport, String> actual) {
      this.scored = scored;
      this.expected = expected;
      this.actual = actual;
    }

    public boolean scored() {
      return scored;
    }
  }

  /** A field that differs from its label (or a report that was rejected). */
  public record Miss(Path file, Field field, String expected, String actual) {}

  /** The figures: per field, how many of how many are right; the misses; the rejected files. */
  public record Result(Map<Field, int[]> counts, List<Miss> misses, List<String> rejected) {

    /**
     * The share of scored fields equal to their labels, over every labelled file (a rejected file
     * misses all).
     */
    public double scoredShare() {
      int right = 0;
      int total = 0;
      for (Map.Entry<Field, int[]> e : counts.entrySet()) {
        if (e.getKey().scored()) {
          right += e.getValue()[0];
          total += e.getValue()[1];
        }
      }
      return total == 0 ? 0 : right / (double) total;
    }

    public double share(Field field) {
      int[] c = counts.get(field);
      return c[1] == 0 ? 0 : c[0] / (double) c[1];
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The figures as JSON, kept in the repo so that a test can fail when extraction gets worse. */
  public static String toJson(Result result, String command) {
    var root = JSON.createObjectNode();
    root.put("command", command);
    root.put("scored_share", Math.round(result.scoredShare() * 10_000) / 10_000.0);
    var fields = root.putObject("fields");
    for (Field field : Field.values()) {
      int[] c = result.counts().get(field);
      fields
          .putObject(field.name().toLowerCase(java.util.Locale.ROOT))
          .put("right", c[0])
          .put("total", c[1])
          .put("scored", field.scored());
    }
    var misses = root.putArray("misses");
    for (Miss miss : result.misses()) {
      misses
          .addObject()
          .put("file", miss.file().getParent().getFileName() + "/" + miss.file().getFileName())
          .put("field", miss.field().name().toLowerCase(java.util.Locale.ROOT))
          .put("expected", miss.expected())
          .put("actual", miss.actual());
    }
    root.putArray("rejected")
        .addAll(result.rejected().stream().map(JSON.getNodeFactory()::textNode).toList());
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The recorded right count of each field, from a file {@link #toJson} wrote. */
  public static Map<Field, Integer> recordedRight(String json) throws IOException {
    Map<Field, Integer> right = new EnumMap<>(Field.class);
    JsonNode fields = JSON.readTree(json).path("fields");
    for (Field field : Field.values()) {
      JsonNode node = fields.path(field.name().toLowerCase(java.util.Locale.ROOT));
      if (node.has("right")) {
        right.put(field, node.get("right").asInt());
      }
    }
    return right;
  }

  private final ReportPipeline pipeline;

  public ExtractionQuality(ReportPipeline pipeline) {
    this.pipeline = pipeline;
  }

  /**
   * Reads {@code labels.jsonl} in each folder (one JSON object per line, with a {@code file} key).
   */
  public static List<LabelledReport> labels(List<Path> folders) throws IOException {
    List<LabelledReport> labels = new ArrayList<>();
    for (Path folder : folders) {
      for (String line :
          Files.readAllLines(folder.resolve("labels.jsonl"), StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          JsonNode label = JSON.readTree(line);
          labels.add(LabelledReport.of(folder, label));
        }
      }
    }
    return labels;
  }

  public Result measure(List<LabelledReport> labelled) {
    Map<Field, int[]> counts = new EnumMap<>(Field.class);
    for (Field field : Field.values()) {
      counts.put(field, new int[2]);
    }
    List<Miss> misses = new ArrayList<>();
    List<String> rejected = new ArrayList<>();
    for (LabelledReport label : labelled) {
      AnnualReport report = null;
      try {
        LoadedReport loaded = pipeline.load(label.file(), label.url());
        report = loaded.checked().report();
      } catch (RejectedFileException e) {
        rejected.add(label.file().getFileName() + ": " + e.reason());
      }
      for (Field field : Field.values()) {
        if (!label.labels(field.name().toLowerCase(java.util.Locale.ROOT))) {
          continue; // the excerpts' labels give no format
        }
        String expected = field.expected.apply(label);
        String actual = report == null ? "(rejected)" : field.actual.apply(report);
        boolean right = Objects.equals(expected, actual);
        counts.get(field)[0] += right ? 1 : 0;
        counts.get(field)[1]++;
        if (!right) {
          misses.add(new Miss(label.file(), field, expected, actual));
        }
      }
    }
    return new Result(counts, misses, rejected);
  }
}
