package org.nianbao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.nianbao.pipeline.ReportPipeline;
import org.nianbao.quality.ExtractionQuality;
import org.nianbao.quality.LabelledReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code nianbao measure-extraction FOLDER...}: metadata extraction against labelled real reports.
 */
@Command(
    name = "measure-extraction",
    mixinStandardHelpOptions = true,
    description =
        "Parse the labelled reports of each FOLDER (its labels.jsonl) and print, per field, the share equal to the labels, and every miss.")
public final class MeasureExtractionCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "FOLDER",
      description = "Folders holding report files and a labels.jsonl.")
  List<Path> folders;

  @picocli.CommandLine.Option(
      names = "--record",
      paramLabel = "FILE",
      description =
          "Also write the figures as JSON to FILE (the repo keeps corpus/dev/extraction-quality.json; a test compares with it).")
  Path record;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    List<LabelledReport> labels = ExtractionQuality.labels(folders);
    long start = System.nanoTime();
    ExtractionQuality.Result result =
        new ExtractionQuality(ReportPipeline.bundled()).measure(labels);
    double seconds = (System.nanoTime() - start) / 1e9;
    out.printf(
        Locale.ROOT,
        "%d labelled reports, %d rejected, parsed in %.1f s%n",
        labels.size(),
        result.rejected().size(),
        seconds);
    out.println("field       right/total  share   (scored: * )");
    for (ExtractionQuality.Field field : ExtractionQuality.Field.values()) {
      int[] c = result.counts().get(field);
      out.printf(
          Locale.ROOT,
          "%-10s %s %4d/%-4d  %.3f%n",
          field.name().toLowerCase(Locale.ROOT),
          field.scored() ? "*" : " ",
          c[0],
          c[1],
          result.share(field));
    }
    out.printf(Locale.ROOT, "scored fields: %.4f%n", result.scoredShare());
    for (String rejected : result.rejected()) {
      out.println("rejected  " + rejected);
    }
    for (ExtractionQuality.Miss miss : result.misses()) {
      out.printf(
          Locale.ROOT,
          "miss  %s  %s  expected %s  got %s%n",
          miss.file().getParent().getFileName() + "/" + miss.file().getFileName(),
          miss.field().name().toLowerCase(Locale.ROOT),
          miss.expected(),
          miss.actual());
    }
    if (record != null) {
      String command =
          "nianbao measure-extraction "
              + String.join(" ", folders.stream().map(Path::toString).toList())
              + " --record "
              + record;
      java.nio.file.Files.writeString(
          record,
          ExtractionQuality.toJson(result, command),
          java.nio.charset.StandardCharsets.UTF_8);
      out.println("recorded in " + record);
    }
    out.flush();
    return ExitCodes.OK;
  }
}
