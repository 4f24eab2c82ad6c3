package org.nianbao.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code nianbao} command: index, search, parse, check and serve annual reports. */
@Command(
    name = "nianbao",
    mixinStandardHelpOptions = true,
    version = "nianbao 0.1.0",
    description =
        "Search engine for China's government information-disclosure annual reports (政府信息公开工作年度报告).",
    subcommands = {
      IndexCommand.class,
      SearchCommand.class,
      ParseCommand.class,
      CheckCommand.class,
      ServeCommand.class,
      MeasureExtractionCommand.class,
      EvalCommand.class,
      StatsCommand.class,
      ExportCommand.class
    })
public final class Main {

  private Main() {}

  /** The configured command line: tests call {@code execute} on it with their own writers. */
  public static CommandLine commandLine() {
    return new CommandLine(new Main())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler(new CleanErrors());
  }

  public static void main(String[] args) {
    LogFile.configure();
    System.exit(commandLine().execute(args));
  }
}
