package org.nianbao.pipeline;

import java.nio.file.Path;

/** What loading one file gave: a checked report, or the typed reason there is none. */
public sealed interface FileLoad permits FileLoad.Loaded, FileLoad.Rejected {

  Path path();

  /** The file gave a report. */
  record Loaded(LoadedReport report) implements FileLoad {

    @Override
    public Path path() {
      return report.file().path();
    }
  }

  /** The file gave none; the exception keeps the kind, the reason and the cause. */
  record Rejected(RejectedFileException rejection) implements FileLoad {

    @Override
    public Path path() {
      return rejection.path();
    }

    public String reason() {
      return rejection.reason();
    }
  }
}
