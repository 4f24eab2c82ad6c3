package org.nianbao.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The real {@code nianbao} command line in a child JVM, with the launcher's flags, on this JVM's
 * class path (Surefire's, which holds the modules' classes and every dependency): a process of its
 * own that a test can kill, as a user's would be.
 */
public final class CliProcess {

  /** The flags {@code ./nianbao} runs the jar with. */
  private static final List<String> LAUNCHER_FLAGS =
      List.of(
          "--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED", "-Xss4m");

  private CliProcess() {}

  /**
   * {@code java <launcher flags> <jvmOptions> -cp <this class path> org.nianbao.cli.Main <args>}.
   */
  public static ProcessBuilder command(List<String> jvmOptions, List<String> args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(LAUNCHER_FLAGS);
    cmd.addAll(jvmOptions);
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(Main.class.getName());
    cmd.addAll(args);
    return new ProcessBuilder(cmd);
  }
}
