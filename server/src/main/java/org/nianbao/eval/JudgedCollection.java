package org.nianbao.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The judged documents: repo-relative paths (from {@code corpus.txt}) under a root folder.
 * Documents are named by path everywhere in the harness, never by report id.
 */
public record JudgedCollection(Path root, List<String> docs) {

  public JudgedCollection {
    docs = List.copyOf(docs);
  }

  public static JudgedCollection load(Path root, Path corpusFile) throws IOException {
    List<String> docs =
        Files.readAllLines(corpusFile, StandardCharsets.UTF_8).stream()
            .map(String::strip)
            .filter(l -> !l.isEmpty() && !l.startsWith("#"))
            .toList();
    return new JudgedCollection(root, docs);
  }

  public Path file(String doc) {
    return root.resolve(doc);
  }
}
