package org.nianbao.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.nianbao.check.ConsistencyChecker;
import org.nianbao.extract.NotAReportException;
import org.nianbao.extract.ReportParser;
import org.nianbao.model.AnnualReport;
import org.nianbao.model.CheckedReport;
import org.nianbao.source.Deadline;
import org.nianbao.source.ReportFile;
import org.nianbao.source.ReportFileReader;
import org.nianbao.source.UnreadableFileException;

/** File → text → canonical model → consistency flags. Thread-safe; build one and share it. */
public final class ReportPipeline {

  /**
   * Bumped whenever parsing or checking changes what a file yields, so that re-indexing re-parses
   * files whose bytes did not change.
   */
  public static final String VERSION = "5";

  private static final Logger LOG = Logger.getLogger(ReportPipeline.class.getName());

  /** The time one file may take to be read and parsed (see {@link Deadline}). */
  public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(30);

  private final ReportFileReader reader;
  private final ReportParser parser;
  private final ConsistencyChecker checker;

  private final Duration budget;

  public ReportPipeline(ReportFileReader reader, ReportParser parser, ConsistencyChecker checker) {
    this(reader, parser, checker, DEFAULT_BUDGET);
  }

  public ReportPipeline(
      ReportFileReader reader, ReportParser parser, ConsistencyChecker checker, Duration budget) {
    this.budget = budget;
    this.reader = reader;
    this.parser = parser;
    this.checker = checker;
  }

  /** The bundled gazetteer and the default size limit. */
  public static ReportPipeline bundled() {
    return new ReportPipeline(
        new ReportFileReader(), ReportParser.bundled(), new ConsistencyChecker());
  }

  public LoadedReport load(Path path) throws RejectedFileException {
    return load(path, Optional.empty());
  }

  /**
   * Loads a file whose web address the caller knows (a saved page's URL from {@code --url} or a
   * folder's {@code urls.tsv}); an address the page itself gives is used when the caller has none.
   */
  public LoadedReport load(Path path, Optional<String> url) throws RejectedFileException {
    try {
      return Deadline.within(budget, () -> loadNow(path, url));
    } catch (Deadline.Exceeded e) {
      throw new RejectedFileException(path, RejectedFileException.Kind.TOO_SLOW, e.getMessage(), e);
    } catch (RuntimeException | StackOverflowError | LinkageError | AssertionError bug) {
      // A bug met on one file is that file's failure, never the run's: the user gets a reason, the
      // log gets the stack trace. (Out of memory and other VM errors still end the run.)
      LOG.log(Level.WARNING, "internal error while reading " + path, bug);
      throw new RejectedFileException(
          path,
          RejectedFileException.Kind.INTERNAL_ERROR,
          "could not be parsed: an internal error ("
              + bug.getClass().getSimpleName()
              + "); the details are in the log (~/.nianbao/nianbao.log)",
          bug);
    }
  }

  /** Loads a file without throwing: what a run over many files wants. */
  public FileLoad tryLoad(Path path, Optional<String> url) {
    try {
      return new FileLoad.Loaded(load(path, url));
    } catch (RejectedFileException e) {
      return new FileLoad.Rejected(e);
    }
  }

  private LoadedReport loadNow(Path path, Optional<String> url) throws RejectedFileException {
    ReportFile file;
    try {
      file = reader.read(path);
    } catch (UnreadableFileException e) {
      throw new RejectedFileException(path, RejectedFileException.Kind.UNREADABLE, e.reason(), e);
    }
    if (url.isPresent()) {
      file = file.withUrl(url.get());
    }
    try {
      AnnualReport report = parser.parse(file);
      return new LoadedReport(file, new CheckedReport(report, checker.check(report)));
    } catch (NotAReportException e) {
      throw new RejectedFileException(
          path, RejectedFileException.Kind.NOT_A_REPORT, e.getMessage(), e);
    }
  }
}
