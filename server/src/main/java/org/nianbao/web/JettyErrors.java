package org.nianbao.web;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors Jetty answers before a request reaches the router (a malformed URI, headers too large):
 * the same JSON or friendly page as the router's own errors, never a stack trace.
 */
final class JettyErrors extends ErrorHandler {

  JettyErrors() {
    setShowStacks(false);
    setShowCauses(false);
    setShowOrigin(false);
  }

  @Override
  protected void generateResponse(Request request, Response response, int code, String message, Throwable cause, Callback callback) {
    String path;
    try {
      path = Request.getPathInContext(request);
    } catch (RuntimeException e) {
      path = "/";
    }
    String shown = message == null || message.isBlank() ? defaultMessage(code) : message;
    Router.send(response, Router.error(Router.isApi(path == null ? "/" : path), code, shown), callback);
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
