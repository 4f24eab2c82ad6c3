package org.nianbao.region;

import java.util.List;
import java.util.regex.Pattern;
import org.nianbao.model.Level;
import org.nianbao.model.Region;

/**
 * Resolves a report's publishing body from the title's agency and the report's text into the
 * model's agency, region, level and sector. Thread-safe.
 */
public final class AgencyResolver {

  /** 自然资源部, 国家税务总局, 国务院办公厅, 中国地震局, 海关总署: central bodies have no division in their name. */
  private static final Pattern CENTRAL = Pattern.compile("^(?:国务院|国家|中华人民共和国|中国|中央)|部$|总署$|总局$");
  /** 国家税务总局淄博市税务局 is a local bureau of a vertically managed service. */
  private static final Pattern VERTICAL_PREFIX = Pattern.compile("^(?:国家税务总局|国家金融监督管理总局|中国人民银行)");
  private static final Pattern SPACE = Pattern.compile("[\\s\\u3000]+");

  private final Gazetteer gazetteer;
  private final SectorClassifier sectors = new SectorClassifier();
  private final AgencyCompleter completer;
  private final CandidateChooser chooser;

  public AgencyResolver(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.completer = new AgencyCompleter(gazetteer, sectors);
    this.chooser = new CandidateChooser(gazetteer, AreaCodeTable.bundled());
  }

  /** A resolver over the bundled gazetteer. */
  public static AgencyResolver bundled() {
    return new AgencyResolver(Gazetteer.bundled());
  }

  /**
   * @param titleAgency the agency as the title writes it (may be shorthand or null)
   * @param text the report's full text, or empty
   */
  public Resolution resolve(String titleAgency, String text) {
    String body = text == null ? "" : SPACE.matcher(text).replaceAll("");
    if (titleAgency == null || titleAgency.isBlank()) {
      return new Resolution(null, Region.NONE, null, null);
    }
    String agency = SPACE.matcher(titleAgency).replaceAll("");
    DivisionChain chain = readChain(agency);
    if (chain.isEmpty()) {
      if (LevelWord.leading(agency) == null && CENTRAL.matcher(agency).find()) {
        return new Resolution(agency, Region.NONE, Level.CENTRAL, sectors.classify(agency));
      }
      String completed = completer.complete(agency, body);
      if (completed == null) {
        // Shorthand the text does not complete: the body's sector is still known, the place is not.
        LevelWord word = LevelWord.leading(agency);
        String rest = word == null ? agency : agency.substring(word.word().length());
        return new Resolution(agency, Region.NONE, null, sectors.classify(rest));
      }
      agency = completed;
      chain = readChain(agency);
    }
    String sector = sectors.classify(agency.substring(chain.end()));
    List<Division> chosen = chooser.choose(chain.candidates(), body);
    return place(agency, chosen, sector);
  }

  private DivisionChain readChain(String agency) {
    var vertical = VERTICAL_PREFIX.matcher(agency);
    if (vertical.find()) {
      DivisionChain after = DivisionChain.readAt(gazetteer, sectors, agency, vertical.end());
      if (!after.isEmpty()) {
        return after;
      }
    }
    return DivisionChain.readAt(gazetteer, sectors, agency, 0);
  }

  /** One candidate: its region. Several: only what they share (the province, say), never a guess. */
  private Resolution place(String agency, List<Division> candidates, String sector) {
    if (candidates.size() == 1) {
      Division d = candidates.get(0);
      return new Resolution(agency, gazetteer.regionOf(d), gazetteer.levelOf(d), sector);
    }
    Division shared = null;
    List<Division> first = gazetteer.lineage(candidates.get(0));
    for (Division ancestor : first) {
      Division a = ancestor;
      if (candidates.stream().allMatch(c -> gazetteer.isWithin(c, a))) {
        shared = a;
      }
    }
    Level level = gazetteer.levelOf(candidates.get(0));
    boolean sameLevel = candidates.stream().allMatch(c -> gazetteer.levelOf(c) == level);
    Region region = shared == null ? Region.NONE : gazetteer.regionOf(shared);
    return new Resolution(agency, region, sameLevel ? level : null, sector);
  }
}
