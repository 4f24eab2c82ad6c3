package org.nianbao.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nianbao.source.Grids.line;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DOCX files built here with java.util.zip, read into lines and tables as grids. */
class DocxTextTest {

  private static final String CONTENT_TYPES =
      """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
              <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
              <Default Extension="xml" ContentType="application/xml"/>
              <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
            </Types>
            """;

  @TempDir Path folder;

  private final ReportFileReader reader = new ReportFileReader();

  static String body(String content) {
    return """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>"""
        + content
        + "<w:sectPr/></w:body></w:document>";
  }

  static byte[] docx(String documentXml) throws IOException {
    return zip("[Content_Types].xml", CONTENT_TYPES, "word/document.xml", documentXml);
  }

  private static byte[] zip(String... namesAndContents) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (int i = 0; i < namesAndContents.length; i += 2) {
        zip.putNextEntry(new ZipEntry(namesAndContents[i]));
        zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  private static String cell(String... paragraphs) {
    StringBuilder xml =
        new StringBuilder("<w:tc><w:tcPr><w:tcW w:w=\"1000\" w:type=\"dxa\"/></w:tcPr>");
    for (String paragraph : paragraphs) {
      xml.append("<w:p><w:r><w:t xml:space=\"preserve\">")
          .append(paragraph)
          .append("</w:t></w:r></w:p>");
    }
    return xml.append("</w:tc>").toString();
  }

  private static String run(String text) {
    return "<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
  }

  @Test
  void readsParagraphsAndATableInTheSeedLayout() throws Exception {
    String xml =
        body(
            "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>"
                + run("二、主动公开")
                + run("政府信息情况")
                + "</w:p>"
                + "<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"
                + "<w:tr>"
                + cell("信息内容")
                + cell("本年新", "制发件数")
                + cell("现行有效件数")
                + "</w:tr>"
                + "<w:tr>"
                + cell("规章")
                + cell()
                + "<w:tc><w:p>"
                + run("1")
                + "<w:r><w:br/></w:r>"
                + run("件")
                + "</w:p><w:p/></w:tc></w:tr>"
                + "</w:tbl>"
                + "<w:p>"
                + run("三、收到和处理")
                + "<w:r><w:tab/></w:r>"
                + run("申请情况")
                + "</w:p>"
                + "<w:p/>"
                + "<w:p>"
                + run("全年")
                + "<w:del><w:r><w:delText>删去</w:delText></w:r></w:del>"
                + "<w:ins><w:r><w:t>新增</w:t></w:r></w:ins></w:p>");

    ReportFile file = reader.read(Files.write(folder.resolve("report.docx"), docx(xml)));

    assertEquals(
        List.of(
            line("二、主动公开政府信息情况"),
            Grids.table("信息内容¦本年新制发件数¦现行有效件数", "规章¦¦1件"),
            line("三、收到和处理 申请情况"),
            line("全年新增")),
        file.blocks());
    assertEquals("docx", file.format());
  }

  @Test
  void readsContentControlsAroundParagraphsAndRows() throws Exception {
    String xml =
        body(
            "<w:sdt><w:sdtPr/><w:sdtContent><w:p>"
                + run("标题")
                + "</w:p></w:sdtContent></w:sdt>"
                + "<w:tbl><w:sdt><w:sdtContent><w:tr>"
                + cell("甲")
                + cell("乙")
                + "</w:tr></w:sdtContent></w:sdt></w:tbl>");

    assertEquals(List.of(line("标题"), Grids.table("甲¦乙")), DocxText.extract(docx(xml)));
  }

  @Test
  void findsADocxSavedWithoutExtensionByItsZipHeader() throws Exception {
    Path path =
        Files.write(folder.resolve("download"), docx(body("<w:p>" + run("年度报告") + "</w:p>")));

    ReportFile file = reader.read(path);

    assertEquals("docx", file.format());
    assertEquals(List.of(line("年度报告")), file.blocks());
  }

  @Test
  void rejectsADocxThatIsNotAZip() throws Exception {
    Path path =
        Files.write(folder.resolve("report.docx"), "just text".getBytes(StandardCharsets.UTF_8));

    UnreadableFileException e =
        assertThrows(UnreadableFileException.class, () -> reader.read(path));

    assertEquals("not a valid DOCX (zip) file: no zip header", e.reason());
    assertEquals(UnreadableFileException.Kind.INVALID_DOCX, e.kind());
  }

  @Test
  void namesAnOldWordDocRenamedToDocx() throws Exception {
    byte[] ole2 = {
      (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    Path path = Files.write(folder.resolve("report.docx"), ole2);

    assertEquals(
        "not a valid DOCX (zip) file: this is an old Word .doc file (save it as .docx)",
        assertThrows(UnreadableFileException.class, () -> reader.read(path)).reason());
  }

  @Test
  void rejectsAZipWithoutWordDocument() throws Exception {
    Path path =
        Files.write(folder.resolve("report.docx"), zip("[Content_Types].xml", CONTENT_TYPES));

    assertEquals(
        "not a valid DOCX (zip) file: no word/document.xml inside",
        assertThrows(UnreadableFileException.class, () -> reader.read(path)).reason());
  }

  @Test
  void refusesADoctypeSoNoEntityIsExpanded() throws Exception {
    String xml =
        "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + "<w:document xmlns:w=\""
            + DocxText.W
            + "\"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>";
    Path path = Files.write(folder.resolve("evil.docx"), docx(xml));

    UnreadableFileException e =
        assertThrows(UnreadableFileException.class, () -> reader.read(path));

    assertTrue(
        e.reason().startsWith("not a valid DOCX (zip) file: word/document.xml: "), e.reason());
  }

  @Test
  void rejectsADocxWithOnlyEmptyParagraphs() throws Exception {
    Path path = Files.write(folder.resolve("blank.docx"), docx(body("<w:p/><w:p/>")));

    UnreadableFileException e =
        assertThrows(UnreadableFileException.class, () -> reader.read(path));

    assertEquals("no text in the DOCX document", e.reason());
    assertEquals(UnreadableFileException.Kind.NO_TEXT, e.kind());
  }

  @Test
  void mergedCellsFillEveryGridPositionTheyCover() throws Exception {
    String span =
        "<w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr><w:p>" + run("行政许可") + "</w:p></w:tc>";
    String restart =
        "<w:tc><w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr><w:p>"
            + run("三、本年度办理结果")
            + "</w:p></w:tc>";
    String continued = "<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>";
    String xml =
        body(
            "<w:tbl>"
                + "<w:tr>"
                + span
                + cell("9")
                + "</w:tr>"
                + "<w:tr>"
                + restart
                + cell("（一）予以公开")
                + cell("3")
                + "</w:tr>"
                + "<w:tr>"
                + continued
                + cell("（二）部分公开")
                + cell("1")
                + "</w:tr>"
                + "</w:tbl>");

    assertEquals(
        List.of(Grids.table("行政许可¦~行政许可¦9", "三、本年度办理结果¦（一）予以公开¦3", "~三、本年度办理结果¦（二）部分公开¦1")),
        DocxText.extract(docx(xml)));
  }
}
