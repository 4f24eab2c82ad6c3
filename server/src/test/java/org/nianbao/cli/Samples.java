package org.nianbao.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** The bundled sample reports (the five seeds) and their ids, as tests refer to them. */
final class Samples {

  /** samples/ at the repository root; Surefire runs with the module folder as working directory. */
  static final Path DIR = Path.of("..", "samples").toAbsolutePath().normalize();

  static final Path ZIBO = DIR.resolve("000_fff72aa6ee55ba2a.txt");
  static final Path LIAOCHENG = DIR.resolve("001_8c8e42fb274846ab.txt");
  static final Path SUIFENHE = DIR.resolve("002_90f55beaacf573a4.txt");
  static final Path GUXIAN = DIR.resolve("003_dc7a5fd35aa49e56.txt");
  static final Path SANMENXIA = DIR.resolve("004_77873e605fc13fa1.txt");

  private Samples() {}

  static {
    if (!Files.isRegularFile(ZIBO)) {
      throw new IllegalStateException("sample reports not found under " + DIR);
    }
  }
}
