package org.nianbao.web;

import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors Jetty answers before a request reaches the router (a malformed URI, headers too large):
 * the same JSON or friendly page as the router's own errors, never a stack trace. A request line
 * without a version this server speaks (HTTP/0.9's bare {@code GET /}, {@code HTTP/9.9}, {@code
 * HTTP/1.1.1}) is the client's mistake: 400, not Jetty's 505, so that a 5xx always means a fault of
 * the server and a scanner's probes never look like one.
 */
final class JettyErrors extends ErrorHandler {

  JettyErrors() {
    setShowStacks(false);
    setShowCauses(false);
    setShowOrigin(false);
  }

  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int code,
      String message,
      Throwable cause,
      Callback callback) {
    String path;
    try {
      path = Request.getPathInContext(request);
    } catch (RuntimeException e) {
      path = "/";
    }
    int status = code;
    String shown = message == null || message.isBlank() ? defaultMessage(code) : message;
    if (code == HttpStatus.HTTP_VERSION_NOT_SUPPORTED_505) {
      status = HttpStatus.BAD_REQUEST_400;
      shown = "unsupported HTTP version: send HTTP/1.1 requests";
    }
    Router.send(
        response, Router.error(Router.isApi(path == null ? "/" : path), status, shown), callback);
  }

  private static String defaultMessage(int code) {
    return switch (code) {
      case 400 -> "bad request";
      case 404 -> "not found";
      case 500 -> "internal server error";
      default -> "request failed with status " + code;
    };
  }
}
