package org.nianbao.web;

import java.util.Map;

/**
 * A complete answer, built in memory before anything is written, so a failure never sends half a
 * page.
 */
record Reply(int status, String contentType, String body, Map<String, String> headers) {

  static final String HTML = "text/html; charset=utf-8";
  static final String JSON = "application/json; charset=utf-8";
  static final String CSS = "text/css; charset=utf-8";

  Reply {
    headers = Map.copyOf(headers);
  }

  static Reply html(int status, String body) {
    return new Reply(status, HTML, body, Map.of());
  }

  static Reply json(int status, String body) {
    return new Reply(status, JSON, body, Map.of());
  }

  Reply withHeaders(Map<String, String> extra) {
    java.util.Map<String, String> all = new java.util.LinkedHashMap<>(headers);
    all.putAll(extra);
    return new Reply(status, contentType, body, all);
  }
}
