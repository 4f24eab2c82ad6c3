package org.nianbao.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The benchmark runs nianbao as {@code ./nianbao} does: the same heap per command. */
class ChildJvmTest {

  @Test
  void theDefaultHeapsAreTheLaunchers() throws Exception {
    String launcher = Files.readString(Path.of("..", "nianbao"), StandardCharsets.UTF_8);
    for (String command : List.of("serve", "index")) {
      Matcher heap =
          Pattern.compile("\\n\\s*" + command + "\\) heap=\"([^\"]*)\"").matcher(launcher);
      assertTrue(heap.find(), "the launcher sets no heap for " + command);
      assertEquals(List.of(heap.group(1)), ChildJvm.defaultHeap(command));
    }
    assertEquals(List.of(), ChildJvm.defaultHeap("search"));
  }

  @Test
  void extraOptionsComeAfterTheDefaultSoTheyWin() {
    List<String> cmd =
        ChildJvm.command(List.of("-Xmx3g"), List.of("serve", "--index", "x")).command();
    assertTrue(cmd.indexOf("-Xmx512m") < cmd.indexOf("-Xmx3g"), cmd.toString());
  }
}
