package org.nianbao.source;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * A Word (.docx) report as blocks: each line of a body paragraph is a {@link TextBlock} (empty
 * paragraphs give none), each table a {@link TableBlock} whose merged cells fill every grid
 * position they cover. Only {@code word/document.xml} is read, with the JDK's DOM parser (no POI:
 * it would add ~15 MB of jars to read one XML file).
 */
final class DocxText {

  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final String MARKUP_COMPATIBILITY =
      "http://schemas.openxmlformats.org/markup-compatibility/2006";
  private static final String DOCUMENT_ENTRY = "word/document.xml";
  static final String INVALID_PREFIX = "not a valid DOCX (zip) file: ";

  /** A zip bomb guard: real report document.xml files are a few MB at most. */
  private static final long MAX_DOCUMENT_XML_BYTES = 64L * 1024 * 1024;

  /**
   * Errors become the exception's reason; the JDK's default handler would also print them to
   * stderr.
   */
  private static final ErrorHandler QUIET =
      new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
          // recoverable and irrelevant to the text
        }

        @Override
        public void error(SAXParseException e) throws SAXParseException {
          throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXParseException {
          throw e;
        }
      };

  private DocxText() {}

  static List<Block> extract(byte[] bytes) throws UnreadableFileException {
    if (!startsWithZipHeader(bytes)) {
      throw invalid(
          isOle2(bytes) ? "this is an old Word .doc file (save it as .docx)" : "no zip header");
    }
    byte[] documentXml = readEntry(bytes);
    Document document = parse(documentXml);
    Element body =
        firstChild(document.getDocumentElement(), "body")
            .orElseThrow(() -> invalid(DOCUMENT_ENTRY + " has no w:body"));
    List<Block> blocks = new ArrayList<>();
    appendBlocks(body, blocks);
    return blocks;
  }

  static boolean startsWithZipHeader(byte[] bytes) {
    return bytes.length >= 4
        && bytes[0] == 'P'
        && bytes[1] == 'K'
        && bytes[2] == 3
        && bytes[3] == 4;
  }

  private static boolean isOle2(byte[] bytes) {
    return bytes.length >= 4
        && (bytes[0] & 0xFF) == 0xD0
        && (bytes[1] & 0xFF) == 0xCF
        && (bytes[2] & 0xFF) == 0x11
        && (bytes[3] & 0xFF) == 0xE0;
  }

  private static byte[] readEntry(byte[] bytes) throws UnreadableFileException {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        if (entry.getName().equals(DOCUMENT_ENTRY)) {
          return readLimited(zip);
        }
      }
    } catch (IOException e) {
      throw invalid(String.valueOf(e.getMessage()), e);
    }
    throw invalid("no " + DOCUMENT_ENTRY + " inside");
  }

  private static byte[] readLimited(InputStream in) throws IOException, UnreadableFileException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    int n;
    while ((n = in.read(buffer)) > 0) {
      total += n;
      if (total > MAX_DOCUMENT_XML_BYTES) {
        throw invalid(
            DOCUMENT_ENTRY + " unpacks to more than " + (MAX_DOCUMENT_XML_BYTES >> 20) + " MB");
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  private static Document parse(byte[] xml) throws UnreadableFileException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      // document.xml never has a DOCTYPE; refusing one rules out entity expansion and external
      // fetches.
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(QUIET);
      return builder.parse(new ByteArrayInputStream(xml));
    } catch (SAXException | IOException e) {
      throw invalid(DOCUMENT_ENTRY + ": " + e.getMessage(), e);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK XML parser lacks secure-processing features", e);
    }
  }

  /** Body-level content: paragraphs, tables, and content controls that wrap either. */
  private static void appendBlocks(Element container, List<Block> blocks) {
    for (Node node = container.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (!(node instanceof Element element) || !W.equals(element.getNamespaceURI())) {
        continue;
      }
      switch (element.getLocalName()) {
        case "p" -> {
          for (String line : paragraphText(element).split("\n", -1)) {
            if (!line.isBlank()) {
              blocks.add(new TextBlock(line.strip()));
            }
          }
        }
        case "tbl" -> {
          TableBlock table = table(element);
          if (!table.rows().isEmpty()) {
            blocks.add(table);
          }
        }
        case "sdt", "customXml", "sdtContent" -> appendBlocks(contentOf(element), blocks);
        default -> {
          // sectPr, bookmarks, proofing marks: no text
        }
      }
    }
  }

  /**
   * The table as a grid: a cell spanning grid columns (w:gridSpan) fills each of them, and a cell
   * continuing a vertical merge (w:vMerge without "restart") repeats the text of the merge's first
   * cell above it.
   */
  private static TableBlock table(Element table) {
    List<List<TableBlock.Cell>> rows = new ArrayList<>();
    Map<Integer, String> mergeText = new HashMap<>();
    for (Element row : children(table, "tr")) {
      List<TableBlock.Cell> cells = new ArrayList<>();
      int skipped = gridValue(firstChild(row, "trPr").orElse(null), "gridBefore");
      for (int i = 0; i < skipped; i++) {
        cells.add(new TableBlock.Cell("", true));
      }
      for (Element cell : children(row, "tc")) {
        Element properties = firstChild(cell, "tcPr").orElse(null);
        int span = Math.max(1, gridValue(properties, "gridSpan"));
        int column = cells.size();
        Optional<String> vMerge = vMerge(properties);
        String text;
        boolean origin;
        if (vMerge.isPresent() && !vMerge.get().equals("restart")) {
          text = mergeText.getOrDefault(column, "");
          origin = false;
        } else {
          List<String> lines = new ArrayList<>();
          cellLines(cell, lines);
          text = String.join("", lines);
          origin = true;
          if (vMerge.isPresent()) {
            mergeText.put(column, text);
          } else {
            mergeText.remove(column);
          }
        }
        for (int i = 0; i < span; i++) {
          cells.add(new TableBlock.Cell(text, origin && i == 0));
        }
      }
      if (cells.stream().anyMatch(c -> !c.text().isBlank())) {
        rows.add(cells);
      }
    }
    return new TableBlock(rows);
  }

  /** An integer property such as w:gridSpan w:val="3"; 0 when absent or not a number. */
  private static int gridValue(Element properties, String name) {
    if (properties == null) {
      return 0;
    }
    Optional<Element> element = firstChild(properties, name);
    if (element.isEmpty()) {
      return 0;
    }
    try {
      // A real table has a few dozen columns at most; a huge span is a damaged file.
      return Math.min(64, Integer.parseInt(element.get().getAttributeNS(W, "val").strip()));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /**
   * w:vMerge's value: "restart" for the first cell of a merge, "" for a continuation; empty when
   * none.
   */
  private static Optional<String> vMerge(Element properties) {
    if (properties == null) {
      return Optional.empty();
    }
    return firstChild(properties, "vMerge").map(e -> e.getAttributeNS(W, "val"));
  }

  /** A cell's non-empty lines; a nested table's cells become plain lines of the outer cell. */
  private static void cellLines(Element container, List<String> lines) {
    for (Node node = container.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (!(node instanceof Element element) || !W.equals(element.getNamespaceURI())) {
        continue;
      }
      switch (element.getLocalName()) {
        case "p" -> {
          for (String line : paragraphText(element).split("\n", -1)) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty()) {
              lines.add(trimmed);
            }
          }
        }
        case "tbl", "tr", "tc", "sdt", "customXml", "sdtContent" ->
            cellLines(contentOf(element), lines);
        default -> {
          // cell properties: no text
        }
      }
    }
  }

  /** A paragraph's text: w:t runs in order, w:tab as a space, w:br and w:cr as line breaks. */
  static String paragraphText(Element paragraph) {
    StringBuilder text = new StringBuilder();
    appendRunText(paragraph, text);
    return text.toString();
  }

  private static void appendRunText(Element element, StringBuilder text) {
    for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (!(node instanceof Element child)) {
        continue;
      }
      // Text boxes are stored twice, as DrawingML and as a VML fallback: read only the first.
      if (MARKUP_COMPATIBILITY.equals(child.getNamespaceURI())
          && "Fallback".equals(child.getLocalName())) {
        continue;
      }
      if (W.equals(child.getNamespaceURI())) {
        switch (child.getLocalName()) {
          case "t" -> {
            // A literal TAB would make a body line look like a table cell to the parser.
            text.append(child.getTextContent().replace('\t', ' '));
            continue;
          }
          case "tab", "ptab" -> {
            text.append(' ');
            continue;
          }
          case "br", "cr" -> {
            text.append('\n');
            continue;
          }
          case "noBreakHyphen" -> {
            text.append('-');
            continue;
          }
          // Deleted revisions, field codes and paragraph/run properties are not visible text.
          case "del", "delText", "instrText", "pPr", "rPr" -> {
            continue;
          }
          default -> {
            // runs, hyperlinks, fields, insertions: descend
          }
        }
      }
      appendRunText(child, text);
    }
  }

  private static Element contentOf(Element element) {
    if ("sdt".equals(element.getLocalName())) {
      return firstChild(element, "sdtContent").orElse(element);
    }
    return element;
  }

  private static Optional<Element> firstChild(Element parent, String localName) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element
          && W.equals(element.getNamespaceURI())
          && localName.equals(element.getLocalName())) {
        return Optional.of(element);
      }
    }
    return Optional.empty();
  }

  /** Direct children named {@code localName}, looking through content controls and custom XML. */
  private static List<Element> children(Element parent, String localName) {
    List<Element> found = new ArrayList<>();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (!(node instanceof Element element) || !W.equals(element.getNamespaceURI())) {
        continue;
      }
      if (localName.equals(element.getLocalName())) {
        found.add(element);
      } else if (element.getLocalName().equals("sdt")
          || element.getLocalName().equals("customXml")) {
        found.addAll(children(contentOf(element), localName));
      }
    }
    return found;
  }

  private static UnreadableFileException invalid(String detail) {
    return new UnreadableFileException(
        UnreadableFileException.Kind.INVALID_DOCX, INVALID_PREFIX + detail);
  }

  private static UnreadableFileException invalid(String detail, Throwable cause) {
    return new UnreadableFileException(
        UnreadableFileException.Kind.INVALID_DOCX, INVALID_PREFIX + detail, cause);
  }
}
