package org.nianbao.bench.baseline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The generated corpus read back into memory for the baselines: each file's whole text and the
 * facts the manifest gives (the baselines have no parser; they filter on the ground truth).
 */
public record CorpusTexts(List<Doc> docs, long bytes, long chars) {

  public record Doc(
      String id,
      String text,
      int year,
      String province,
      String level,
      String sector,
      List<String> flags) {

    public String title() {
      int nl = text.indexOf('\n');
      return nl < 0 ? text : text.substring(0, nl);
    }
  }

  public static CorpusTexts read(Path corpus) throws IOException {
    List<String> lines = Files.readAllLines(corpus.resolve("manifest.tsv"), StandardCharsets.UTF_8);
    List<Doc> docs =
        lines.subList(1, lines.size()).parallelStream()
            .map(
                line -> {
                  String[] f = line.split("\t", -1);
                  try {
                    String text = Files.readString(corpus.resolve(f[0]), StandardCharsets.UTF_8);
                    List<String> flags = f[10].equals("-") ? List.of() : List.of(f[10].split(","));
                    return new Doc(f[0], text, Integer.parseInt(f[2]), f[5], f[3], f[4], flags);
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  }
                })
            .toList();
    long bytes = 0;
    long chars = 0;
    for (Doc d : docs) {
      bytes += d.text().getBytes(StandardCharsets.UTF_8).length;
      chars += d.text().length();
    }
    return new CorpusTexts(docs, bytes, chars);
  }
}
