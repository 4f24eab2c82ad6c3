package org.nianbao.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.nianbao.request.SearchRequests;
import org.nianbao.search.ReportSearcher;

/**
 * Builds the web server: the search page, the report pages and the JSON API over one searcher. The
 * server is returned unstarted; a stop (or Ctrl-C, which stops it) lets in-flight requests finish
 * within the configured timeout. The caller owns the searcher and closes it after the server stops.
 */
public final class SearchServer {

  private static final String STYLESHEET_RESOURCE = "nianbao.css";

  private SearchServer() {}

  public static Server create(ServerConfig config, ReportSearcher searcher) {
    QueuedThreadPool threads = new QueuedThreadPool();
    threads.setName("nianbao-http");
    Server server = new Server(threads);

    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
    connector.setHost(config.host());
    connector.setPort(config.port());
    server.addConnector(connector);

    SearchRequests requests = SearchRequests.bundled();
    Endpoints endpoints = new Endpoints(searcher, requests);
    StatsEndpoints stats =
        new StatsEndpoints(searcher, requests, org.nianbao.region.Gazetteer.bundled());
    server.setHandler(new GracefulHandler(new Router(endpoints, stats, stylesheet())));
    server.setErrorHandler(new JettyErrors());
    server.setStopTimeout(config.stopTimeout().toMillis());
    server.setStopAtShutdown(true);
    return server;
  }

  private static String stylesheet() {
    try (InputStream in = SearchServer.class.getResourceAsStream(STYLESHEET_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("stylesheet resource missing: " + STYLESHEET_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read stylesheet " + STYLESHEET_RESOURCE, e);
    }
  }
}
