package org.nianbao.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.cli.CliProcess;

/**
 * A real {@code nianbao serve} in a child JVM on a free port: on an empty index folder it first
 * indexes {@code samples} with the real indexer, as on a user's first start. Stopped like Ctrl-C
 * (SIGTERM: Jetty's shutdown hook finishes requests and closes the index). Its output is kept.
 */
final class ServeProcess implements AutoCloseable {

  private static final Pattern OPEN = Pattern.compile("open (http://\\S+)");

  private final Process process;
  private final URI base;
  private final List<String> output;

  private ServeProcess(Process process, URI base, List<String> output) {
    this.process = process;
    this.base = base;
    this.output = output;
  }

  /**
   * Starts {@code serve --index index --samples samples --port 0} and waits (up to 2 minutes) until
   * it listens.
   */
  static ServeProcess start(Path index, Path samples, List<String> jvmOptions)
      throws IOException, InterruptedException {
    ProcessBuilder builder =
        CliProcess.command(
            jvmOptions,
            List.of(
                "serve",
                "--index",
                index.toString(),
                "--samples",
                samples.toString(),
                "--port",
                "0",
                "--host",
                "127.0.0.1"));
    builder.redirectErrorStream(true);
    Process process = builder.start();
    List<String> output = java.util.Collections.synchronizedList(new ArrayList<>());
    CompletableFuture<URI> listening = new CompletableFuture<>();
    Thread.ofPlatform()
        .daemon()
        .name("serve-output")
        .start(
            () -> {
              try (BufferedReader in =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                  output.add(line);
                  Matcher m = OPEN.matcher(line);
                  if (m.find()) {
                    listening.complete(URI.create(m.group(1)));
                  }
                }
              } catch (IOException e) {
                listening.completeExceptionally(e);
              }
              listening.completeExceptionally(
                  new IOException(
                      "nianbao serve exited before listening: " + String.join("\n", output)));
            });
    try {
      return new ServeProcess(process, listening.get(2, TimeUnit.MINUTES), output);
    } catch (ExecutionException | TimeoutException e) {
      process.destroyForcibly();
      throw new IOException("nianbao serve did not start: " + e.getMessage(), e);
    }
  }

  URI base() {
    return base;
  }

  /** GET {@code base + pathAndQuery} (its query already encoded, see {@link RunningServer#q}). */
  HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(base.resolve(pathAndQuery))
                .timeout(Duration.ofSeconds(30))
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** What the server printed so far (stdout and stderr). */
  List<String> output() {
    synchronized (output) {
      return List.copyOf(output);
    }
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }
}
