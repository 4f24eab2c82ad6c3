package org.nianbao.region;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The labels of a government host, the part of a URL that {@link HostRegions} reads: for {@code
 * http://xxgk.sxgp.gov.cn/gzbm/…} the registrable label is {@code sxgp} (the one the site
 * registered under gov.cn) and {@code xxgk} is a sub-label; {@code jaq.fuzhou.gov.cn} is a
 * district's site registered as a sub-label of its city's.
 *
 * @param host the host, lower case, without port
 * @param registrable the label just before {@code gov.cn}
 * @param subLabels the labels left of it, nearest first ({@code a.b.c.gov.cn} → [b, a])
 */
public record GovHost(String host, String registrable, List<String> subLabels) {

  private static final String SUFFIX = ".gov.cn";
  private static final Pattern LABEL = Pattern.compile("[a-z0-9-]+");

  public GovHost {
    subLabels = List.copyOf(subLabels);
  }

  /**
   * The government host of a URL (with or without scheme), or empty when the host does not end in
   * {@code .gov.cn} (a .com mirror, an IP address) or is the central portal {@code www.gov.cn}.
   */
  public static Optional<GovHost> of(String url) {
    String host = hostOf(url);
    if (host == null || !host.endsWith(SUFFIX)) {
      return Optional.empty();
    }
    String[] labels = host.substring(0, host.length() - SUFFIX.length()).split("\\.");
    for (String label : labels) {
      if (!LABEL.matcher(label).matches()) {
        return Optional.empty();
      }
    }
    String registrable = labels[labels.length - 1];
    if (registrable.equals("www")) {
      // www.gov.cn and its gateways (big5.www.gov.cn) are the State Council's portal.
      return Optional.empty();
    }
    List<String> sub = new ArrayList<>(labels.length - 1);
    for (int i = labels.length - 2; i >= 0; i--) {
      sub.add(labels[i]);
    }
    return Optional.of(new GovHost(host, registrable, sub));
  }

  /** The host of a URL, lower case, without port or trailing dot; null when there is none. */
  static String hostOf(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    String s = url.strip();
    if (!s.contains("://")) {
      s = "http://" + s;
    }
    String host;
    try {
      host = new URI(s).getHost();
    } catch (URISyntaxException e) {
      host = null;
    }
    if (host == null) {
      // Real pages have unescaped spaces or brackets in their path: take the authority by hand.
      String rest = s.substring(s.indexOf("://") + 3);
      int end = rest.length();
      for (char stop : new char[] {'/', '?', '#'}) {
        int at = rest.indexOf(stop);
        if (at >= 0) {
          end = Math.min(end, at);
        }
      }
      host = rest.substring(rest.lastIndexOf('@', end - 1) + 1, end).replaceFirst(":\\d*$", "");
    }
    host = host.toLowerCase(Locale.ROOT);
    while (host.endsWith(".")) {
      host = host.substring(0, host.length() - 1);
    }
    return host.isEmpty() ? null : host;
  }
}
