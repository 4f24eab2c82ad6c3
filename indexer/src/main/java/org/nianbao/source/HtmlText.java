package org.nianbao.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * A saved report web page as text: the page title, then the article's blocks one per line, each
 * data table row as one line of {@code |}-joined cells (cells as they appear in the row, spans not
 * expanded), e.g. {@code 一、本年新收政府信息公开申请数量|5|0|0|0|0|0|5}.
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
    private static final List<String> ARTICLE_SELECTORS = List.of(
            "#zoom", "#UCAP-CONTENT", ".TRS_Editor", "#article", "#content", "article", ".article",
            ".article-content", ".content", "main", "[role=main]");

    /** Page chrome by id or class, dropped only when no article container was found. */
    private static final Pattern CHROME_NAME = Pattern.compile(
            "(?i)header|footer|nav|navbar|menu|breadcrumbs?|crumbs?|sidebar|share|copyright");

    private static final Set<String> BLOCK_TAGS = Set.of(
            "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "div", "dl", "dt",
            "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
            "hr", "li", "main", "ol", "p", "pre", "section", "table", "tbody", "td", "tfoot", "th", "thead",
            "tr", "ul");

    private static final Pattern HTML_SPACE = Pattern.compile("[ \\t\\n\\r\\f\\u00A0]+");

    private HtmlText() {
    }

    static String extract(String html) {
        Document document = Jsoup.parse(html);
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
        String title = clean(document.title());
        if (!title.isEmpty()) {
            lines.addLine(title);
        }
        // Sites often put the heading above the article container.
        if (article != body) {
            Element heading = body.selectFirst("h1");
            if (heading != null && !isInside(heading, article)) {
                String headingText = clean(heading.text());
                if (!headingText.isEmpty() && !headingText.equals(title)) {
                    lines.addLine(headingText);
                }
            }
        }
        render(article, lines);
        lines.endLine();
        return lines.text();
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

    private static void render(Node node, Lines lines) {
        if (node instanceof TextNode textNode) {
            lines.append(HTML_SPACE.matcher(textNode.getWholeText()).replaceAll(" "));
            return;
        }
        if (!(node instanceof Element element)) {
            return;
        }
        String tag = element.normalName();
        if (tag.equals("br")) {
            lines.endLine();
            return;
        }
        if (tag.equals("table") && isDataTable(element)) {
            lines.endLine();
            renderTable(element, lines);
            return;
        }
        if (tag.equals("pre")) {
            lines.endLine();
            for (String line : element.wholeText().split("\\R", -1)) {
                lines.addLine(line);
            }
            return;
        }
        boolean block = BLOCK_TAGS.contains(tag);
        if (block) {
            lines.endLine();
        }
        for (Node child : element.childNodes()) {
            render(child, lines);
        }
        if (block) {
            lines.endLine();
        }
    }

    /**
     * Old sites lay out whole pages with tables; only a table without tables inside is taken as a
     * data table, otherwise its cells are rendered as ordinary blocks.
     */
    private static boolean isDataTable(Element table) {
        return table.select("table").size() == 1;
    }

    private static void renderTable(Element table, Lines lines) {
        for (Element row : table.select("tr")) {
            List<String> cells = new ArrayList<>();
            boolean anyText = false;
            for (Element cell : row.children()) {
                String cellTag = cell.normalName();
                if (!cellTag.equals("td") && !cellTag.equals("th")) {
                    continue;
                }
                // A '|' inside a cell would split it in two for the parser; the full-width bar keeps the meaning.
                String text = clean(cellText(cell)).replace('|', '｜');
                anyText |= !text.isEmpty();
                cells.add(text);
            }
            if (anyText) {
                lines.addLine(String.join("|", cells));
            }
        }
    }

    /** A cell's text with its own line breaks and blocks as single spaces. */
    private static String cellText(Element cell) {
        Lines cellLines = new Lines();
        for (Node child : cell.childNodes()) {
            render(child, cellLines);
        }
        cellLines.endLine();
        return String.join(" ", cellLines.lines);
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

    /** Collects non-empty lines; text is appended to the open line until a block ends it. */
    private static final class Lines {
        private final List<String> lines = new ArrayList<>();
        private final StringBuilder open = new StringBuilder();

        void append(String text) {
            open.append(text);
        }

        void endLine() {
            String line = clean(open.toString());
            open.setLength(0);
            if (!line.isEmpty()) {
                lines.add(line);
            }
        }

        void addLine(String line) {
            endLine();
            String cleaned = clean(line);
            if (!cleaned.isEmpty()) {
                lines.add(cleaned);
            }
        }

        String text() {
            StringBuilder text = new StringBuilder();
            for (String line : lines) {
                text.append(line).append('\n');
            }
            return text.toString();
        }
    }

    /** Whether decoded text is an HTML page rather than a plain-text report (for a page saved as .txt). */
    static boolean looksLikeHtml(String text) {
        String head = text.substring(0, Math.min(text.length(), 4096)).stripLeading().toLowerCase(Locale.ROOT);
        if (!head.startsWith("<")) {
            return false;
        }
        return head.startsWith("<!doctype html") || head.contains("<html") || head.contains("<head")
                || head.contains("<body") || head.contains("<meta") || head.contains("<table")
                || head.contains("<div") || head.contains("<p>") || head.contains("<p ");
    }
}
