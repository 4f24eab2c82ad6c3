package org.nianbao.web.view;

import java.util.List;

/**
 * What every page shares ({@code layout.jte}): its title and the search box, which keeps the query
 * and carries the chosen filters and sort as hidden fields, so a new query keeps them.
 */
public record Shell(String title, String query, List<Field> hidden) {

  /** The one stylesheet, served by the server itself: the pages load nothing from elsewhere. */
  public static final String STYLESHEET = "/static/nianbao.css";

  /** A hidden form field: a URL parameter and its value. */
  public record Field(String name, String value) {}

  public Shell {
    hidden = List.copyOf(hidden);
  }
}
