package org.nianbao.web;

import java.util.Map;

/**
 * Something the client sent that the server will not serve: a bad parameter (400), an unknown
 * report or path (404), a wrong method (405). The message is shown to the client as it is.
 */
final class ClientError extends Exception {

  private final int status;
  private final Map<String, String> headers;

  private ClientError(int status, String message, Map<String, String> headers) {
    super(message, null, false, false);
    this.status = status;
    this.headers = Map.copyOf(headers);
  }

  static ClientError badRequest(String message) {
    return new ClientError(400, message, Map.of());
  }

  static ClientError notFound(String message) {
    return new ClientError(404, message, Map.of());
  }

  static ClientError methodNotAllowed(String method, String allowed) {
    return new ClientError(
        405, "method " + method + " is not allowed here; use " + allowed, Map.of("Allow", allowed));
  }

  int status() {
    return status;
  }

  /** Headers the error reply must carry (Allow for 405). */
  Map<String, String> headers() {
    return headers;
  }
}
