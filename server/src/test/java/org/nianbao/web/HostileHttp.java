package org.nianbao.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.web.HostileRequests.Kind;
import org.nianbao.web.HostileRequests.Probe;

/**
 * Sends {@link HostileRequests} to a running server over raw sockets (one connection per request,
 * the request written as it is, then the write side closed) and checks every answer: never a 5xx,
 * never a stack trace, never a payload of the request back unescaped (in the body or a header),
 * never a file from the disk, never a header the request injected, never a script tag at all (the
 * pages run none, and JSON carries markup escaped).
 */
final class HostileHttp {

  /** Cut-off for an answer's size: the largest report page is far below. */
  private static final int MAX_ANSWER = 8 << 20;

  private static final int KEEP_FINDINGS = 40;
  private static final Pattern STATUS_LINE = Pattern.compile("^HTTP/1\\.[01] (\\d{3})");

  /** Lines of a Java stack trace or an exception's name: a client must never see one. */
  private static final List<String> TRACE_MARKS =
      List.of("\tat ", "at org.", "at java.", "Exception", "Caused by:", ".java:");

  /** Tags the pages never contain: one in a body means something was reflected raw. */
  private static final Pattern FOREIGN_TAG =
      Pattern.compile("<(script|img|svg|iframe|style)\\b", Pattern.CASE_INSENSITIVE);

  /**
   * What a file from the disk would show: /etc/passwd, the pom, a source file, the logging
   * configuration, an index file.
   */
  private static final List<String> LEAK_MARKS =
      List.of(
          "root:x:0:0",
          "<modelVersion>",
          "package org.nianbao",
          "org.eclipse.jetty.LEVEL",
          "repositoryformatversion",
          "Manifest-Version",
          "Lucene90SegmentInfo",
          "segments_");

  enum Problem {
    SERVER_ERROR("5xx"),
    STACK_TRACE("stack trace"),
    UNESCAPED("unescaped payload"),
    LEAK("file leak"),
    INJECTED_HEADER("injected header"),
    NOT_HTTP("not an HTTP answer"),
    NO_ANSWER("no answer"),
    TIMEOUT("timeout");

    final String label;

    Problem(String label) {
      this.label = label;
    }
  }

  /**
   * The answer to one probe: its status (−1 when none came), head and body; {@code error} when the
   * socket failed.
   */
  record Answer(int status, String head, String body, String error) {}

  record Finding(Probe probe, Problem problem, String detail, Answer answer) {
    @Override
    public String toString() {
      String body = answer.body() == null ? "" : answer.body().replaceAll("\\s+", " ");
      return "#"
          + probe.number()
          + " "
          + probe.kind().label()
          + " → "
          + (answer.status() < 0 ? "no answer" : answer.status())
          + ": "
          + problem.label
          + (detail.isEmpty() ? "" : " (" + detail + ")")
          + "\n    request: "
          + probe.show(300)
          + "\n    body: "
          + (body.length() > 300 ? body.substring(0, 300) + "…" : body)
          + (answer.error() == null ? "" : "\n    socket: " + answer.error());
    }
  }

  /** Figures of a run. */
  static final class Tally {
    final long seed;
    int requests;
    final Map<Integer, Integer> statuses = new TreeMap<>();
    final Map<Kind, Integer> byKind = new EnumMap<>(Kind.class);
    final Map<Kind, Integer> closedWithoutAnswer = new EnumMap<>(Kind.class);
    final Map<Problem, Integer> problems = new EnumMap<>(Problem.class);
    final List<Finding> findings = new ArrayList<>();
    long millis;

    Tally(long seed) {
      this.seed = seed;
    }

    int count(Problem problem) {
      return problems.getOrDefault(problem, 0);
    }

    int fiveXx() {
      return statuses.entrySet().stream()
          .filter(e -> e.getKey() >= 500)
          .mapToInt(Map.Entry::getValue)
          .sum();
    }

    synchronized void add(Probe probe, Answer answer, List<Finding> found) {
      requests++;
      byKind.merge(probe.kind(), 1, Integer::sum);
      if (answer.status() >= 0) {
        statuses.merge(answer.status(), 1, Integer::sum);
      } else {
        closedWithoutAnswer.merge(probe.kind(), 1, Integer::sum);
      }
      for (Finding finding : found) {
        problems.merge(finding.problem(), 1, Integer::sum);
        // Keep a few of each problem, so that a rare one is not hidden behind a common one.
        if (findings.size() < KEEP_FINDINGS
            && problems.get(finding.problem()) <= KEEP_FINDINGS / 5) {
          findings.add(finding);
        }
      }
    }

    String summary() {
      StringBuilder out = new StringBuilder();
      out.append(
          String.format(
              Locale.ROOT,
              "hostile HTTP: %,d requests (seed %d) in %.1f s%n",
              requests,
              seed,
              millis / 1000.0));
      out.append("  answers by status: ");
      statuses.forEach((status, n) -> out.append(status).append(" ×").append(n).append("  "));
      int closed = closedWithoutAnswer.values().stream().mapToInt(Integer::intValue).sum();
      out.append(
          String.format(
              Locale.ROOT,
              "%n  closed without an answer: %d %s%n",
              closed,
              labelled(closedWithoutAnswer)));
      out.append(
          String.format(
              Locale.ROOT,
              "  5xx: %d, stack traces: %d, unescaped payloads: %d, file leaks: %d, injected headers: %d, "
                  + "not HTTP: %d, no answer where one was due: %d, timeouts: %d%n",
              fiveXx(),
              count(Problem.STACK_TRACE),
              count(Problem.UNESCAPED),
              count(Problem.LEAK),
              count(Problem.INJECTED_HEADER),
              count(Problem.NOT_HTTP),
              count(Problem.NO_ANSWER),
              count(Problem.TIMEOUT)));
      out.append("  requests by kind: ").append(labelled(byKind)).append('\n');
      for (Finding finding : findings) {
        out.append("  ").append(finding).append('\n');
      }
      return out.toString();
    }

    private static String labelled(Map<Kind, Integer> counts) {
      StringBuilder out = new StringBuilder();
      counts.forEach(
          (kind, n) ->
              out.append(out.isEmpty() ? "" : ", ").append(kind.label()).append(' ').append(n));
      return counts.isEmpty() ? "" : "(" + out + ")";
    }
  }

  private final URI base;
  private final HostileRequests requests;

  /**
   * Against a server already running, on the test class path: {@code HostileHttp URL [REQUESTS
   * [SEED]]} prints the figures; {@code HostileHttp URL --only N [SEED]} prints probe N and its
   * whole answer. Report ids are read from the server's own search API.
   */
  public static void main(String[] args) throws Exception {
    URI base = URI.create(args[0]);
    boolean only = args.length > 1 && args[1].equals("--only");
    int number =
        args.length > 2 && only
            ? Integer.parseInt(args[2])
            : args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
    long seed = Long.parseLong(args.length > (only ? 3 : 2) ? args[only ? 3 : 2] : "8");
    HostileRequests generator =
        new HostileRequests(seed, base.getHost() + ":" + base.getPort(), reportIds(base));
    HostileHttp hostile = new HostileHttp(base, generator);
    if (only) {
      System.out.println(hostile.replay(number));
    } else {
      System.out.println(hostile.run(seed, 0, number, 4).summary());
    }
  }

  /** The ids of the reports the server holds (up to 100), from its search API. */
  static List<String> reportIds(URI base) throws IOException, InterruptedException {
    try (java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient()) {
      var response =
          client.send(
              java.net.http.HttpRequest.newBuilder(base.resolve("/api/v1/search?size=100")).build(),
              java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (response.statusCode() != 200) {
        throw new IOException(
            "GET /api/v1/search answered " + response.statusCode() + ": " + response.body());
      }
      List<String> ids = new ArrayList<>();
      org.nianbao.json.ReportJson.mapper()
          .readTree(response.body())
          .path("hits")
          .forEach(hit -> ids.add(hit.path("id").asText()));
      return ids;
    }
  }

  HostileHttp(URI base, HostileRequests requests) {
    this.base = base;
    this.requests = requests;
  }

  /**
   * Sends probe {@code number} alone: the request, the whole answer and what the checks find in it.
   */
  String replay(int number) {
    Probe probe = requests.probe(number);
    Answer answer = send(probe.bytes());
    return "probe #"
        + number
        + " "
        + probe.kind().label()
        + ":\n"
        + probe.show(4_000)
        + "\n\n"
        + answer.head()
        + "\n\n"
        + answer.body()
        + "\n\nfindings: "
        + check(probe, answer);
  }

  /**
   * Sends probes {@code from} to {@code from + count − 1} on {@code threads} connections at a time.
   */
  Tally run(long seed, int from, int count, int threads) throws Exception {
    Tally tally = new Tally(seed);
    long started = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int n = from; n < from + count; n++) {
        int number = n;
        futures.add(
            pool.submit(
                () -> {
                  Probe probe = requests.probe(number);
                  Answer answer = send(probe.bytes());
                  tally.add(probe, answer, check(probe, answer));
                  return null;
                }));
      }
      for (Future<?> future : futures) {
        future.get();
      }
    } finally {
      pool.shutdownNow();
    }
    tally.millis = (System.nanoTime() - started) / 1_000_000;
    return tally;
  }

  /**
   * One connection: write the request (as much as the server takes), close the write side, read the
   * answer to its end.
   */
  Answer send(byte[] request) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 10_000);
      socket.setSoTimeout(30_000);
      String writeError = null;
      try {
        OutputStream out = socket.getOutputStream();
        out.write(request);
        out.flush();
        socket.shutdownOutput();
      } catch (IOException e) {
        // The server may answer and close before reading a huge request to its end: read what it
        // said.
        writeError = "write: " + e.getMessage();
      }
      ByteArrayOutputStream answer = new ByteArrayOutputStream();
      String readError = null;
      try {
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[16_384];
        for (int n; (n = in.read(buffer)) >= 0 && answer.size() < MAX_ANSWER; ) {
          answer.write(buffer, 0, n);
        }
      } catch (java.net.SocketTimeoutException e) {
        return parse(answer.toByteArray(), "timeout after 30 s");
      } catch (IOException e) {
        readError = "read: " + e.getMessage();
      }
      String error =
          writeError == null
              ? readError
              : readError == null ? writeError : writeError + "; " + readError;
      return parse(answer.toByteArray(), error);
    } catch (IOException e) {
      return new Answer(-1, "", "", "connect: " + e.getMessage());
    }
  }

  private static Answer parse(byte[] bytes, String error) {
    if (bytes.length == 0) {
      return new Answer(-1, "", "", error);
    }
    int split = indexOf(bytes, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    String head =
        new String(bytes, 0, split < 0 ? bytes.length : split, StandardCharsets.ISO_8859_1);
    String body =
        split < 0
            ? ""
            : new String(bytes, split + 4, bytes.length - split - 4, StandardCharsets.UTF_8);
    Matcher status = STATUS_LINE.matcher(head);
    return new Answer(status.find() ? Integer.parseInt(status.group(1)) : 0, head, body, error);
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  static List<Finding> check(Probe probe, Answer answer) {
    List<Finding> out = new ArrayList<>();
    if (answer.error() != null && answer.error().startsWith("timeout")) {
      out.add(new Finding(probe, Problem.TIMEOUT, "", answer));
    }
    if (answer.status() < 0) {
      if (probe.mustAnswer()) {
        out.add(new Finding(probe, Problem.NO_ANSWER, "", answer));
      }
      return out;
    }
    if (answer.status() == 0) {
      out.add(new Finding(probe, Problem.NOT_HTTP, "", answer));
    }
    if (answer.status() >= 500) {
      out.add(new Finding(probe, Problem.SERVER_ERROR, "", answer));
    }
    String request = new String(probe.bytes(), StandardCharsets.ISO_8859_1);
    String whole = answer.head() + "\n" + answer.body();
    for (String mark : TRACE_MARKS) {
      if (whole.contains(mark) && !request.contains(mark)) {
        out.add(new Finding(probe, Problem.STACK_TRACE, mark.strip(), answer));
        break;
      }
    }
    for (String payload : probe.payloads()) {
      if (whole.contains(payload)) {
        out.add(new Finding(probe, Problem.UNESCAPED, payload, answer));
      }
    }
    String lower = answer.body().toLowerCase(Locale.ROOT);
    for (String payload : probe.urlPayloads()) {
      String p = payload.toLowerCase(Locale.ROOT);
      for (String attribute :
          List.of("href=\"", "src=\"", "action=\"", "href='", "src='", "href=", "src=")) {
        if (lower.contains(attribute + p)) {
          out.add(new Finding(probe, Problem.UNESCAPED, attribute + payload, answer));
          break;
        }
      }
    }
    Matcher tag = FOREIGN_TAG.matcher(answer.body());
    if (tag.find() && out.stream().noneMatch(f -> f.problem() == Problem.UNESCAPED)) {
      out.add(
          new Finding(probe, Problem.UNESCAPED, "a " + tag.group() + " tag in the body", answer));
    }
    for (String mark : LEAK_MARKS) {
      if (whole.contains(mark) && !request.contains(mark)) {
        out.add(new Finding(probe, Problem.LEAK, mark, answer));
        break;
      }
    }
    for (String line : answer.head().split("\r\n")) {
      String name = line.toLowerCase(Locale.ROOT);
      if (name.startsWith("x-injected")
          || name.startsWith("set-cookie")
          || name.startsWith("location")) {
        out.add(new Finding(probe, Problem.INJECTED_HEADER, line, answer));
      }
    }
    return out;
  }
}
