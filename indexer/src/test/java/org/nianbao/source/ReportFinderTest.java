package org.nianbao.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PATH arguments expanded into report files, on a download folder with the usual clutter. */
class ReportFinderTest {

  @TempDir Path root;

  private final ReportFinder finder = new ReportFinder();

  private Path file(String relative) throws IOException {
    Path path = root.resolve(relative);
    Files.createDirectories(path.getParent());
    return Files.writeString(path, "report");
  }

  @Test
  void expandsFoldersSkipsHiddenAndNonReportsAndReportsMissingPaths() throws Exception {
    Path top = file("2023/淄博市文化和旅游局.docx");
    Path nested = file("2023/山东/区县/张店区.pdf");
    Path page = file("2022/古县.html");
    file("2023/.hidden.txt");
    file("2023/.git/config");
    file("2023/~$淄博市文化和旅游局.docx");
    file("2022/古县_files/logo.png");
    file("2022/古县_files/main.js");
    Path missing = root.resolve("2021");

    FoundFiles found = finder.find(List.of(root.resolve("2023"), root.resolve("2022"), missing));

    // Sorted by path: 山 (U+5C71) comes before 淄 (U+6DC4).
    assertEquals(List.of(page, nested, top), found.files());
    assertEquals(
        List.of(new FoundFiles.Problem(missing, "no such file or folder")), found.problems());
  }

  @Test
  void listsAFileOnceWhenNamedTwiceOrReachedThroughALink() throws Exception {
    Path report = file("a/report.txt");
    Files.createSymbolicLink(root.resolve("a/alias.txt"), report);

    FoundFiles found =
        finder.find(List.of(root.resolve("a"), report, root.resolve("a/../a/report.txt")));

    assertEquals(List.of(report), found.files());
    assertEquals(List.of(), found.problems());
  }

  @Test
  void doesNotLoopOnALinkBackToAnAncestor() throws Exception {
    Path report = file("a/b/report.txt");
    Files.createSymbolicLink(root.resolve("a/b/up"), root.resolve("a"));

    FoundFiles found = finder.find(List.of(root.resolve("a")));

    assertEquals(List.of(report), found.files());
    assertEquals(List.of(), found.problems());
  }

  @Test
  void takesAnExplicitlyNamedFileEvenIfHidden() throws Exception {
    Path hidden = file(".report.txt");

    assertEquals(List.of(hidden), finder.find(List.of(hidden)).files());
  }

  @Test
  void reportsABrokenLink() throws Exception {
    Path link = Files.createSymbolicLink(root.resolve("dangling.pdf"), root.resolve("nowhere.pdf"));

    FoundFiles found = finder.find(List.of(link));

    assertEquals(List.of(), found.files());
    assertEquals(List.of(new FoundFiles.Problem(link, "broken symbolic link")), found.problems());
  }
}
