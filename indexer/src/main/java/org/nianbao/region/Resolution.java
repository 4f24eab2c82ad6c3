package org.nianbao.region;

import org.nianbao.model.Level;
import org.nianbao.model.Region;

/**
 * Who published a report: the agency (as written in the title, completed from the text when the
 * title gives only shorthand), where it sits, its level and its normalised sector. Region is
 * {@link Region#NONE} and level/sector null where they cannot be told.
 */
public record Resolution(String agency, Region region, Level level, String sector) {

  public Resolution {
    region = region == null ? Region.NONE : region;
  }
}
