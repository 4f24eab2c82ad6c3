package org.nianbao.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;

/**
 * Compares two JSON trees node by node and names the path of every difference ({@code
 * requests.carried_forward.total: expected null but was 0}), so a failing golden test says which
 * cell is wrong rather than dumping two documents.
 */
final class JsonTreeDiff {

  private JsonTreeDiff() {}

  static List<String> differences(JsonNode expected, JsonNode actual) {
    List<String> out = new ArrayList<>();
    walk("", expected, actual, out);
    return out;
  }

  private static void walk(String path, JsonNode expected, JsonNode actual, List<String> out) {
    boolean expectedNull = expected == null || expected.isNull() || expected.isMissingNode();
    boolean actualNull = actual == null || actual.isNull() || actual.isMissingNode();
    if (expectedNull || actualNull) {
      if (expectedNull != actualNull) {
        out.add(
            name(path)
                + ": expected "
                + (expectedNull ? "null" : expected)
                + " but was "
                + (actualNull ? "null" : actual));
      }
      return;
    }
    if (expected.isObject() && actual.isObject()) {
      TreeSet<String> keys = new TreeSet<>();
      expected.fieldNames().forEachRemaining(keys::add);
      actual.fieldNames().forEachRemaining(keys::add);
      for (String key : keys) {
        if (!expected.has(key)) {
          out.add(name(path + "." + key) + ": not expected but was " + actual.get(key));
        } else if (!actual.has(key)) {
          out.add(
              name(path + "." + key)
                  + ": expected "
                  + expected.get(key)
                  + " but the key is missing");
        } else {
          walk(path + "." + key, expected.get(key), actual.get(key), out);
        }
      }
      return;
    }
    if (expected.isArray() && actual.isArray()) {
      if (expected.size() != actual.size()) {
        out.add(
            name(path) + ": expected " + expected.size() + " elements but was " + actual.size());
      }
      Iterator<JsonNode> e = expected.elements();
      Iterator<JsonNode> a = actual.elements();
      for (int i = 0; e.hasNext() && a.hasNext(); i++) {
        walk(path + "[" + i + "]", e.next(), a.next(), out);
      }
      return;
    }
    if (expected.isNumber() && actual.isNumber()) {
      // 0 and 0.0 (fees in 万元 are decimals) are the same amount.
      if (expected.decimalValue().compareTo(actual.decimalValue()) != 0) {
        out.add(name(path) + ": expected " + expected + " but was " + actual);
      }
      return;
    }
    if (!expected.equals(actual)) {
      out.add(name(path) + ": expected " + expected + " but was " + actual);
    }
  }

  private static String name(String path) {
    return path.isEmpty() ? "(root)" : path.substring(1);
  }
}
