package org.nianbao.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The bundled traditional → simplified table is exactly ICU's one-to-one part of the
 * Traditional-Simplified transform. Run with {@code -Dnianbao.regenerate=true} after an ICU upgrade
 * to rewrite it.
 */
class TraditionalToSimplifiedTest {

  private static final int[][] BLOCKS = {{0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xF900, 0xFAFF}};

  @Test
  void theBundledTableIsIcusOneToOnePart() throws IOException {
    String expected = fromIcu();
    if (Boolean.getBoolean("nianbao.regenerate")) {
      Path file =
          Path.of(
              "src/main/resources/org/nianbao/schema",
              TextNormalizer.TraditionalToSimplified.RESOURCE);
      String header =
          Files.readAllLines(file, StandardCharsets.UTF_8).stream()
              .filter(l -> l.startsWith("#"))
              .collect(Collectors.joining("\n"));
      Files.writeString(file, header + "\n" + expected + "\n", StandardCharsets.UTF_8);
    }
    assertEquals(expected, bundled());
  }

  private static String fromIcu() {
    Transliterator t2s = Transliterator.getInstance("Traditional-Simplified");
    StringBuilder out = new StringBuilder();
    int pairs = 0;
    for (int[] block : BLOCKS) {
      for (int c = block[0]; c <= block[1]; c++) {
        String from = String.valueOf((char) c);
        String to = t2s.transliterate(from);
        if (to.length() == 1 && !to.equals(from)) {
          out.append(from).append(to);
          if (++pairs % 40 == 0) {
            out.append('\n');
          }
        }
      }
    }
    return out.toString().strip();
  }

  private static String bundled() throws IOException {
    try (InputStream in =
        TextNormalizer.class.getResourceAsStream(TextNormalizer.TraditionalToSimplified.RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(l -> !l.startsWith("#"))
          .collect(Collectors.joining("\n"))
          .strip();
    }
  }
}
