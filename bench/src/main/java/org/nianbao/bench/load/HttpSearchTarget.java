package org.nianbao.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code GET /api/v1/search} on a running {@code nianbao serve}: the normal request (top 10, facet
 * counts, highlighted passages), HTTP/1.1 with keep-alive through the JDK client. The whole body is
 * read, as a browser would; a non-200 status is an error.
 */
public final class HttpSearchTarget implements SearchTarget {

  private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");

  private final URI base;
  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  public HttpSearchTarget(URI base) {
    this.base = base;
  }

  @Override
  public long search(BenchQuery query) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve("/api/v1/search?" + query.apiQueryString()))
            .timeout(Duration.ofSeconds(60))
            .GET()
            .build();
    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException(
          "HTTP "
              + response.statusCode()
              + " for "
              + query.label()
              + ": "
              + abbreviate(response.body()));
    }
    Matcher m = TOTAL.matcher(response.body());
    if (!m.find()) {
      throw new IOException("no total in the answer to " + query.label());
    }
    return Long.parseLong(m.group(1));
  }

  private static String abbreviate(String s) {
    return s.length() > 200 ? s.substring(0, 200) + "…" : s;
  }
}
