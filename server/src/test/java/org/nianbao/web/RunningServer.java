package org.nianbao.web;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.eclipse.jetty.server.Server;
import org.nianbao.places.GazetteerPlaces;
import org.nianbao.search.ReportSearcher;

/**
 * The web server on port 0 over a fresh sample index, and a real HTTP client to call it (other
 * packages' tests too).
 */
public final class RunningServer implements AutoCloseable {

  final Path indexDir;
  final ReportSearcher searcher;
  final Server server;
  final URI base;
  final int indexed;
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private RunningServer(Path indexDir, ReportSearcher searcher, Server server, int indexed) {
    this.indexDir = indexDir;
    this.searcher = searcher;
    this.server = server;
    this.base = server.getURI();
    this.indexed = indexed;
  }

  public static RunningServer start() throws Exception {
    return start(false);
  }

  /**
   * A server over the samples and, with {@code devCorpus}, the real reports of corpus/dev too (116
   * reports).
   */
  public static RunningServer start(boolean devCorpus) throws Exception {
    Path indexDir = Files.createTempDirectory("nianbao-web-index");
    int indexed =
        devCorpus
            ? SampleIndex.build(
                indexDir, java.util.List.of(SampleIndex.samplesFolder(), SampleIndex.devCorpus()))
            : SampleIndex.build(indexDir);
    return over(indexDir, indexed);
  }

  /**
   * The server over an index a test built in {@code indexDir} (deleted on close), holding {@code
   * indexed} reports.
   */
  static RunningServer over(Path indexDir, int indexed) throws Exception {
    ReportSearcher searcher = ReportSearcher.open(indexDir, GazetteerPlaces.bundled());
    Server server = SearchServer.create(ServerConfig.of("127.0.0.1", 0), searcher);
    server.start();
    return new RunningServer(indexDir, searcher, server, indexed);
  }

  /** The folder of the index the server searches. */
  public Path indexDir() {
    return indexDir;
  }

  /** {@code base + path}; the path's query must already be encoded (see {@link #q}). */
  URI uri(String pathAndQuery) {
    return base.resolve(pathAndQuery);
  }

  public HttpResponse<String> get(String pathAndQuery) throws Exception {
    return send("GET", pathAndQuery);
  }

  /** The body as bytes, for checking exports byte by byte. */
  public HttpResponse<byte[]> getBytes(String pathAndQuery) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(30)).GET().build();
    return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  HttpResponse<String> send(String method, String pathAndQuery) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(uri(pathAndQuery))
            .timeout(Duration.ofSeconds(30))
            .method(method, HttpRequest.BodyPublishers.noBody())
            .build();
    return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /**
   * Sends a request line as it is (for what HttpClient refuses to send) and returns the whole
   * answer.
   */
  String raw(String requestLine) throws Exception {
    try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(10_000);
      String request =
          requestLine + "\r\nHost: " + base.getHost() + "\r\nConnection: close\r\n\r\n";
      socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** URL-encodes one parameter value. */
  public static String q(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  @Override
  public void close() throws Exception {
    try {
      server.stop();
    } finally {
      searcher.close();
      SampleIndex.deleteTree(indexDir);
    }
  }
}
