package org.nianbao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.nianbao.model.Flag;
import org.nianbao.pipeline.LoadedReport;
import org.nianbao.pipeline.RejectedFileException;
import org.nianbao.pipeline.ReportPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code nianbao check FILE...}: the consistency rules as a linter, for a report before it is
 * published. Exit code 1 when any rule fails or a file cannot be read as a report.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description =
        "Check reports against the consistency rules R1–R7 (R8–R11 need an index: see search --flag); exit code 1 when any rule fails.")
public final class CheckCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "Report files (text, HTML, DOCX or PDF).")
  List<Path> files;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ReportPipeline pipeline = ReportPipeline.bundled();
    int violations = 0;
    int unreadable = 0;
    for (Path file : files) {
      try {
        LoadedReport loaded = pipeline.load(file);
        List<Flag> flags = loaded.checked().flags();
        if (flags.isEmpty()) {
          out.println(file + ": ok");
        }
        for (Flag flag : flags) {
          out.println(file + ": " + flag.rule().id() + " " + flag.message());
        }
        violations += flags.size();
      } catch (RejectedFileException e) {
        err.println(file + ": " + e.reason());
        unreadable++;
      }
    }
    out.println(
        violations
            + " violation(s) in "
            + files.size()
            + " file(s)"
            + (unreadable > 0 ? ", " + unreadable + " unreadable" : ""));
    out.flush();
    return violations == 0 && unreadable == 0 ? ExitCodes.OK : ExitCodes.FAILED;
  }
}
