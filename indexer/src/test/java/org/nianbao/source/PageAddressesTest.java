package org.nianbao.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageAddressesTest {

  @TempDir Path dir;

  @Test
  void aFoldersUrlsTsvGivesEachFileItsAddress() throws Exception {
    Files.writeString(
        dir.resolve("urls.tsv"),
        String.join(
            "\n",
            "# file\turl",
            "001.txt\thttp://www.fjtn.gov.cn/zfxxgkzl/t20230116_1873504.htm",
            "002 report.html\thttps://www.ningxian.gov.cn/zwgk/content_23153",
            "003.txt\tnot an address",
            ""),
        StandardCharsets.UTF_8);
    PageAddresses addresses = PageAddresses.fromFolders();

    assertEquals(
        Optional.of("http://www.fjtn.gov.cn/zfxxgkzl/t20230116_1873504.htm"),
        addresses.of(dir.resolve("001.txt")));
    assertEquals(
        Optional.of("https://www.ningxian.gov.cn/zwgk/content_23153"),
        addresses.of(dir.resolve("002 report.html")));
    assertEquals(
        Optional.empty(),
        addresses.of(dir.resolve("003.txt")),
        "a line without an address gives none");
    assertEquals(Optional.empty(), addresses.of(dir.resolve("004.txt")));
    assertEquals(
        Optional.empty(),
        addresses.of(dir.resolve("sub").resolve("001.txt")),
        "each folder has its own list");
  }

  @Test
  void anAddressGivenForOneFileWins() throws Exception {
    Files.writeString(
        dir.resolve("urls.tsv"), "a.txt\thttp://www.a.gov.cn/1.htm\n", StandardCharsets.UTF_8);

    PageAddresses addresses =
        PageAddresses.withGiven(dir.resolve("a.txt"), "http://www.dayao.gov.cn/2.htm");

    assertEquals(Optional.of("http://www.dayao.gov.cn/2.htm"), addresses.of(dir.resolve("a.txt")));
  }
}
