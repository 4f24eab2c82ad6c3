package org.nianbao.web;

import java.time.Duration;
import java.util.Objects;

/**
 * Where the web server listens and how long a stop waits for in-flight requests. Port 0 picks a
 * free port (tests); the default host is the loopback interface, so serving is local unless asked.
 */
public record ServerConfig(String host, int port, Duration stopTimeout) {

  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 8080;
  public static final Duration DEFAULT_STOP_TIMEOUT = Duration.ofSeconds(10);

  public ServerConfig {
    host = host == null || host.isBlank() ? DEFAULT_HOST : host.strip();
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
    }
    stopTimeout = Objects.requireNonNullElse(stopTimeout, DEFAULT_STOP_TIMEOUT);
  }

  public static ServerConfig of(String host, int port) {
    return new ServerConfig(host, port, DEFAULT_STOP_TIMEOUT);
  }
}
