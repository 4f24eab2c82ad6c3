package org.nianbao.bench.corpus;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * Writes a corpus of {@code n} synthetic reports as UTF-8 text files that {@code nianbao index}
 * reads, under {@code DIR/reports/}, plus {@code DIR/manifest.tsv} with what each file is (the
 * ground truth). Deterministic: the same seed and count give byte-identical files on every machine,
 * and a corpus of n is a prefix of a corpus of n + m. Files go 1,000 to a folder ({@code
 * reports/000/000123.txt}).
 */
public final class CorpusGenerator {

  /**
   * Bumped when the generated text changes, so a cached corpus of another version is regenerated.
   */
  public static final String VERSION = "2";

  private final long seed;

  public CorpusGenerator(long seed) {
    this.seed = seed;
  }

  /** A generated report and what it is. */
  public record Generated(
      int index,
      String text,
      String agency,
      int year,
      String level,
      String sector,
      String province,
      String city,
      String county,
      TableLayout layout,
      String template,
      String violations) {

    public String relativePath() {
      return String.format(Locale.ROOT, "reports/%03d/%06d.txt", index / 1000, index);
    }
  }

  public record Stats(int reports, long textBytes, long textChars) {}

  /**
   * The reports 0 … n−1. (agency, year) pairs are drawn sequentially (they must be distinct), the
   * texts in parallel, each from its own seeded random.
   */
  public List<Generated> generate(int n) {
    List<AgencyPicker.Pick> picks = picks(n);
    return IntStream.range(0, n).parallel().mapToObj(i -> write(i, picks.get(i))).toList();
  }

  /** Generates and writes {@code n} reports under {@code dir/reports}; returns their size. */
  public Stats writeTo(Path dir, int n) throws IOException {
    Files.createDirectories(dir);
    List<AgencyPicker.Pick> picks = picks(n);
    AtomicLong bytes = new AtomicLong();
    AtomicLong chars = new AtomicLong();
    // Write in slices so a million reports never sit in memory at once.
    int slice = 10_000;
    try (BufferedWriter manifest =
        Files.newBufferedWriter(dir.resolve("manifest.tsv"), StandardCharsets.UTF_8)) {
      manifest.write(
          "file\tagency\tyear\tlevel\tsector\tprovince\tcity\tcounty\tlayout\ttemplate\texpected_flags\n");
      for (int from = 0; from < n; from += slice) {
        List<Generated> reports =
            IntStream.range(from, Math.min(n, from + slice))
                .parallel()
                .mapToObj(i -> write(i, picks.get(i)))
                .peek(
                    g -> {
                      byte[] utf8 = g.text().getBytes(StandardCharsets.UTF_8);
                      bytes.addAndGet(utf8.length);
                      chars.addAndGet(g.text().length());
                      writeFile(dir.resolve(g.relativePath()), utf8);
                    })
                .toList();
        for (Generated g : reports) {
          manifest.write(
              String.join(
                  "\t",
                  g.relativePath(),
                  g.agency(),
                  Integer.toString(g.year()),
                  g.level(),
                  g.sector(),
                  nz(g.province()),
                  nz(g.city()),
                  nz(g.county()),
                  g.layout().name(),
                  g.template(),
                  g.violations()));
          manifest.write('\n');
        }
      }
    }
    return new Stats(n, bytes.get(), chars.get());
  }

  private List<AgencyPicker.Pick> picks(int n) {
    AgencyPicker picker = new AgencyPicker(Divisions.bundled());
    List<AgencyPicker.Pick> picks = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      picks.add(picker.next(new SplittableRandom(mix(seed, i, 1))));
    }
    return picks;
  }

  private Generated write(int index, AgencyPicker.Pick pick) {
    SplittableRandom random = new SplittableRandom(mix(seed, index, 2));
    Agency agency = pick.agency();
    ReportCounts counts = ReportCounts.draw(agency, random);
    // DOCX exports are the most common source, then PDF text, then HTML pages.
    TableLayout layout =
        TableLayout.values()[AgencyPicker.weighted(random, new double[] {0.40, 0.35, 0.25})];
    String text = new ReportWriter(agency, pick.year(), counts, layout, random).write();
    Divisions.Place p = agency.place();
    // The flags the checker should raise: those injected, and R7 for a report before 2019 (no
    // template tables).
    java.util.Set<ReportCounts.Violation> expected =
        java.util.EnumSet.noneOf(ReportCounts.Violation.class);
    expected.addAll(counts.violations);
    if (pick.year() < 2019) {
      // Table rules cannot fire on a report without the template tables; only a date can still be
      // wrong.
      expected.retainAll(java.util.Set.of(ReportCounts.Violation.R6));
      expected.add(ReportCounts.Violation.R7);
    }
    String violations =
        expected.isEmpty() ? "-" : String.join(",", expected.stream().map(Enum::name).toList());
    return new Generated(
        index,
        text,
        agency.name(),
        pick.year(),
        agency.level(),
        agency.sector().key(),
        p == null ? null : p.province(),
        p == null ? null : p.city(),
        p == null ? null : p.county(),
        layout,
        ReportWriter.template(pick.year()),
        violations);
  }

  private static void writeFile(Path file, byte[] bytes) {
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A well-mixed 64-bit seed for (corpus seed, report, stream): SplitMix64's finaliser. */
  static long mix(long seed, int index, int stream) {
    long z =
        seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L + stream * 0x94D049BB133111EBL;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
