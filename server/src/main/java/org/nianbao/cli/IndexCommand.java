package org.nianbao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.nianbao.index.FileOutcome;
import org.nianbao.index.IndexSummary;
import org.nianbao.index.ReportIndexer;
import org.nianbao.pipeline.ReportPipeline;
import org.nianbao.source.FoundFiles;
import org.nianbao.source.PageAddresses;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code nianbao index PATH... --index DIR}: indexes report files, folders recursively. Every good
 * file is indexed even when others fail; the exit code is 1 when any file failed.
 */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description =
        "Index report files (folders recursively) into an index folder; re-indexing updates, never duplicates.")
public final class IndexCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Report files or folders.")
  List<Path> paths;

  @Mixin IndexOption indexOption;

  @Option(
      names = "--url",
      paramLabel = "URL",
      description =
          "The web address a single FILE was saved from (a government host is a clue to the region). "
              + "For a folder, put a urls.tsv beside the files: file name TAB address, one per line.")
  String url;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path index = indexOption.path();
    PageAddresses addresses = PageAddresses.fromFolders();
    if (url != null) {
      if (paths.size() != 1 || java.nio.file.Files.isDirectory(paths.get(0))) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(),
            "--url names the address of one file; for a folder put a "
                + PageAddresses.FILE_NAME
                + " beside its files");
      }
      addresses = PageAddresses.withGiven(paths.get(0), url);
    }
    String notAFolder = notAFolder(index);
    if (notAFolder != null) {
      err.println(
          "nianbao index: --index "
              + notAFolder
              + ": an index is a folder; name a new folder or one indexed before");
      return ExitCodes.USAGE;
    }
    IndexSummary summary;
    try (ReportIndexer indexer = ReportIndexer.open(index, ReportPipeline.bundled())) {
      summary = indexer.index(paths, ProgressBar.forTerminal(err), addresses);
    }
    print(summary, out);
    out.flush();
    if (summary.outcomes().isEmpty()) {
      // Nothing to index is a failed run, not a quiet success: the user pointed at the wrong place.
      String where =
          paths.stream().map(Path::toString).collect(java.util.stream.Collectors.joining(", "));
      err.println(
          "nianbao index: no report file found under "
              + where
              + " (folders are read recursively; hidden files, images, archives and scripts are skipped)");
      return ExitCodes.FAILED;
    }
    return summary.allSucceeded() ? ExitCodes.OK : ExitCodes.FAILED;
  }

  /**
   * Why {@code index} cannot be an index folder ("idx is a file, not a folder"), or null when it
   * can.
   */
  static String notAFolder(Path index) {
    Path absolute = index.toAbsolutePath().normalize();
    for (Path p = absolute; p != null; p = p.getParent()) {
      if (java.nio.file.Files.exists(p)) {
        if (java.nio.file.Files.isDirectory(p)) {
          return null;
        }
        return p.equals(absolute)
            ? index + " is a file, not a folder"
            : index + ": " + p + " is a file, not a folder";
      }
    }
    return null;
  }

  static void print(IndexSummary summary, PrintWriter out) {
    out.printf(
        java.util.Locale.ROOT,
        "indexed %d, updated %d, unchanged %d, duplicate %d, failed %d; %d reports in the index%n",
        summary.count(FileOutcome.Status.INDEXED),
        summary.count(FileOutcome.Status.UPDATED),
        summary.count(FileOutcome.Status.UNCHANGED),
        summary.count(FileOutcome.Status.DUPLICATE),
        summary.count(FileOutcome.Status.FAILED),
        summary.reportsInIndex());
    for (FoundFiles.Problem problem : summary.problems()) {
      out.println("  missing  " + problem.path() + ": " + problem.reason());
    }
    for (FileOutcome outcome : summary.outcomes()) {
      if (outcome.status() == FileOutcome.Status.FAILED
          || outcome.status() == FileOutcome.Status.DUPLICATE) {
        out.println(
            "  "
                + outcome.status().name().toLowerCase(java.util.Locale.ROOT)
                + "  "
                + outcome.path()
                + ": "
                + outcome.reason());
      }
    }
    for (FileOutcome outcome : summary.withReplacedBytes()) {
      out.println(
          "  decoded with "
              + outcome.replacedBytes()
              + " undecodable byte(s) shown as \uFFFD  "
              + outcome.path());
    }
    List<FileOutcome> byText = summary.keyedOnText();
    if (!byText.isEmpty()) {
      out.println(
          "  " + byText.size() + " report(s) keyed on their text (agency, year or place unknown):");
      for (FileOutcome outcome : byText) {
        out.println("    " + outcome.path());
      }
    }
  }
}
