package org.nianbao.bench.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real {@code nianbao serve} on a free port, in a child JVM; stopped like Ctrl-C (SIGTERM,
 * graceful).
 */
public final class ServerProcess implements AutoCloseable {

  private static final Pattern OPEN = Pattern.compile("open (http://\\S+)");

  private final Process process;
  private final URI uri;
  private final ProcessMemory memory;
  private final double startSeconds;

  private ServerProcess(Process process, URI uri, double startSeconds) {
    this.process = process;
    this.uri = uri;
    this.memory = new ProcessMemory(process.pid());
    this.startSeconds = startSeconds;
  }

  /**
   * Starts {@code serve --index DIR --port 0} and waits (up to 2 minutes) until it listens. Output
   * goes to {@code log}.
   */
  public static ServerProcess start(Path index, List<String> jvmOptions, Path log)
      throws IOException, InterruptedException {
    Files.createDirectories(log.toAbsolutePath().getParent());
    ProcessBuilder builder =
        ChildJvm.command(
            jvmOptions,
            List.of(
                "serve",
                "--index",
                index.toString(),
                "--port",
                "0",
                "--host",
                "127.0.0.1",
                "--samples",
                index.resolve("no-samples").toString()));
    builder.redirectErrorStream(true);
    long started = System.nanoTime();
    Process process = builder.start();
    CompletableFuture<URI> listening = new CompletableFuture<>();
    Thread.ofPlatform()
        .daemon()
        .name("serve-output")
        .start(
            () -> {
              try (BufferedReader in =
                      new BufferedReader(
                          new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                  PrintWriter out =
                      new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true)) {
                for (String line; (line = in.readLine()) != null; ) {
                  out.println(line);
                  Matcher m = OPEN.matcher(line);
                  if (m.find()) {
                    listening.complete(URI.create(m.group(1)));
                  }
                }
              } catch (IOException e) {
                listening.completeExceptionally(e);
              }
              // Output ended: the server exited (a no-op when it had started and was stopped).
              try {
                listening.completeExceptionally(
                    new IOException(
                        "nianbao serve exited with " + process.waitFor() + "; see " + log));
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    try {
      URI uri = listening.get(2, TimeUnit.MINUTES);
      return new ServerProcess(process, uri, (System.nanoTime() - started) / 1e9);
    } catch (java.util.concurrent.ExecutionException | TimeoutException e) {
      process.destroyForcibly();
      throw new IOException(
          "nianbao serve did not start: " + e.getMessage() + " (log: " + log + ")", e);
    }
  }

  public URI uri() {
    return uri;
  }

  /** Seconds from starting the JVM to its saying where it listens (its warming included). */
  public double startSeconds() {
    return startSeconds;
  }

  public long pid() {
    return process.pid();
  }

  public ProcessMemory memory() {
    return memory;
  }

  @Override
  public void close() throws InterruptedException {
    memory.close();
    process.destroy(); // SIGTERM: Jetty's shutdown hook finishes requests and closes the index
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
