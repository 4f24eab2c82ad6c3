package org.nianbao.source;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a saved web page says about itself outside its text: the {@code <title>}, the meta tags that
 * government sites carry under the 政府网站发展指引 (ArticleTitle, PubDate, ContentSource, ColumnName,
 * SiteName …), and the address it was saved from (a canonical link or the {@code saved from url}
 * comment). Empty for files that are not web pages.
 *
 * @param title the page's {@code <title>}, or empty
 * @param metaTags meta tag name (lower case) → content, for the named meta tags with content
 * @param url the page's own address, when the page says it
 */
public record PageMetadata(String title, Map<String, String> metaTags, Optional<String> url) {

  public static final PageMetadata NONE = new PageMetadata("", Map.of(), Optional.empty());

  public PageMetadata {
    title = title == null ? "" : title;
    TreeMap<String, String> lowerCased = new TreeMap<>();
    metaTags.forEach((name, content) -> lowerCased.put(name.toLowerCase(Locale.ROOT), content));
    metaTags = Map.copyOf(lowerCased);
  }

  /** The content of a meta tag by name, case-insensitive. */
  public Optional<String> meta(String name) {
    return Optional.ofNullable(metaTags.get(name.toLowerCase(Locale.ROOT)))
        .filter(s -> !s.isBlank());
  }

  /** The same metadata with another URL (one the user gave for the file). */
  public PageMetadata withUrl(String address) {
    return new PageMetadata(title, metaTags, Optional.of(address));
  }
}
