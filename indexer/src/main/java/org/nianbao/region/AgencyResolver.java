package org.nianbao.region;

import java.util.List;
import java.util.Optional;
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
  private static final Pattern VERTICAL_PREFIX =
      Pattern.compile("^(?:国家税务总局|国家金融监督管理总局|中国人民银行|国家统计局|国家外汇管理局|中国银保监会|中国证监会|国家烟草专卖局)");

  private static final Pattern SPACE = Pattern.compile("[\\s\\u3000]+");

  /** How the name of a body ends (局, 委员会, 人民政府, 街道办事处, 调查总队 …). */
  private static final Pattern BODY_END =
      Pattern.compile(
          "(?:人民政府|政府|办公厅|办公室|委员会|管理局|分局|总局|局|委|厅|部|办|办事处|中心|总队|调查队|支队|大队|署|院|所|站|处|公署)$");

  /** 我局, 本委, 全县: a body speaking of itself, no name. */
  private static final Pattern SELF = Pattern.compile("^(?:我|本|全|该|各|上级|县级|市级|省级|区级)");

  private static final int MAX_AGENCY = 40;

  /** The last characters of division names (and of their short forms, 浦东新区, 凉山州 …). */
  private static final String DIVISION_ENDINGS = "省市区县州盟旗镇乡道";

  private final Gazetteer gazetteer;
  private final SectorClassifier sectors = new SectorClassifier();
  private final AgencyCompleter completer;
  private final CandidateChooser chooser;
  private final AgencyNamer namer;

  /** Built on first use: reading the pinyin of 3,000 names is wasted on callers without URLs. */
  private volatile HostRegions hosts;

  public AgencyResolver(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.completer = new AgencyCompleter(gazetteer, sectors);
    this.chooser = new CandidateChooser(gazetteer, AreaCodeTable.bundled());
    this.namer = new AgencyNamer(gazetteer);
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
    return resolve(titleAgency, text, HostClue.none(""));
  }

  /**
   * Resolves with the page's host as a further clue: it narrows an ambiguous name (青山区 on
   * qingshan.gov.cn of 武汉) and places a shorthand the text does not (省财政厅 on jl.gov.cn). It never
   * overrides a place the name gives: a report re-posted on another body's site keeps its own.
   */
  public Resolution resolve(String titleAgency, String text, HostClue host) {
    String body = text == null ? "" : SPACE.matcher(text).replaceAll("");
    if (titleAgency == null || titleAgency.isBlank()) {
      return new Resolution(null, Region.NONE, null, null);
    }
    String agency = SPACE.matcher(titleAgency).replaceAll("");
    DivisionChain chain = readChain(agency);
    Resolution.PlacedBy placedBy = Resolution.PlacedBy.NAME;
    if (chain.isEmpty()) {
      LevelWord word = LevelWord.leading(agency);
      if (word == null && CENTRAL.matcher(agency).find()) {
        return new Resolution(agency, Region.NONE, Level.CENTRAL, sectors.classify(agency));
      }
      String completed = completer.complete(agency, body);
      if (completed != null && readChain(completed).isEmpty()) {
        completed = null; // the text named the body again without a place: no completion
      }
      placedBy = Resolution.PlacedBy.TEXT;
      if (completed == null) {
        completed = completeFromHost(agency, word, host, body);
        placedBy = Resolution.PlacedBy.HOST;
      }
      if (completed == null) {
        // Shorthand nothing completes: the body's sector is still known, the place is not.
        String rest = word == null ? agency : agency.substring(word.word().length());
        return new Resolution(agency, Region.NONE, null, sectors.classify(rest), null);
      }
      agency = completed;
      chain = readChain(agency);
      if (chain.isEmpty()) {
        return new Resolution(agency, Region.NONE, null, sectors.classify(agency), null);
      }
    }
    String sector = sectors.classify(agency.substring(chain.end()));
    if (sector == null && chain.start() > 0) {
      sector =
          sectors.classify(agency.substring(0, chain.start())); // 国家统计局湖北调查总队: the service's field
    }
    List<Division> chosen = chooser.choose(chain.candidates(), body);
    if (chosen.size() > 1) {
      List<Division> byHost = withinHost(chosen, host);
      if (byHost.size() == 1) {
        chosen = byHost;
        placedBy = Resolution.PlacedBy.HOST;
      }
    }
    if (chosen.size() == 1) {
      agency = namer.name(agency, chain, chosen.get(0));
    }
    Resolution placed = place(agency, chosen, sector);
    return new Resolution(
        placed.agency(),
        placed.region(),
        placed.level(),
        placed.sector(),
        placed.region().isEmpty() ? null : placedBy);
  }

  /** The candidates that lie within (or contain) a division the host names. */
  private List<Division> withinHost(List<Division> candidates, HostClue host) {
    return candidates.stream()
        .filter(
            c ->
                host.candidates().stream()
                    .anyMatch(h -> gazetteer.isWithin(c, h) || gazetteer.isWithin(h, c)))
        .toList();
  }

  /**
   * 省财政厅 on jl.gov.cn → 吉林省财政厅: the host's division (or its ancestor) of the shorthand's level,
   * followed by the body. Only a certain host reading places a body.
   */
  private String completeFromHost(String shorthand, LevelWord word, HostClue host, String text) {
    if (host.unique().isEmpty()) {
      return null;
    }
    Division hostDivision = host.unique().get().division();
    if (word == LevelWord.STREET) {
      return streetOf(hostDivision, text).map(street -> street.name() + "办事处").orElse(null);
    }
    String rest = word == null ? shorthand : shorthand.substring(word.word().length());
    for (Division d : gazetteer.lineage(hostDivision).reversed()) {
      if (word == null ? d.equals(hostDivision) : word.fits(d)) {
        return d.name() + rest.replaceFirst("^(?:人民)?政府(?=.)", "");
      }
    }
    return null;
  }

  /**
   * Where a body sits when only the host tells: the host's certain division, its region and level.
   */
  public Optional<Resolution> placeOfHost(HostClue host) {
    return host.unique()
        .map(
            reading -> {
              Division d = reading.division();
              return new Resolution(
                  null,
                  gazetteer.regionOf(d),
                  gazetteer.levelOf(d),
                  null,
                  Resolution.PlacedBy.HOST);
            });
  }

  /**
   * The street office a text calls by its short name (白云街 for 白云街道, as Guangdong's reports do),
   * among the streets of the division the host names; only when exactly one fits.
   */
  private Optional<Division> streetOf(Division place, String text) {
    List<Division> named =
        gazetteer.children(place).stream()
            .filter(d -> d.kind() == DivisionKind.TOWNSHIP && d.name().endsWith("街道"))
            .filter(d -> text.contains(d.name().substring(0, d.name().length() - 1)))
            .toList();
    return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
  }

  /** What the page's host says, for callers holding only a URL. */
  public HostClue host(Optional<String> url) {
    if (url.isEmpty()) {
      return HostClue.none("");
    }
    HostRegions reader = hosts;
    if (reader == null) {
      reader = new HostRegions(gazetteer, DivisionSpellings.bundled(gazetteer));
      hosts = reader;
    }
    return reader.clue(url.get());
  }

  /** What the name looks like: placed, a place only, shorthand, central, or not a body at all. */
  public AgencyShape shape(String name) {
    String agency = name == null ? "" : SPACE.matcher(name).replaceAll("");
    if (agency.length() < 2 || agency.length() > MAX_AGENCY || SELF.matcher(agency).find()) {
      return AgencyShape.NOT_AGENCY;
    }
    DivisionChain chain = readChain(agency);
    if (!chain.isEmpty()) {
      if (chain.end() == agency.length()) {
        return AgencyShape.PLACE_ONLY;
      }
      return BODY_END.matcher(agency).find() ? AgencyShape.PLACED : AgencyShape.NOT_AGENCY;
    }
    if (!BODY_END.matcher(agency).find()) {
      return AgencyShape.NOT_AGENCY;
    }
    LevelWord word = LevelWord.leading(agency);
    if (word == null && CENTRAL.matcher(agency).find()) {
      return AgencyShape.CENTRAL;
    }
    // Shorthand names a known kind of body from its first character: 市教育局, 公安局, 区政府办;
    // not 主动公开政府, 是政府 or 合省财政厅.
    String rest = word == null ? agency : agency.substring(word.word().length());
    String named = rest.replaceFirst("^(?:人民)?政府(?=.)", "");
    boolean knownBody =
        sectors.classify(rest) != null && (word != null || sectors.sectorWordAt(named, 0));
    return agency.length() <= 16 && knownBody ? AgencyShape.SHORTHAND : AgencyShape.NOT_AGENCY;
  }

  /**
   * The body a place-only name stands for: the people's government (河北省 → 河北省人民政府), or for a street
   * the street office (曹杨新村街道 → 曹杨新村街道办事处).
   */
  public String governmentOf(String place) {
    String name = SPACE.matcher(place).replaceAll("");
    return name.endsWith("街道") ? name + "办事处" : name + "人民政府";
  }

  /**
   * The fullest way the text writes this placed agency: 哈尔滨市道里区经纬街道办事处 for 道里区经纬街道办事处 when the text
   * names it so; the agency itself otherwise.
   */
  public String fullestMention(String agency, String text) {
    String name = SPACE.matcher(agency).replaceAll("");
    DivisionChain own = readChain(name);
    if (own.isEmpty() || text == null) {
      return name;
    }
    String best = name;
    for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      if (at == 0 || DIVISION_ENDINGS.indexOf(text.charAt(at - 1)) < 0) {
        continue; // nothing that ends a division name stands before it: no fuller mention here
      }
      for (int start = Math.max(0, at - 20); start < at; start++) {
        String candidate = text.substring(start, at) + name;
        DivisionChain chain = DivisionChain.readAt(gazetteer, sectors, candidate, 0);
        boolean coversPrefix =
            chain.end() >= (at - start) + own.end() && chain.names().size() > own.names().size();
        if (coversPrefix && !chain.isEmpty() && candidate.length() > best.length()) {
          best = candidate;
          break;
        }
      }
    }
    return best;
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

  /**
   * One candidate: its region. Several: only what they share (the province, say), never a guess.
   */
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
