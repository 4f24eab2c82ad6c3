package org.nianbao.region;

import org.nianbao.model.Level;
import org.nianbao.model.Region;

/**
 * Who published a report: the agency (as written, completed and qualified where the text or the
 * page's address make it certain), where it sits, its level and its normalised sector. Region is
 * {@link Region#NONE} and level/sector null where they cannot be told.
 *
 * @param placedBy what decided the region: the agency's own name, the text's mentions (for a
 *     shorthand), or the page's host; null when there is no region
 */
public record Resolution(
    String agency, Region region, Level level, String sector, PlacedBy placedBy) {

  /** What decided where a body sits. */
  public enum PlacedBy {
    NAME,
    TEXT,
    HOST
  }

  public Resolution {
    region = region == null ? Region.NONE : region;
  }

  public Resolution(String agency, Region region, Level level, String sector) {
    this(agency, region, level, sector, region == null || region.isEmpty() ? null : PlacedBy.NAME);
  }
}
