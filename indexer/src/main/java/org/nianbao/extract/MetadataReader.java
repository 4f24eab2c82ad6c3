package org.nianbao.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nianbao.model.Clue;
import org.nianbao.model.ClueSource;
import org.nianbao.model.Level;
import org.nianbao.model.Provenance;
import org.nianbao.model.Region;
import org.nianbao.region.AgencyResolver;
import org.nianbao.region.AgencyShape;
import org.nianbao.region.HostClue;
import org.nianbao.region.ParsedTitle;
import org.nianbao.region.Resolution;
import org.nianbao.region.TitleParser;
import org.nianbao.source.PageMetadata;

/**
 * Reads a report's metadata (title, agency, year, publication date, region, level, sector) from
 * every clue a careful reader uses, trusting them in order: the report's title, the page's title
 * and metadata block, the sentences that name the body or announce the report, the contact line,
 * the signature, the page's publisher and source fields. Each field records where it came from; a
 * field no clue decides stays null.
 */
final class MetadataReader {

  /** Meta tags that carry the article's title or date on government sites (政府网站发展指引). */
  private static final List<String> TITLE_TAGS = List.of("ArticleTitle", "title", "og:title");

  private static final List<String> DATE_TAGS =
      List.of("PubDate", "publishdate", "firstpublishedtime", "pubdate");
  private static final List<String> SOURCE_TAGS = List.of("ContentSource", "author");

  private final TitleParser titles = new TitleParser();
  private final AgencyResolver agencies;

  MetadataReader(AgencyResolver agencies) {
    this.agencies = agencies;
  }

  /** Everything the metadata is read from. */
  record Clues(
      Optional<String> titleLine,
      PageMetadata page,
      PageFacts facts,
      String body,
      Optional<LocalDate> signatureDate,
      Optional<LocalDate> headerDate,
      List<String> signatureLines) {}

  /** 我县, 全区, 县人民政府: the level of the government a page speaks for when it names no body. */
  private static final java.util.regex.Pattern SELF_LEVEL =
      java.util.regex.Pattern.compile(
          "(?:我|全|本)(县|区|市|旗|镇|乡|街道|街(?!道)|省|自治区|州|盟)(?![长委政府])|(县|区|市|旗|镇|乡|省)人民政府");

  /** A department speaking of itself (我局, 本委): the report is not its government's. */
  private static final java.util.regex.Pattern SELF_BUREAU =
      java.util.regex.Pattern.compile("(?:我|本)(?:局|委|办|厅|署|中心)(?![\\p{IsHan}&&[员会]])");

  /** 我局, 本委, 我县 in a title: the body speaking of itself. */
  private static final java.util.regex.Pattern SELF_TITLE =
      java.util.regex.Pattern.compile("^(?:我|本)(自治区|自治州|自治县|街道|县|区|市|旗|镇|乡|省|州|盟)?.*$");

  /** The metadata, each field with where it came from. */
  record Metadata(
      String title,
      String agency,
      Integer year,
      LocalDate published,
      Region region,
      Level level,
      String sector,
      Provenance provenance) {}

  /**
   * A name for the body found somewhere, with the year and the title's text when it came with a
   * title.
   */
  private record Candidate(
      String name, Integer year, Clue clue, boolean isTitle, String titleText) {

    Candidate(String name, Integer year, Clue clue, boolean isTitle) {
      this(name, year, clue, isTitle, null);
    }

    Candidate withName(String other, Clue otherClue) {
      return new Candidate(other, year, otherClue, isTitle, titleText);
    }
  }

  Metadata read(Clues clues) {
    Map<Provenance.Field, Clue> provenance = new EnumMap<>(Provenance.Field.class);
    List<Candidate> candidates = candidates(clues);

    Optional<Candidate> titled =
        candidates.stream().filter(c -> c.isTitle() && c.year() != null).findFirst();
    String title = titled.map(Candidate::titleText).orElse(clues.titleLine().orElse(null));
    titled.ifPresent(c -> provenance.put(Provenance.Field.TITLE, c.clue()));

    LocalDate published = published(clues, provenance);

    Integer year = null;
    if (titled.isPresent()) {
      year = titled.get().year();
      provenance.put(Provenance.Field.YEAR, titled.get().clue());
    } else {
      Optional<YearFinder.Found> found =
          YearFinder.find(clues.body(), Optional.ofNullable(published));
      if (found.isPresent()) {
        year = found.get().year();
        provenance.put(Provenance.Field.YEAR, found.get().clue());
      }
    }

    Optional<Candidate> chosen = chooseAgency(candidates, clues.body());
    if (chosen.isEmpty()) {
      // The last resort, and the costliest: only when no sentence or field names the body.
      chosen = mostNamed(clues.body()).flatMap(c -> chooseAgency(List.of(c), clues.body()));
    }
    HostClue host = agencies.host(clues.page().url());
    if (chosen.isEmpty() && SELF_BUREAU.matcher(clues.body()).find()) {
      // 我局 on a county's site: the bureau is unnamed, but it sits where the host says.
      Optional<Resolution> place = agencies.placeOfHost(host);
      if (place.isPresent()) {
        provenance.put(
            Provenance.Field.REGION, new Clue(ClueSource.URL_HOST, clues.page().url().orElse("")));
        Resolution r = place.get();
        return new Metadata(
            title, null, year, published, r.region(), r.level(), null, new Provenance(provenance));
      }
    }
    if (chosen.isEmpty()) {
      Optional<Resolution> government = governmentByLevel(clues.body(), host);
      if (government.isEmpty()) {
        return new Metadata(
            title, null, year, published, Region.NONE, null, null, new Provenance(provenance));
      }
      Resolution r = government.get();
      Clue placeClue =
          r.placedBy() == Resolution.PlacedBy.HOST
              ? new Clue(ClueSource.URL_HOST, clues.page().url().orElse(""))
              : new Clue(ClueSource.TEXT_MENTIONS, r.agency());
      provenance.put(Provenance.Field.AGENCY, placeClue);
      provenance.put(Provenance.Field.REGION, placeClue);
      return new Metadata(
          title,
          r.agency(),
          year,
          published,
          r.region(),
          r.level(),
          r.sector(),
          new Provenance(provenance));
    }
    Candidate agencyCandidate = chosen.get();
    Resolution resolution = agencies.resolve(agencyCandidate.name(), clues.body(), host);
    if (resolution.agency() != null && agencies.shape(resolution.agency()) == AgencyShape.PLACED) {
      String fullest = agencies.fullestMention(resolution.agency(), clues.body());
      if (!fullest.equals(resolution.agency())) {
        resolution = agencies.resolve(fullest, clues.body(), host);
      }
    }
    if (agencies.shape(agencyCandidate.name()) == AgencyShape.SHORTHAND) {
      resolution = fullerSameBody(resolution, clues.body(), host);
    }
    String agency = formalName(resolution.agency(), clues.body());
    provenance.put(Provenance.Field.AGENCY, agencyCandidate.clue());
    if (resolution.placedBy() != null) {
      provenance.put(
          Provenance.Field.REGION,
          switch (resolution.placedBy()) {
            case NAME -> agencyCandidate.clue();
            case TEXT -> new Clue(ClueSource.TEXT_MENTIONS, resolution.agency());
            case HOST -> new Clue(ClueSource.URL_HOST, clues.page().url().orElse(""));
          });
    }
    return new Metadata(
        title,
        agency,
        year,
        published,
        resolution.region(),
        resolution.level(),
        resolution.sector(),
        new Provenance(provenance));
  }

  /**
   * For a body the title gives only as shorthand (市环保局), the fullest name the text gives the same
   * body anywhere, quoted document titles included (《蚌埠市环境保护局政务公开实施办法》).
   */
  private Resolution fullerSameBody(Resolution resolved, String body, HostClue host) {
    if (resolved.agency() == null || resolved.region().isEmpty()) {
      return resolved;
    }
    Resolution best = resolved;
    for (String run : AgencyMentions.nameRuns(body, true)) {
      for (int start = 0; start < run.length() - 1; start++) {
        String tail = run.substring(start);
        if (agencies.shape(tail) != AgencyShape.PLACED) {
          continue;
        }
        if (tail.length() > best.agency().length() && !tail.startsWith(best.agency())) {
          Resolution other = agencies.resolve(tail, body, host);
          if (other.region().equals(resolved.region())
              && java.util.Objects.equals(other.sector(), resolved.sector())
              && other.level() == resolved.level()) {
            best = other;
          }
        }
        break;
      }
    }
    return best;
  }

  /**
   * A page that names no body but speaks as a government of some level (全县共公开…, 我区) on a host
   * naming a division of that level: that division's government. The level named most wins.
   */
  private Optional<Resolution> governmentByLevel(String body, HostClue host) {
    Map<String, Integer> counts = new java.util.HashMap<>();
    java.util.regex.Matcher m = SELF_LEVEL.matcher(body);
    while (m.find()) {
      counts.merge(m.group(1) != null ? m.group(1) : m.group(2), 1, Integer::sum);
    }
    Optional<String> level =
        counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    if (level.isEmpty()) {
      return Optional.empty();
    }
    // 我街 is a street office (Guangdong's reports call 白云街道 白云街).
    String place = level.get().equals("街") ? "街道" : level.get();
    Resolution r = agencies.resolve(agencies.governmentOf(place), body, host);
    return r.region().isEmpty() ? Optional.empty() : Optional.of(r);
  }

  /**
   * The formal name where the text or the usual form gives it: 信访办 → 信访办公室; 农业农村委 → 农业农村委员会 when
   * the text writes it so.
   */
  private static String formalName(String agency, String body) {
    if (agency == null) {
      return null;
    }
    if (agency.endsWith("委") && body.contains(agency + "员会")) {
      return agency + "员会";
    }
    if (agency.endsWith("办") && !agency.endsWith("政府办")) {
      return agency + "公室";
    }
    return agency;
  }

  /** Every name of the body the page gives, in the order they are trusted. */
  private List<Candidate> candidates(Clues clues) {
    List<Candidate> found = new ArrayList<>();
    clues.titleLine().ifPresent(line -> addTitle(found, line, new Clue(ClueSource.TITLE, line)));
    for (String tag : TITLE_TAGS) {
      clues
          .page()
          .meta(tag)
          .ifPresent(value -> addTitle(found, value, new Clue(ClueSource.HTML_TITLE, value)));
    }
    if (!clues.page().title().isBlank()) {
      addTitle(found, clues.page().title(), new Clue(ClueSource.HTML_TITLE, clues.page().title()));
    }
    clues
        .facts()
        .title()
        .ifPresent(value -> addTitle(found, value, new Clue(ClueSource.PAGE_METADATA, value)));
    for (AgencyMentions.Mention mention : AgencyMentions.titlesInSentences(clues.body())) {
      addTitle(found, mention.name(), mention.clue());
    }
    for (AgencyMentions.Mention mention : AgencyMentions.names(clues.body())) {
      found.add(new Candidate(mention.name(), null, mention.clue(), false));
    }
    for (String line : clues.signatureLines()) {
      found.add(new Candidate(line, null, new Clue(ClueSource.SIGNATURE, line), false));
    }
    // The page's 发布机构 and 来源 lines name the compiler the same way.
    for (Optional<String> value : List.of(clues.facts().publisher(), clues.facts().source())) {
      value.ifPresent(
          v ->
              found.add(
                  new Candidate(
                      AgencyMentions.compiler(v),
                      null,
                      new Clue(ClueSource.PAGE_METADATA, v),
                      false)));
    }
    for (String tag : SOURCE_TAGS) {
      clues
          .page()
          .meta(tag)
          .ifPresent(
              value ->
                  found.add(
                      new Candidate(
                          AgencyMentions.compiler(value),
                          null,
                          new Clue(ClueSource.HTML_META, value),
                          false)));
    }
    return found;
  }

  /**
   * The body the opening sentences name most often (市教育局高度重视…, 市教育局建立了…), each run cut to its
   * longest tail that is a body's name (结合省财政厅 → 省财政厅): the last resort of a careful reader.
   */
  private Optional<Candidate> mostNamed(String body) {
    Map<String, Integer> counts = new java.util.LinkedHashMap<>();
    for (String run : AgencyMentions.nameRuns(body, false)) {
      for (int start = 0; start < run.length() - 1; start++) {
        String tail = run.substring(start);
        AgencyShape shape = agencies.shape(tail);
        if (shape == AgencyShape.PLACED
            || shape == AgencyShape.SHORTHAND
            || shape == AgencyShape.CENTRAL) {
          counts.merge(tail, 1, Integer::sum);
          break;
        }
      }
    }
    return counts.entrySet().stream()
        .filter(e -> e.getValue() >= 2)
        .max(Map.Entry.comparingByValue())
        .map(
            e ->
                new Candidate(
                    e.getKey(),
                    null,
                    new Clue(ClueSource.BODY_SENTENCE, e.getKey() + " ×" + e.getValue()),
                    false));
  }

  /**
   * A title-like text: its agency (a place alone stands for its government) and year, when it reads
   * as a report title.
   */
  private void addTitle(List<Candidate> found, String text, Clue clue) {
    String tidy = TitleFinder.tidy(text);
    if (!tidy.contains("报告") && !tidy.contains("年报")) {
      return;
    }
    ParsedTitle parsed = titles.parse(tidy);
    if (parsed.year() == null && parsed.agency() == null) {
      return;
    }
    String agency = parsed.agency() == null ? "" : parsed.agency();
    java.util.regex.Matcher self = SELF_TITLE.matcher(agency);
    if (self.matches()) {
      // 我旗 → 旗人民政府, completed from the text; 我局 names no body.
      agency = self.group(1) == null ? "" : self.group(1) + "人民政府";
    }
    found.add(new Candidate(agency, parsed.year(), clue, true, tidy));
  }

  /**
   * The first name in trust order that is a body; shorthand (公安局, 市教育局) is completed by a later
   * name that places the same body (白水县公安局); among names of the body that are not the title, the
   * fullest (将乐县卫生健康局 over 将乐县卫健局).
   */
  private Optional<Candidate> chooseAgency(List<Candidate> candidates, String body) {
    List<Candidate> bodies = new ArrayList<>();
    for (Candidate c : candidates) {
      AgencyShape shape = agencies.shape(c.name());
      if (shape == AgencyShape.PLACE_ONLY) {
        bodies.add(c.withName(agencies.governmentOf(c.name()), c.clue()));
      } else if (shape != AgencyShape.NOT_AGENCY) {
        bodies.add(c);
      }
    }
    if (bodies.isEmpty()) {
      return Optional.empty();
    }
    Candidate first = bodies.get(0);
    AgencyShape firstShape = agencies.shape(first.name());
    if (firstShape == AgencyShape.SHORTHAND) {
      String bare = bareBody(first.name());
      for (Candidate later : bodies.subList(1, bodies.size())) {
        AgencyShape shape = agencies.shape(later.name());
        if (shape != AgencyShape.PLACED && shape != AgencyShape.CENTRAL) {
          continue;
        }
        if (later.name().endsWith(bare)) {
          return Optional.of(first.withName(later.name(), later.clue()));
        }
        // 绵阳市卫生健康委 places 卫生健康委员会: the same body, written shorter.
        String laterBody = abbreviated(later.name());
        String shortBare = abbreviated(bare);
        if (laterBody.endsWith(shortBare) && shortBare.length() >= 3) {
          String place = laterBody.substring(0, laterBody.length() - shortBare.length());
          return Optional.of(first.withName(place + bare, later.clue()));
        }
      }
      return Optional.of(first);
    }
    if (first.isTitle() || firstShape != AgencyShape.PLACED) {
      return Optional.of(first);
    }
    Resolution firstPlace = agencies.resolve(first.name(), body);
    Candidate fullest = first;
    for (Candidate other : bodies.subList(1, bodies.size())) {
      // A longer name that extends this one (…人民政府办公室) is another body, its office.
      if (other.isTitle()
          || agencies.shape(other.name()) != AgencyShape.PLACED
          || other.name().length() <= fullest.name().length()
          || other.name().startsWith(fullest.name())) {
        continue;
      }
      Resolution place = agencies.resolve(other.name(), body);
      if (place.region().equals(firstPlace.region())
          && java.util.Objects.equals(place.sector(), firstPlace.sector())
          && place.level() == firstPlace.level()) {
        fullest = other;
      }
    }
    return Optional.of(fullest);
  }

  /** The short forms of body words: 委员会 → 委, 办公室 → 办. */
  private static String abbreviated(String name) {
    return name.replaceAll("委员会$", "委").replaceAll("办公室$", "办");
  }

  /** 市教育局 → 教育局; 区政府国资局 → 国资局. */
  private static String bareBody(String shorthand) {
    return shorthand
        .replaceFirst("^(?:自治区|自治州|自治县|省|市|县|区|州|旗|盟|乡|镇|街道)", "")
        .replaceFirst("^(?:人民)?政府(?=.)", "");
  }

  /**
   * The page's own date first (as printed: the labels' rule), then the signature, then a date under
   * the title.
   */
  private static LocalDate published(Clues clues, Map<Provenance.Field, Clue> provenance) {
    if (clues.facts().date().isPresent()) {
      provenance.put(
          Provenance.Field.PUBLISHED,
          new Clue(ClueSource.PAGE_METADATA, clues.facts().date().get().toString()));
      return clues.facts().date().get();
    }
    for (String tag : DATE_TAGS) {
      Optional<LocalDate> date = clues.page().meta(tag).flatMap(PageFacts::date);
      if (date.isPresent()) {
        provenance.put(
            Provenance.Field.PUBLISHED,
            new Clue(ClueSource.HTML_META, clues.page().meta(tag).get()));
        return date.get();
      }
    }
    if (clues.signatureDate().isPresent()) {
      provenance.put(
          Provenance.Field.PUBLISHED,
          new Clue(ClueSource.SIGNATURE, clues.signatureDate().get().toString()));
      return clues.signatureDate().get();
    }
    if (clues.headerDate().isPresent()) {
      provenance.put(
          Provenance.Field.PUBLISHED,
          new Clue(ClueSource.TITLE, clues.headerDate().get().toString()));
      return clues.headerDate().get();
    }
    return null;
  }
}
