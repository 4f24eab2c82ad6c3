package org.nianbao.web;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.search.SortOrder;
import org.nianbao.web.view.Shell;

/** The page shell ({@code layout.jte}) every page is rendered in: its title and the search box. */
final class Layout {

  static final String STYLESHEET = Shell.STYLESHEET;

  private Layout() {}

  /**
   * The shell of a search page: a new query keeps the chosen filters and sort and starts at page 1.
   */
  static Shell shell(String title, SearchParams state) {
    List<Shell.Field> hidden = new ArrayList<>();
    state.filters().forEach((filter, value) -> hidden.add(new Shell.Field(filter.key(), value)));
    state.where().forEach(condition -> hidden.add(new Shell.Field(SearchParams.WHERE, condition)));
    if (state.valueSort() != null) {
      hidden.add(new Shell.Field("sort", state.valueSort()));
    } else if (state.sort() != SortOrder.RELEVANCE) {
      hidden.add(new Shell.Field("sort", state.sort().key()));
    }
    return new Shell(title, state.query(), hidden);
  }

  /** The shell of any other page, its box holding {@code query} (null for none). */
  static Shell shell(String title, String query) {
    return new Shell(title, query == null ? "" : query.strip(), List.of());
  }
}
