package org.nianbao.bench.load;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the real nianbao CLI ({@code org.nianbao.cli.Main}) in a child JVM with the launcher's
 * flags, on this JVM's class path (which holds nianbao.jar, or the modules' classes under Maven). A
 * child of its own, so its RSS and heap are the product's, not the load driver's, and its JVM
 * options (heap, JFR) can be set apart.
 */
public final class ChildJvm {

  /** The flags {@code ./nianbao} runs the jar with. */
  static final List<String> LAUNCHER_FLAGS =
      List.of(
          "--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED", "-Xss4m");

  private ChildJvm() {}

  /**
   * The heap {@code ./nianbao} gives a command by default (see the launcher's comment); extra
   * options come after and win.
   */
  static List<String> defaultHeap(String command) {
    return switch (command) {
      case "serve" -> List.of("-Xmx512m");
      case "index" -> List.of("-Xmx2g");
      default -> List.of();
    };
  }

  public static ProcessBuilder command(List<String> extraJvmOptions, List<String> cliArgs) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(LAUNCHER_FLAGS);
    cmd.addAll(cliArgs.isEmpty() ? List.of() : defaultHeap(cliArgs.get(0)));
    cmd.addAll(extraJvmOptions);
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add("org.nianbao.cli.Main");
    cmd.addAll(cliArgs);
    return new ProcessBuilder(cmd);
  }

  /** Splits "-Xmx2g -XX:+UseZGC" on spaces (options with spaces inside are not supported). */
  public static List<String> split(String options) {
    return options == null || options.isBlank()
        ? List.of()
        : List.of(options.strip().split("\\s+"));
  }

  /** Heap in use (MB) of a running JVM, from {@code jcmd PID GC.heap_info}; −1 when unavailable. */
  public static double heapUsedMb(long pid) {
    return heapUsedMb(pid, false);
  }

  /** Heap in use (MB) after a full collection ({@code jcmd PID GC.run} first): the live set. */
  public static double heapLiveMb(long pid) {
    return heapUsedMb(pid, true);
  }

  private static double heapUsedMb(long pid, boolean collectFirst) {
    try {
      if (collectFirst) {
        jcmd(pid, "GC.run").waitFor();
      }
      Process p = jcmd(pid, "GC.heap_info");
      String out =
          new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      p.waitFor();
      // "garbage-first heap   total reserved 6291456K, committed 262144K, used 123456K [...]"
      var m = java.util.regex.Pattern.compile("used (\\d+)K").matcher(out);
      return m.find() ? Long.parseLong(m.group(1)) / 1024.0 : -1;
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  private static Process jcmd(long pid, String command) throws IOException {
    return new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
            Long.toString(pid),
            command)
        .redirectErrorStream(true)
        .start();
  }
}
