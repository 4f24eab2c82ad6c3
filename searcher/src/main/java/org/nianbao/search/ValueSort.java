package org.nianbao.search;

import java.util.Objects;
import org.nianbao.model.Measure;

/**
 * Results ordered by a table cell or a rate ({@code requests.new.total:desc}); reports that do not
 * give the value come last either way.
 */
public record ValueSort(Measure measure, boolean descending) {

  public ValueSort {
    Objects.requireNonNull(measure, "measure");
  }

  /** As users write it: requests.new.total:desc. */
  @Override
  public String toString() {
    return measure.key() + (descending ? ":desc" : ":asc");
  }
}
