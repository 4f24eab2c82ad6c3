package org.nianbao.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The fuzzing harness's short run in the normal test suite: a few thousand inputs made from the
 * seeds by seeded mutations (bit flips, cut and repeated stretches, splices of two seeds, long
 * digit runs, deep nesting, stray bytes), each through {@link PipelineFuzzTest}'s checks.
 * Deterministic, so a red build is a real finding; Jazzer's coverage-guided runs go further
 * (README, "Fuzzing").
 */
class SeededMutationTest {

  private static final Path SEEDS =
      Path.of(
          "src",
          "test",
          "resources",
          "org",
          "nianbao",
          "fuzz",
          "PipelineFuzzTestInputs",
          "textAndHtml");
  private static final int MUTATIONS_PER_SEED = 150;

  @Test
  void mutatedSeedsPassEveryCheck() throws Exception {
    List<byte[]> seeds = new ArrayList<>();
    try (Stream<Path> files = Files.list(SEEDS)) {
      for (Path file : files.sorted().toList()) {
        seeds.add(Files.readAllBytes(file));
      }
    }
    Random random = new Random(20261201L);
    for (int s = 0; s < seeds.size(); s++) {
      for (int i = 0; i < MUTATIONS_PER_SEED; i++) {
        byte[] input = mutate(seeds.get(s), seeds.get(random.nextInt(seeds.size())), random);
        try {
          PipelineFuzzTest.runTextAndHtml(input);
        } catch (Throwable finding) {
          throw new AssertionError(
              "mutation " + i + " of seed " + s + " (" + input.length + " bytes): " + finding,
              finding);
        }
      }
    }
  }

  private static byte[] mutate(byte[] seed, byte[] other, Random random) throws IOException {
    byte[] bytes = seed.clone();
    return switch (random.nextInt(8)) {
      case 0 -> flipBits(bytes, random);
      case 1 -> cut(bytes, random);
      case 2 -> repeat(bytes, random);
      case 3 -> splice(bytes, other, random);
      case 4 ->
          insert(
              bytes,
              random,
              ("9".repeat(200 + random.nextInt(5_000))).getBytes(StandardCharsets.UTF_8));
      case 5 ->
          insert(
              bytes,
              random,
              ("<div>".repeat(2_000 + random.nextInt(4_000))).getBytes(StandardCharsets.UTF_8));
      case 6 -> insert(bytes, random, new byte[] {(byte) 0xFF, (byte) 0xFE, 0, (byte) 0x80});
      default ->
          insert(
              bytes,
              random,
              "\t|\t|一、本年新收政府信息公开申请数量\t"
                  .repeat(1 + random.nextInt(50))
                  .getBytes(StandardCharsets.UTF_8));
    };
  }

  private static byte[] flipBits(byte[] bytes, Random random) {
    for (int i = 0, n = 1 + random.nextInt(20); i < n && bytes.length > 0; i++) {
      int at = random.nextInt(bytes.length);
      bytes[at] ^= (byte) (1 << random.nextInt(8));
    }
    return bytes;
  }

  private static byte[] cut(byte[] bytes, Random random) {
    if (bytes.length < 2) {
      return bytes;
    }
    int from = random.nextInt(bytes.length);
    int to = Math.min(bytes.length, from + random.nextInt(bytes.length - from + 1));
    byte[] out = new byte[bytes.length - (to - from)];
    System.arraycopy(bytes, 0, out, 0, from);
    System.arraycopy(bytes, to, out, from, bytes.length - to);
    return out;
  }

  private static byte[] repeat(byte[] bytes, Random random) {
    if (bytes.length == 0) {
      return bytes;
    }
    int from = random.nextInt(bytes.length);
    int length = Math.min(bytes.length - from, 1 + random.nextInt(400));
    return insert(bytes, random, Arrays.copyOfRange(bytes, from, from + length));
  }

  private static byte[] splice(byte[] bytes, byte[] other, Random random) {
    int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
    int from = other.length == 0 ? 0 : random.nextInt(other.length);
    byte[] out = Arrays.copyOf(bytes, at + other.length - from);
    System.arraycopy(other, from, out, at, other.length - from);
    return out;
  }

  private static byte[] insert(byte[] bytes, Random random, byte[] piece) {
    int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
    byte[] out = new byte[bytes.length + piece.length];
    System.arraycopy(bytes, 0, out, 0, at);
    System.arraycopy(piece, 0, out, at, piece.length);
    System.arraycopy(bytes, at, out, at + piece.length, bytes.length - at);
    return out;
  }
}
