package org.nianbao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.nianbao.json.ReportJson;
import org.nianbao.model.AnnualReport;
import org.nianbao.model.Flag;
import org.nianbao.model.Part;
import org.nianbao.pipeline.LoadedReport;
import org.nianbao.pipeline.RejectedFileException;
import org.nianbao.pipeline.ReportPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nianbao parse FILE... [--json]}: what the parser reads from each file. */
@Command(
    name = "parse",
    mixinStandardHelpOptions = true,
    description =
        "Parse report files into the canonical model: a readable summary, or with --json one line per file, in order: the model, or {\"source\", \"error\"} for a file that is not read or not a report.")
public final class ParseCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "Report files (text, HTML, DOCX or PDF).")
  List<Path> files;

  @Mixin JsonOption json;

  @Option(
      names = "--url",
      paramLabel = "URL",
      description =
          "The web address a single FILE was saved from: a government host is a clue to the region.")
  String url;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (url != null && files.size() != 1) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--url names the address of one FILE");
    }
    ReportPipeline pipeline = ReportPipeline.bundled();
    org.nianbao.source.PageAddresses addresses =
        url == null
            ? org.nianbao.source.PageAddresses.fromFolders()
            : org.nianbao.source.PageAddresses.withGiven(files.get(0), url);
    int failed = 0;
    for (Path file : files) {
      try {
        LoadedReport loaded = pipeline.load(file, addresses.of(file));
        if (json.on()) {
          var node = ReportJson.toJson(loaded.id(), loaded.checked());
          node.put("source", file.toString());
          out.println(node.toString());
        } else {
          printSummary(out, file, loaded);
        }
      } catch (RejectedFileException e) {
        if (json.on()) {
          // One line per file, in order, so a script can align output with input.
          out.println(
              ReportJson.mapper()
                  .createObjectNode()
                  .put("source", file.toString())
                  .put("error", e.reason()));
        }
        err.println(file + ": " + e.reason());
        failed++;
      }
    }
    out.flush();
    return failed == 0 ? ExitCodes.OK : ExitCodes.FAILED;
  }

  private static void printSummary(PrintWriter out, Path file, LoadedReport loaded) {
    AnnualReport r = loaded.checked().report();
    out.println("== " + file);
    out.println("标题  " + (r.title() == null ? "—" : r.title()));
    out.println(
        "机关  "
            + (r.agency() == null ? "—" : r.agency())
            + "    年度 "
            + (r.year() == null ? "—" : r.year())
            + "    落款 "
            + (r.published() == null ? "—" : r.published()));
    String region =
        r.region().isEmpty()
            ? "—"
            : String.join(" / ", r.region().path()) + " (" + r.region().code() + ")";
    out.println(
        "地区  "
            + region
            + "    层级 "
            + (r.level() == null ? "—" : r.level().key())
            + "    领域 "
            + (r.sector() == null ? "—" : r.sector()));
    String parts =
        java.util.Arrays.stream(Part.values())
            .map(part -> (r.parts().has(part) ? "✓" : "✗") + part.key())
            .collect(Collectors.joining(" "));
    out.println(
        "部分  "
            + parts
            + (r.parts().extra().isEmpty() ? "" : "  +" + r.parts().extra().size() + " extra"));
    out.println(
        "表格  "
            + (r.tables().active() != null ? "✓" : "✗")
            + "active "
            + (r.tables().requests() != null ? "✓" : "✗")
            + "requests "
            + (r.tables().reviewLitigation() != null ? "✓" : "✗")
            + "review_litigation");
    List<Flag> flags = loaded.checked().flags();
    out.println("勾稽  " + (flags.isEmpty() ? "无问题" : flags.size() + " 项"));
    for (Flag flag : flags) {
      out.println("  " + flag.rule().id() + "  " + flag.message());
    }
  }
}
