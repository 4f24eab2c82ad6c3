package org.nianbao.region;

import java.util.List;

/**
 * Writes a placed agency's name the way a careful reader names it, unique in the whole country: the
 * divisions as their full names (凉山州 → 凉山彝族自治州), and the places a short title leaves out but that
 * decide which body it is: a district's city (裕安区水利局 → 六安市裕安区水利局, since district names repeat
 * across China), a township's county, and its city when the county is a district (长安区砲里街道办事处 →
 * 西安市长安区砲里街道办事处). Counties and county-level cities are named on their own (信丰县卫生健康委), as they are
 * in titles.
 */
final class AgencyNamer {

  private final Gazetteer gazetteer;

  AgencyNamer(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * @param agency the agency as written, starting with its division chain
   * @param chain the chain read at the start of {@code agency}
   * @param division the one division the chain means
   */
  String name(String agency, DivisionChain chain, Division division) {
    if (chain.start() != 0) {
      return agency; // 国家税务总局淄博市税务局: a vertical service's bureau keeps its own name
    }
    List<Division> lineage = gazetteer.lineage(division);
    String written = agency.substring(0, chain.end());
    int firstWritten = -1;
    for (String name : chain.names()) {
      for (int i = 0; i < lineage.size(); i++) {
        Division d = lineage.get(i);
        if (d.name().equals(name) || DivisionNames.aliases(d.name(), d.kind()).contains(name)) {
          firstWritten = firstWritten < 0 ? i : Math.min(firstWritten, i);
          if (!d.name().equals(name)) {
            written = written.replaceFirst(java.util.regex.Pattern.quote(name), d.name());
          }
          break;
        }
      }
    }
    if (firstWritten < 0) {
      return agency;
    }
    StringBuilder prefix = new StringBuilder();
    for (int i = requiredStart(lineage); i < firstWritten; i++) {
      prefix.append(lineage.get(i).name());
    }
    return prefix + written + agency.substring(chain.end());
  }

  /** Where a unique name starts in the lineage (province first) of the body's division. */
  private static int requiredStart(List<Division> lineage) {
    int self = lineage.size() - 1;
    Division division = lineage.get(self);
    return switch (division.kind()) {
      case PROVINCE, PREFECTURE -> self;
      case COUNTY -> isDistrict(division) && self > 0 ? self - 1 : self;
      case TOWNSHIP -> {
        int county = self - 1;
        if (county < 0) {
          yield self;
        }
        Division parent = lineage.get(county);
        yield parent.kind() == DivisionKind.COUNTY && isDistrict(parent) && county > 0
            ? county - 1
            : county;
      }
    };
  }

  /** A 市辖区 (its name ends with 区), whose name alone repeats across the country. */
  private static boolean isDistrict(Division d) {
    return d.kind() == DivisionKind.COUNTY
        && d.name().endsWith("区")
        && !d.name().endsWith("林区")
        && !d.name().endsWith("特区");
  }
}
