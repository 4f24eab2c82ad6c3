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
  private static final List<String> DATE_TAGS = List.of("PubDate", "publishdate", "firstpublishedtime", "pubdate");
  private static final List<String> SOURCE_TAGS = List.of("ContentSource", "author");

  private final TitleParser titles = new TitleParser();
  private final AgencyResolver agencies;

  MetadataReader(AgencyResolver agencies) {
    this.agencies = agencies;
  }

  /** Everything the metadata is read from. */
  record Clues(Optional<String> titleLine, PageMetadata page, PageFacts facts, String body, Optional<LocalDate> signatureDate,
      Optional<LocalDate> headerDate, List<String> signatureLines) {}

  /** The metadata, each field with where it came from. */
  record Metadata(String title, String agency, Integer year, LocalDate published, Region region, Level level,
      String sector, Provenance provenance) {}

  /** A name for the body found somewhere, with the year when it came with a title. */
  private record Candidate(String name, Integer year, Clue clue, boolean isTitle) {}

  Metadata read(Clues clues) {
    Map<Provenance.Field, Clue> provenance = new EnumMap<>(Provenance.Field.class);
    List<Candidate> candidates = candidates(clues);

    Optional<Candidate> titled = candidates.stream().filter(c -> c.isTitle() && c.year() != null).findFirst();
    String title = titled.map(c -> TitleFinder.tidy(c.name())).orElse(clues.titleLine().orElse(null));
    titled.ifPresent(c -> provenance.put(Provenance.Field.TITLE, c.clue()));

    LocalDate published = published(clues, provenance);

    Integer year = null;
    if (titled.isPresent()) {
      year = titled.get().year();
      provenance.put(Provenance.Field.YEAR, titled.get().clue());
    } else {
      Optional<YearFinder.Found> found = YearFinder.find(clues.body(), Optional.ofNullable(published));
      if (found.isPresent()) {
        year = found.get().year();
        provenance.put(Provenance.Field.YEAR, found.get().clue());
      }
    }

    Optional<Candidate> chosen = chooseAgency(candidates, clues.body());
    if (chosen.isEmpty()) {
      return new Metadata(title, null, year, published, Region.NONE, null, null, new Provenance(provenance));
    }
    Candidate agencyCandidate = chosen.get();
    Resolution resolution = agencies.resolve(agencyCandidate.name(), clues.body());
    String agency = resolution.agency();
    if (agency != null && agencies.shape(agency) == AgencyShape.PLACED) {
      agency = agencies.fullestMention(agency, clues.body());
      if (!agency.equals(resolution.agency())) {
        resolution = agencies.resolve(agency, clues.body());
      }
    }
    provenance.put(Provenance.Field.AGENCY, agencyCandidate.clue());
    if (!resolution.region().isEmpty()) {
      boolean fromName = agencies.shape(agencyCandidate.name()) != AgencyShape.SHORTHAND;
      provenance.put(Provenance.Field.REGION, fromName
          ? agencyCandidate.clue() : new Clue(ClueSource.TEXT_MENTIONS, resolution.agency()));
    }
    return new Metadata(title, agency, year, published, resolution.region(), resolution.level(), resolution.sector(),
        new Provenance(provenance));
  }

  /** Every name of the body the page gives, in the order they are trusted. */
  private List<Candidate> candidates(Clues clues) {
    List<Candidate> found = new ArrayList<>();
    clues.titleLine().ifPresent(line -> addTitle(found, line, new Clue(ClueSource.TITLE, line)));
    for (String tag : TITLE_TAGS) {
      clues.page().meta(tag).ifPresent(value -> addTitle(found, value, new Clue(ClueSource.HTML_TITLE, value)));
    }
    if (!clues.page().title().isBlank()) {
      addTitle(found, clues.page().title(), new Clue(ClueSource.HTML_TITLE, clues.page().title()));
    }
    clues.facts().title().ifPresent(value -> addTitle(found, value, new Clue(ClueSource.PAGE_METADATA, value)));
    for (AgencyMentions.Mention mention : AgencyMentions.titlesInSentences(clues.body())) {
      addTitle(found, mention.name(), mention.clue());
    }
    for (AgencyMentions.Mention mention : AgencyMentions.names(clues.body())) {
      found.add(new Candidate(mention.name(), null, mention.clue(), false));
    }
    for (String line : clues.signatureLines()) {
      found.add(new Candidate(line, null, new Clue(ClueSource.SIGNATURE, line), false));
    }
    clues.facts().publisher().ifPresent(value -> found.add(
        new Candidate(AgencyMentions.compiler(value), null, new Clue(ClueSource.PAGE_METADATA, value), false)));
    clues.facts().source().ifPresent(value -> found.add(
        new Candidate(AgencyMentions.compiler(value), null, new Clue(ClueSource.PAGE_METADATA, value), false)));
    for (String tag : SOURCE_TAGS) {
      clues.page().meta(tag).ifPresent(value -> found.add(
          new Candidate(AgencyMentions.compiler(value), null, new Clue(ClueSource.HTML_META, value), false)));
    }
    return found;
  }

  /** A title-like text: its agency (a place alone stands for its government) and year, when it reads as a report title. */
  private void addTitle(List<Candidate> found, String text, Clue clue) {
    String tidy = TitleFinder.tidy(text);
    if (!tidy.contains("报告") && !tidy.contains("年报")) {
      return;
    }
    ParsedTitle parsed = titles.parse(tidy);
    if (parsed.year() == null && parsed.agency() == null) {
      return;
    }
    found.add(new Candidate(parsed.agency() == null ? "" : parsed.agency(), parsed.year(), clue, true));
  }

  /**
   * The first name in trust order that is a body; shorthand (公安局, 市教育局) is completed by a later
   * name that places the same body (白水县公安局); among names of the body that are not the title,
   * the fullest (将乐县卫生健康局 over 将乐县卫健局).
   */
  private Optional<Candidate> chooseAgency(List<Candidate> candidates, String body) {
    List<Candidate> bodies = new ArrayList<>();
    for (Candidate c : candidates) {
      AgencyShape shape = agencies.shape(c.name());
      if (shape == AgencyShape.PLACE_ONLY) {
        bodies.add(new Candidate(agencies.governmentOf(c.name()), c.year(), c.clue(), c.isTitle()));
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
        if ((shape == AgencyShape.PLACED || shape == AgencyShape.CENTRAL) && later.name().endsWith(bare)) {
          return Optional.of(new Candidate(later.name(), first.year(), later.clue(), first.isTitle()));
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
      if (other.isTitle() || agencies.shape(other.name()) != AgencyShape.PLACED || other.name().length() <= fullest.name().length()) {
        continue;
      }
      Resolution place = agencies.resolve(other.name(), body);
      if (place.region().equals(firstPlace.region()) && java.util.Objects.equals(place.sector(), firstPlace.sector())
          && place.level() == firstPlace.level()) {
        fullest = other;
      }
    }
    return Optional.of(fullest);
  }

  /** 市教育局 → 教育局; 区政府国资局 → 国资局. */
  private static String bareBody(String shorthand) {
    return shorthand.replaceFirst("^(?:自治区|自治州|自治县|省|市|县|区|州|旗|盟|乡|镇|街道)", "").replaceFirst("^(?:人民)?政府(?=.)", "");
  }

  /** The page's own date first (as printed: the labels' rule), then the signature, then a date under the title. */
  private static LocalDate published(Clues clues, Map<Provenance.Field, Clue> provenance) {
    if (clues.facts().date().isPresent()) {
      provenance.put(Provenance.Field.PUBLISHED, new Clue(ClueSource.PAGE_METADATA, clues.facts().date().get().toString()));
      return clues.facts().date().get();
    }
    for (String tag : DATE_TAGS) {
      Optional<LocalDate> date = clues.page().meta(tag).flatMap(PageFacts::date);
      if (date.isPresent()) {
        provenance.put(Provenance.Field.PUBLISHED, new Clue(ClueSource.HTML_META, clues.page().meta(tag).get()));
        return date.get();
      }
    }
    if (clues.signatureDate().isPresent()) {
      provenance.put(Provenance.Field.PUBLISHED, new Clue(ClueSource.SIGNATURE, clues.signatureDate().get().toString()));
      return clues.signatureDate().get();
    }
    if (clues.headerDate().isPresent()) {
      provenance.put(Provenance.Field.PUBLISHED, new Clue(ClueSource.TITLE, clues.headerDate().get().toString()));
      return clues.headerDate().get();
    }
    return null;
  }
}
