package org.nianbao.cli;

import picocli.CommandLine.Option;

/** {@code --json}: one JSON object per line instead of text, for scripts (the web API's shapes). */
public final class JsonOption {

  @Option(
      names = "--json",
      description = "Print JSON for machines, one object per line, in the shapes the web API uses.")
  boolean json;

  boolean on() {
    return json;
  }
}
