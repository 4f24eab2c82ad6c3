package org.nianbao.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a body sits: full official names, null where not applicable, and the GB/T 2260 code of the
 * most specific division given. A municipality's district has {@code city} = the municipality (重庆市
 * / 重庆市 / 开州区); a county-level city directly under a province sits in {@code city}.
 */
public record Region(String province, String city, String county, String code) {

  /** No region: central bodies, or a report whose region could not be told. */
  public static final Region NONE = new Region(null, null, null, null);

  public boolean isEmpty() {
    return province == null && city == null && county == null;
  }

  /** The facet path province → city → county, stopping at the first missing level. */
  public List<String> path() {
    List<String> path = new ArrayList<>(3);
    for (String name : new String[] {province, city, county}) {
      if (name == null) {
        break;
      }
      path.add(name);
    }
    return List.copyOf(path);
  }
}
