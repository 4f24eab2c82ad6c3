package org.nianbao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.component.LifeCycle;
import org.nianbao.index.ProgressListener;
import org.nianbao.index.ReportIndexer;
import org.nianbao.pipeline.ReportPipeline;
import org.nianbao.places.GazetteerPlaces;
import org.nianbao.search.ReportSearcher;
import org.nianbao.search.Warming;
import org.nianbao.web.SearchServer;
import org.nianbao.web.ServerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code nianbao serve}: serves an index's search page, report pages and JSON API until stopped.
 * Ctrl-C stops it gracefully: requests in flight finish, then the index is closed.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description =
        "Serve the search page, report pages and JSON API of an index until stopped (Ctrl-C).")
public final class ServeCommand implements Callable<Integer> {

  /** How often the server looks for reports indexed since it started. */
  private static final long REFRESH_SECONDS = 10;

  @Spec CommandSpec spec;

  @Mixin IndexOption indexOption;

  @Option(
      names = "--port",
      defaultValue = "" + ServerConfig.DEFAULT_PORT,
      description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--samples",
      paramLabel = "DIR",
      defaultValue = "samples",
      description =
          "Reports to index first when --index holds no index yet (default: ${DEFAULT-VALUE}, the bundled sample reports).")
  Path samples;

  @Option(
      names = "--host",
      defaultValue = ServerConfig.DEFAULT_HOST,
      description = "Interface to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for all).")
  String host;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path index = indexOption.path();
    ServerConfig config;
    try {
      config = ServerConfig.of(host, port);
    } catch (IllegalArgumentException e) {
      err.println(
          "nianbao serve: --" + e.getMessage()); // "port must be between 0 and 65535, got 70000"
      return ExitCodes.USAGE;
    }
    String notAFolder = IndexCommand.notAFolder(index);
    if (notAFolder != null) {
      err.println(
          "nianbao serve: --index "
              + notAFolder
              + ": give the folder `nianbao index` wrote the index to");
      return ExitCodes.USAGE;
    }
    if (!indexExists(index) && Files.isDirectory(samples)) {
      // First start on a fresh machine: something to search without a separate index step.
      out.println("No index at " + index + "; indexing " + samples + " first.");
      try (ReportIndexer indexer = ReportIndexer.open(index, ReportPipeline.bundled())) {
        IndexCommand.print(indexer.index(List.of(samples), ProgressListener.NONE), out);
      }
      out.flush();
    }
    ReportSearcher searcher;
    try {
      searcher = ReportSearcher.open(index, GazetteerPlaces.bundled());
    } catch (IOException e) {
      err.println("nianbao serve: " + e.getMessage());
      return ExitCodes.FAILED;
    }
    warm(searcher, out, err);
    Server server = SearchServer.create(config, searcher);
    ScheduledExecutorService refresher =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, "nianbao-index-refresh");
              thread.setDaemon(true);
              return thread;
            });
    // Jetty stops the server from its shutdown hook on Ctrl-C; close the index once it has stopped.
    server.addEventListener(
        new LifeCycle.Listener() {
          @Override
          public void lifeCycleStopped(LifeCycle event) {
            refresher.shutdownNow();
            closeQuietly(searcher, err);
          }
        });
    try {
      server.start();
    } catch (Exception e) {
      err.println("nianbao serve: cannot listen on " + host + ":" + port + ": " + e.getMessage());
      server.stop();
      closeQuietly(searcher, err);
      return ExitCodes.FAILED;
    }
    refresher.scheduleWithFixedDelay(
        () -> refresh(searcher, err), REFRESH_SECONDS, REFRESH_SECONDS, TimeUnit.SECONDS);
    out.println(
        "nianbao: serving "
            + searcher.reportCount()
            + " reports from "
            + index.toAbsolutePath().normalize());
    out.println("nianbao: open " + server.getURI() + "  (Ctrl-C stops)");
    out.flush();
    server.join();
    return ExitCodes.OK;
  }

  /**
   * Runs the warming searches before the server listens (see {@link Warming#run}): the first user's
   * search would otherwise wait about half a second for smartcn's dictionaries.
   */
  private static void warm(ReportSearcher searcher, PrintWriter out, PrintWriter err) {
    Warming warming = Warming.run(searcher);
    out.println(
        "nianbao: warmed with "
            + warming.searches().size()
            + " searches in "
            + warming.took().toMillis()
            + " ms");
    for (String failure : warming.failures()) {
      err.println("nianbao serve: a warming search failed: " + failure);
    }
    out.flush();
    err.flush();
  }

  private static void refresh(ReportSearcher searcher, PrintWriter err) {
    try {
      searcher.refresh();
    } catch (IOException | RuntimeException e) {
      err.println("nianbao serve: cannot refresh the index: " + e.getMessage());
      err.flush();
    }
  }

  private static boolean indexExists(Path index) throws IOException {
    if (!Files.isDirectory(index)) {
      return false;
    }
    try (Directory directory = FSDirectory.open(index)) {
      return DirectoryReader.indexExists(directory);
    }
  }

  private static void closeQuietly(ReportSearcher searcher, PrintWriter err) {
    try {
      searcher.close();
    } catch (IOException | RuntimeException e) {
      err.println("nianbao serve: closing the index failed: " + e.getMessage());
      err.flush();
    }
  }
}
