package org.nianbao.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * A saved report web page as blocks: the article's lines of text in reading order, and each data
 * table as a grid of cells with its row and column spans expanded; plus what the page says about
 * itself (title, meta tags, address). Walks the tree without recursion, so no nesting depth can
 * overflow the stack.
 */
final class HtmlText {

  /** Elements that never hold report text. */
  private static final String NEVER_TEXT =
      "script, style, noscript, template, iframe, object, embed, svg, nav, select, button, input, textarea, "
          + "[hidden], [style~=(?i)display\\s*:\\s*none]";

  /**
   * Where the article body lives, most specific first: {@code #zoom} and {@code .TRS_Editor} come
   * from the TRS and Hanweb CMSes used by most government sites.
   */
  private static final List<String> ARTICLE_SELECTORS =
      List.of(
          "#zoom",
          "#UCAP-CONTENT",
          ".TRS_Editor",
          "#article",
          "#content",
          "article",
          ".article",
          ".article-content",
          ".content",
          "main",
          "[role=main]");

  /** Page chrome by id or class, dropped only when no article container was found. */
  private static final Pattern CHROME_NAME =
      Pattern.compile(
          "(?i)header|footer|nav|navbar|menu|breadcrumbs?|crumbs?|sidebar|share|copyright");

  private static final Set<String> BLOCK_TAGS =
      Set.of(
          "address",
          "article",
          "aside",
          "blockquote",
          "body",
          "caption",
          "center",
          "dd",
          "div",
          "dl",
          "dt",
          "fieldset",
          "figcaption",
          "figure",
          "footer",
          "form",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "header",
          "hr",
          "li",
          "main",
          "ol",
          "p",
          "pre",
          "section",
          "table",
          "tbody",
          "td",
          "tfoot",
          "th",
          "thead",
          "tr",
          "ul");

  private static final Pattern HTML_SPACE = Pattern.compile("[ \\t\\n\\r\\f\\u00A0]+");

  private HtmlText() {}

  /** The page's blocks and what it says about itself. */
  record Page(List<Block> blocks, PageMetadata metadata) {}

  private static final Pattern SAVED_FROM =
      Pattern.compile("saved from url=\\(\\d+\\)(\\S+?)\\s*-->");

  static Page extract(String html) {
    Document document = Jsoup.parse(html);
    PageMetadata metadata = metadata(document, html);
    document.select(NEVER_TEXT).remove();
    Element body = document.body();
    Element article = findArticle(body);
    if (article == body) {
      body.select("header, footer, aside").remove();
      body.getAllElements().stream()
          .filter(element -> element != body && isChromeByName(element))
          .toList()
          .forEach(Element::remove);
    } else {
      article.select("footer, aside").remove();
    }

    Lines lines = new Lines();
    // Sites often put the heading above the article container.
    if (article != body) {
      Element heading = body.selectFirst("h1");
      if (heading != null && !isInside(heading, article)) {
        String headingText = clean(heading.text());
        if (!headingText.isEmpty()) {
          lines.addLine(headingText);
        }
      }
    }
    render(article, lines);
    lines.endLine();
    return new Page(lines.blocks, metadata);
  }

  /**
   * The title, the named meta tags and the page's own address (canonical link, og:url, saved-from
   * comment).
   */
  private static PageMetadata metadata(Document document, String html) {
    Map<String, String> tags = new LinkedHashMap<>();
    for (Element meta : document.select("meta[name], meta[property]")) {
      String name = meta.hasAttr("name") ? meta.attr("name") : meta.attr("property");
      String content = clean(meta.attr("content"));
      if (!name.isBlank() && !content.isEmpty()) {
        tags.putIfAbsent(name.strip(), content);
      }
    }
    Optional<String> url = Optional.empty();
    Element canonical = document.selectFirst("link[rel=canonical][href]");
    if (canonical != null && canonical.attr("href").matches("(?i)https?://.+")) {
      url = Optional.of(canonical.attr("href").strip());
    } else if (tags.containsKey("og:url") && tags.get("og:url").matches("(?i)https?://.+")) {
      url = Optional.of(tags.get("og:url"));
    } else {
      Matcher savedFrom = SAVED_FROM.matcher(html.substring(0, Math.min(html.length(), 4096)));
      if (savedFrom.find() && savedFrom.group(1).matches("(?i)https?://.+")) {
        url = Optional.of(savedFrom.group(1));
      }
    }
    return new PageMetadata(clean(document.title()), tags, url);
  }

  private static Element findArticle(Element body) {
    int bodyLength = body.text().length();
    for (String selector : ARTICLE_SELECTORS) {
      Element best = null;
      for (Element candidate : body.select(selector)) {
        if (best == null || candidate.text().length() > best.text().length()) {
          best = candidate;
        }
      }
      // A "content" box holding a fraction of the page is a teaser or a sidebar, not the report.
      if (best != null && best.text().length() * 4L >= bodyLength && !best.text().isBlank()) {
        return best;
      }
    }
    return body;
  }

  private static boolean isChromeByName(Element element) {
    if (CHROME_NAME.matcher(element.id()).matches()) {
      return true;
    }
    return element.classNames().stream().anyMatch(name -> CHROME_NAME.matcher(name).matches());
  }

  private static boolean isInside(Element element, Element container) {
    for (Element parent = element; parent != null; parent = parent.parent()) {
      if (parent == container) {
        return true;
      }
    }
    return false;
  }

  /**
   * Text and blocks in document order, with {@link NodeTraversor}: iterative, whatever the depth.
   */
  private static void render(Element root, Lines lines) {
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
              lines.append(HTML_SPACE.matcher(textNode.getWholeText()).replaceAll(" "));
              return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element element)) {
              return FilterResult.CONTINUE;
            }
            String tag = element.normalName();
            if (tag.equals("br")) {
              lines.endLine();
            } else if (tag.equals("table") && isDataTable(element)) {
              lines.endLine();
              lines.addTable(table(element));
              return FilterResult.SKIP_ENTIRELY;
            } else if (tag.equals("pre")) {
              lines.endLine();
              for (String line : element.wholeText().split("\\R", -1)) {
                lines.addLine(line);
              }
              return FilterResult.SKIP_ENTIRELY;
            } else if (BLOCK_TAGS.contains(tag)) {
              lines.endLine();
            }
            return FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            if (node instanceof Element element && BLOCK_TAGS.contains(element.normalName())) {
              lines.endLine();
            }
            return FilterResult.CONTINUE;
          }
        },
        root);
  }

  /**
   * Old sites lay out whole pages with tables; only a table without tables inside is taken as a
   * data table, otherwise its cells are rendered as ordinary blocks.
   */
  private static boolean isDataTable(Element table) {
    return table.select("table").size() == 1;
  }

  /** Spans wider than this are damage, not layout (the template's widest row spans 7 columns). */
  private static final int MAX_SPAN = 64;

  /**
   * The table as a grid: a cell with rowspan or colspan fills every position it covers, so each row
   * has a cell in each column it reaches (the HTML table model).
   */
  private static TableBlock table(Element table) {
    List<List<TableBlock.Cell>> grid = new ArrayList<>();
    // column → the cell still covering it from a row above, and for how many more rows
    Map<Integer, TableBlock.Cell> coveringText = new HashMap<>();
    Map<Integer, Integer> coveringRows = new HashMap<>();
    for (Element row : table.select("tr")) {
      List<TableBlock.Cell> cells = new ArrayList<>();
      int column = 0;
      for (Element cell : row.children()) {
        String cellTag = cell.normalName();
        if (!cellTag.equals("td") && !cellTag.equals("th")) {
          continue;
        }
        column = fillCovered(cells, column, coveringText, coveringRows);
        String text = clean(cell.text());
        int colspan = span(cell, "colspan");
        int rowspan = span(cell, "rowspan");
        for (int i = 0; i < colspan; i++) {
          cells.add(new TableBlock.Cell(text, i == 0));
          if (rowspan > 1) {
            coveringText.put(column, new TableBlock.Cell(text, false));
            coveringRows.put(column, rowspan - 1);
          }
          column++;
        }
      }
      fillCovered(cells, column, coveringText, coveringRows); // trailing columns covered from above
      if (cells.stream().anyMatch(c -> !c.text().isEmpty())) {
        grid.add(cells);
      }
    }
    return new TableBlock(grid);
  }

  /**
   * Adds the cells that rows above still cover at {@code column} onwards; returns the next free
   * column.
   */
  private static int fillCovered(
      List<TableBlock.Cell> cells,
      int column,
      Map<Integer, TableBlock.Cell> coveringText,
      Map<Integer, Integer> coveringRows) {
    while (coveringRows.containsKey(column)) {
      cells.add(coveringText.get(column));
      int left = coveringRows.get(column) - 1;
      if (left <= 0) {
        coveringRows.remove(column);
        coveringText.remove(column);
      } else {
        coveringRows.put(column, left);
      }
      column++;
    }
    return column;
  }

  private static int span(Element cell, String attribute) {
    try {
      int value = Integer.parseInt(cell.attr(attribute).strip());
      return Math.max(1, Math.min(MAX_SPAN, value));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  /** Trims HTML and ideographic spaces (U+3000, the usual paragraph indent) from both ends. */
  static String clean(String text) {
    String collapsed = HTML_SPACE.matcher(text).replaceAll(" ");
    int start = 0;
    int end = collapsed.length();
    while (start < end && isTrimmable(collapsed.charAt(start))) {
      start++;
    }
    while (end > start && isTrimmable(collapsed.charAt(end - 1))) {
      end--;
    }
    return collapsed.substring(start, end);
  }

  private static boolean isTrimmable(char c) {
    return c == ' ' || c == '\u3000' || c == '\u00A0' || c == '\t';
  }

  /** Collects blocks; text is appended to the open line until a block ends it. */
  private static final class Lines {
    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder open = new StringBuilder();

    void append(String text) {
      open.append(text);
    }

    void endLine() {
      String line = clean(open.toString());
      open.setLength(0);
      if (!line.isEmpty()) {
        blocks.add(new TextBlock(line));
      }
    }

    void addLine(String line) {
      endLine();
      String cleaned = clean(line);
      if (!cleaned.isEmpty()) {
        blocks.add(new TextBlock(cleaned));
      }
    }

    void addTable(TableBlock table) {
      if (!table.rows().isEmpty()) {
        blocks.add(table);
      }
    }
  }

  /**
   * Whether decoded text is an HTML page rather than a plain-text report (for a page saved as
   * .txt).
   */
  static boolean looksLikeHtml(String text) {
    String head =
        text.substring(0, Math.min(text.length(), 4096)).stripLeading().toLowerCase(Locale.ROOT);
    if (!head.startsWith("<")) {
      return false;
    }
    return head.startsWith("<!doctype html")
        || head.contains("<html")
        || head.contains("<head")
        || head.contains("<body")
        || head.contains("<meta")
        || head.contains("<table")
        || head.contains("<div")
        || head.contains("<p>")
        || head.contains("<p ");
  }
}
