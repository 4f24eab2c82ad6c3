package org.nianbao.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.intervals.IntervalQuery;
import org.apache.lucene.queries.intervals.Intervals;
import org.apache.lucene.queries.intervals.IntervalsSource;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.nianbao.schema.ReportAnalyzers;
import org.nianbao.schema.ReportFields;

/**
 * Builds the graded Lucene query for a user query (see {@link MatchGrade}).
 *
 * <p>A unit ({@link AnalyzedQuery}) matches as a phrase over the CJK-bigram fields, an exact
 * substring of the normalised text, or as one of its variants. The query's result set is the
 * reports matching a minimum number of its units ({@link #minimumShouldMatch}, like Elasticsearch's
 * {@code "1<-1 5<75%"}); with no result it is relaxed to one unit, and with fewer than a page the
 * reports matching any one of the units follow (see {@code ReportSearcher}). Reports rank by grade
 * (exact words in the report's own text, then all words near each other in one part, then all words
 * anywhere, then most words), then by BM25 over the units: title ×{@value #TITLE_WEIGHT}, content
 * ×1, template boilerplate ×{@value #BOILERPLATE_WEIGHT}, variants ×{@value #VARIANT_WEIGHT}, plus
 * how often the words stand together.
 *
 * <p>A unit of a single character (稳) has no bigram of its own: it matches any bigram that starts
 * or ends with it. A unit naming a place also matches the report's metadata ({@link
 * MetadataWords}); a unit naming a year matches the report's year, and its text only when the year
 * is unknown. The grades' "exact" and "near" then look at the other words.
 */
public final class ReportQueryBuilder {

  static final float TITLE_WEIGHT = 3f;
  static final float BOILERPLATE_WEIGHT = 0.2f;
  static final float VARIANT_WEIGHT = 0.8f;

  /**
   * Weight of a variant for the units of a run it stands for, after the first: it satisfies them,
   * it does not score.
   */
  static final float COVER_WEIGHT = 0.01f;

  /** DisjunctionMax tie breaker: the best field decides, other matching fields add a little. */
  static final float TIE_BREAKER = 0.1f;

  /**
   * Positions allowed between the units of a "near" match, beyond the units' own length (≈ one
   * sentence).
   */
  static final int NEAR_SLOP = 30;

  /** Weight of the proximity score (0–1 per field) inside the relevance score. */
  static final float PROXIMITY_WEIGHT = 5f;

  /**
   * The relevance that saturates to 0.5: relevance r counts r / (r + pivot) (see {@link
   * GradedQuery}).
   */
  static final double SATURATION_PIVOT = 10;

  /**
   * Expansions of a single-character unit's prefix and wildcard (intervals): as many as a query may
   * hold clauses, the most Lucene allows. Lucene's default of 128 refused 公, 开 or 的 alone on the
   * 116 dev reports (an error, not an answer); a character beyond this is refused with a message.
   */
  private static final int MAX_EXPANSIONS = IndexSearcher.getMaxClauseCount();

  private final QueryAnalysis analysis = new QueryAnalysis(Variants.bundled());
  private final QueryBuilder bigrams = new QueryBuilder(ReportAnalyzers.bigrams());
  private final MetadataWords metadataWords;

  /** A builder whose place words match the regions {@code places} names. */
  public ReportQueryBuilder(PlaceNames places) {
    this.metadataWords = new MetadataWords(places);
  }

  /** A builder that knows no place names (this package's tests). */
  ReportQueryBuilder() {
    this(PlaceNames.NONE);
  }

  /** The graded query; an empty query (or one of punctuation only) matches every report. */
  public ReportQuery build(UserQuery userQuery) {
    return build(analysis.analyze(userQuery), false);
  }

  AnalyzedQuery analyze(UserQuery userQuery) {
    return analysis.analyze(userQuery);
  }

  /**
   * The graded query; {@code relaxed} asks for one unit only (the fallback when nothing matches).
   */
  ReportQuery build(AnalyzedQuery query, boolean relaxed) {
    if (relaxed) {
      return build(query, 1, false, true);
    }
    boolean yearRequired = yearRequired(query);
    int others = yearRequired ? query.units().size() - yearUnits(query) : query.units().size();
    return build(query, minimumShouldMatch(others), yearRequired, false);
  }

  /**
   * Whether the query's year is required, as a filter is: it names a year among other words (2023
   * 政务新媒体). A report has one year, so a report of another year is a partial match at best; asked
   * for as one word among the others, those partial matches were most of what matched (every report
   * with 政务 and 新媒体), and a search for one year's reports counted and scored the whole index.
   * Reports of other years still follow when the year's own fill less than a page (the top-up), or
   * stand in when it has none (the relaxed query).
   */
  private static boolean yearRequired(AnalyzedQuery query) {
    int years = yearUnits(query);
    return years > 0 && years < query.units().size();
  }

  private static int yearUnits(AnalyzedQuery query) {
    return typedYears(query).size();
  }

  /** The query's units that name a year or a span of years. */
  private static List<String> typedYears(AnalyzedQuery query) {
    return query.units().stream().filter(MetadataWords::isYear).toList();
  }

  /** How many units the graded query asks a report for: the year's, and enough of the others. */
  private static int unitsAsked(AnalyzedQuery query) {
    if (!yearRequired(query)) {
      return minimumShouldMatch(query.units().size());
    }
    int years = yearUnits(query);
    return years + minimumShouldMatch(query.units().size() - years);
  }

  /**
   * The graded query matching reports with any one of the units, of any year: what tops up a first
   * page that too few reports fill ({@code ReportSearcher}). Empty when that asks no fewer than the
   * query. One unit, not half of them: a question or a sentence typed as a user says it
   * (开通了哪些新媒体账号) has words every report might lack (开通, 账号) around the one it is about; asking for
   * two of three left the page with 4 reports while dozens name their 新媒体 accounts. Those reports
   * rank after the others by how much of the query they cover ({@link GradedQuery}), each listing
   * what it lacks.
   */
  Optional<ReportQuery> topUp(AnalyzedQuery query) {
    int any = 1;
    // Without the year's requirement, one unit can find more even when that is as many as the
    // query asks: the reports of other years.
    return any < unitsAsked(query) || yearRequired(query)
        ? Optional.of(build(query, any, false, false))
        : Optional.empty();
  }

  /**
   * The graded query asking for {@code msm} of the units, or, {@code yearRequired}, for the year
   * and {@code msm} of the other units.
   */
  private ReportQuery build(AnalyzedQuery query, int msm, boolean yearRequired, boolean relaxed) {
    if (query.isEmpty()) {
      Query all = withoutExcluded(new MatchAllDocsQuery(), query);
      return new ReportQuery(
          all, Optional.empty(), all, all, all, query, Map.of(), Map.of(), Map.of(), 0, false);
    }
    List<String> units = query.units();
    Map<String, Query> unitQueries = new LinkedHashMap<>();
    Map<String, Query> unitsInContent = new LinkedHashMap<>();
    Map<String, StemQuery> unitStems = new LinkedHashMap<>();
    BooleanQuery.Builder anyUnits = new BooleanQuery.Builder();
    boolean yearAdded = false;
    int asked = msm;
    for (String unit : units) {
      Query q = unitQuery(unit, query);
      unitQueries.put(unit, q);
      unitsInContent.put(unit, unitQuery(unit, query, ReportFields.CONTENT_FIELDS));
      Optional<StemQuery> stem = stemQuery(unit, query);
      if (stem.isPresent()) {
        unitStems.put(unit, stem.get());
        // A report with the stem only matches as one lacking the unit; it adds nothing to the
        // score of a report with the unit.
        q =
            new DisjunctionMaxQuery(
                List.of(q, new BoostQuery(new ConstantScoreQuery(stem.get()), 0f)), 0f);
      }
      if (yearRequired && MetadataWords.isYear(unit)) {
        // Years typed together are one alternation (see metadata): one clause stands for all.
        if (!yearAdded) {
          anyUnits.add(q, Occur.FILTER);
          yearAdded = true;
        }
        asked++;
      } else {
        anyUnits.add(q, Occur.SHOULD);
      }
    }
    anyUnits.setMinimumNumberShouldMatch(msm);

    Query enoughUnits = anyUnits.build();
    // Scores as +saturated(+enough (near)^PROXIMITY_WEIGHT) (all units)^1 (near)^2 (exact)^4 (as
    // typed)^4, each sub-query evaluated once per report (see GradedQuery).
    boolean allRequired = asked == units.size();
    // With a stem, a report may match without a unit it requires: each unit is checked.
    List<Query> eachUnit =
        allRequired && unitStems.isEmpty() ? List.of() : List.copyOf(unitQueries.values());
    GradedQuery scoring =
        new GradedQuery(
            enoughUnits,
            eachUnit,
            List.copyOf(unitsInContent.values()),
            units.stream()
                .<Query>map(u -> unitStems.containsKey(u) ? unitStems.get(u) : NO_STEM)
                .toList(),
            rarities(unitQueries.keySet(), query),
            nearQuery(query),
            exactQuery(query, true),
            hasWordVariants(query) ? Optional.of(exactQuery(query, false)) : Optional.empty(),
            proseQuery(query),
            query.words().size() > 1,
            PROXIMITY_WEIGHT,
            SATURATION_PIVOT);
    // What matches is exactly the reports with enough units, less the excluded.
    return new ReportQuery(
        withoutExcluded(scoring, query),
        Optional.of(scoring),
        withoutExcluded(enoughUnits, query),
        new ConstantScoreQuery(withoutExcluded(enoughUnits, query)),
        highlightQuery(query),
        query,
        unitQueries,
        unitsInContent,
        unitStems,
        asked,
        relaxed);
  }

  /**
   * The query shape before graded matching: every typed word must match as its exact bigram phrase
   * in some field. Kept for the latency comparison ({@code nianbao eval --latency}).
   */
  Query strict(AnalyzedQuery query) {
    if (query.isEmpty()) {
      return new MatchAllDocsQuery();
    }
    BooleanQuery.Builder must = new BooleanQuery.Builder();
    for (AnalyzedQuery.Word word : query.words()) {
      List<Query> perField = new ArrayList<>();
      for (String field : ReportFields.SEARCH_FIELDS) {
        perField.add(weighted(field, phrase(field, word.text()), 1f));
      }
      must.add(new DisjunctionMaxQuery(perField, TIE_BREAKER), Occur.MUST);
    }
    return must.build();
  }

  /**
   * {@code matching} less the reports that contain an excluded word: as written, in any searchable
   * field, or, for a year or a place, as the report's own (-2022 leaves out the 2022 reports). No
   * variant: the user excluded this string. Scores as {@code matching} does.
   */
  private Query withoutExcluded(Query matching, AnalyzedQuery query) {
    if (query.excluded().isEmpty()) {
      return matching;
    }
    BooleanQuery.Builder without = new BooleanQuery.Builder().add(matching, Occur.MUST);
    for (String text : query.excluded()) {
      metadataWords.of(text).ifPresent(q -> without.add(q, Occur.MUST_NOT));
      for (String field : ReportFields.SEARCH_FIELDS) {
        without.add(phrase(field, text), Occur.MUST_NOT);
      }
    }
    return without.build();
  }

  /**
   * Elasticsearch-style {@code "1<-1 5<75%"}: the one unit of a one-unit query, all but one of 2–5
   * units, 75 % above, rounded down as Elasticsearch rounds a percentage (6 units need 4, as 5 do).
   * Two units need one: the other is reported missing, and such hits rank below every report that
   * has both. A long query is mostly a sentence typed as a user says it (政务公开 存在的不足 改进措施): rounding
   * up asked 5 of its 6 words, and reports that discuss their shortcomings in other words fell out.
   */
  static int minimumShouldMatch(int units) {
    if (units <= 1) {
      return units;
    }
    if (units <= 5) {
      return units - 1;
    }
    return (int) Math.floor(units * 0.75);
  }

  /**
   * A unit, or one of its variants, in any searchable field, weighted by field. A variant that
   * stands for several units scores for the first only and barely for the others ({@value
   * #COVER_WEIGHT}): one phrase must not count as several words.
   */
  Query unitQuery(String unit, AnalyzedQuery query) {
    return unitQuery(unit, query, ReportFields.SEARCH_FIELDS);
  }

  /** {@link #unitQuery(String, AnalyzedQuery)} in {@code fields} only (and the metadata). */
  private Query unitQuery(String unit, AnalyzedQuery query, List<String> fields) {
    List<Query> inText = new ArrayList<>();
    for (String field : fields) {
      for (String written : asWritten(unit, query)) {
        inText.add(weighted(field, phrase(field, written), 1f));
      }
      for (String variant : query.variantsOf(unit)) {
        float weight = query.scores(unit, variant) ? VARIANT_WEIGHT : COVER_WEIGHT;
        inText.add(weighted(field, phrase(field, variant), weight));
      }
    }
    Optional<Query> metadata = metadata(unit, query);
    if (metadata.isEmpty()) {
      return new DisjunctionMaxQuery(inText, TIE_BREAKER);
    }
    if (MetadataWords.isYear(unit)) {
      // A year typed is the report's year: its text names the years it compares with (较2022年),
      // so 2022 政务新媒体 listed 2023 reports as full matches among the 2022 ones. The text
      // stands in only for a report whose year is unknown.
      return new DisjunctionMaxQuery(
          List.of(metadata.get(), withoutYear(new DisjunctionMaxQuery(inText, TIE_BREAKER))),
          TIE_BREAKER);
    }
    List<Query> alternatives = new ArrayList<>(inText.size() + 1);
    alternatives.add(metadata.get());
    alternatives.addAll(inText);
    return new DisjunctionMaxQuery(alternatives, TIE_BREAKER);
  }

  /**
   * The unit's stem ({@link AnalyzedQuery#stems}: 访问 of 访问量) in the title or the report's own text;
   * none for a year or a place, which the metadata matches.
   */
  private Optional<StemQuery> stemQuery(String unit, AnalyzedQuery query) {
    if (metadataWords.of(unit).isPresent()) {
      return Optional.empty();
    }
    return Optional.ofNullable(query.stems().get(unit))
        .map(
            stem -> {
              List<Query> inText = new ArrayList<>();
              for (String field : ReportFields.CONTENT_FIELDS) {
                inText.add(phrase(field, stem));
              }
              return new StemQuery(stem, inText);
            });
  }

  /** A unit's stem where it has none: in {@link GradedQuery}'s list of stems, one per unit. */
  private static final Query NO_STEM = new MatchNoDocsQuery("no stem");

  /** {@code q} in the reports that have no year. */
  private static Query withoutYear(Query q) {
    return new BooleanQuery.Builder()
        .add(q, Occur.MUST)
        .add(new FieldExistsQuery(ReportFields.YEAR), Occur.MUST_NOT)
        .build();
  }

  /**
   * The reports a unit names by their metadata, if it names a year, a place or a level. Years typed
   * together are alternatives, as a report has one year: 2022 2023 政务新媒体 asks for the reports of
   * either year, so each year word matches both years' reports.
   */
  private Optional<Query> metadata(String unit, AnalyzedQuery query) {
    if (!MetadataWords.isYear(unit)) {
      return metadataWords.of(unit);
    }
    List<Query> years = new ArrayList<>();
    for (String year : typedYears(query)) {
      metadataWords.of(year).ifPresent(years::add);
    }
    return Optional.of(years.size() == 1 ? years.get(0) : new DisjunctionMaxQuery(years, 0f));
  }

  /**
   * How a report's text writes the unit: as it is, or for a year, any year typed with it, as digits
   * (reports write 2022年, 2022年度 and 2022 alike).
   */
  private static List<String> asWritten(String unit, AnalyzedQuery query) {
    if (!MetadataWords.isYear(unit)) {
      return List.of(unit);
    }
    return typedYears(query).stream().map(MetadataWords::inText).distinct().toList();
  }

  private List<UnitRarity> rarities(Iterable<String> units, AnalyzedQuery query) {
    List<UnitRarity> rarities = new ArrayList<>();
    for (String unit : units) {
      rarities.add(new UnitRarity(unit, metadata(unit, query), isTopic(unit)));
    }
    return rarities;
  }

  /**
   * Whether {@code unit} is a word of the domain's vocabulary: a wording of a variant group (seen
   * in real reports) or a name smartcn leaves as single characters ({@link KnownWords}).
   */
  private static boolean isTopic(String unit) {
    return !Variants.bundled().of(unit).isEmpty() || KnownWords.bundled().contains(unit);
  }

  private static boolean hasWordVariants(AnalyzedQuery query) {
    return query.words().stream().anyMatch(w -> !w.variants().isEmpty());
  }

  /**
   * Every typed word as written (or, {@code withVariants}, as one of its variants) in the title or
   * the content.
   */
  private Query exactQuery(AnalyzedQuery query, boolean withVariants) {
    BooleanQuery.Builder must = new BooleanQuery.Builder();
    for (AnalyzedQuery.Word word : topicalWords(query)) {
      List<Query> alternatives = new ArrayList<>();
      for (String field : ReportFields.CONTENT_FIELDS) {
        alternatives.add(phrase(field, word.text()));
        if (withVariants) {
          for (String variant : word.variants()) {
            alternatives.add(phrase(field, variant));
          }
        }
      }
      must.add(new DisjunctionMaxQuery(alternatives, 0f), Occur.MUST);
    }
    return must.build();
  }

  /**
   * The typed words about the topic: those with a unit that names no year or place (a year or place
   * is matched by the report's metadata), or every word when all name one.
   */
  private List<AnalyzedQuery.Word> topicalWords(AnalyzedQuery query) {
    List<AnalyzedQuery.Word> topical =
        query.words().stream()
            .filter(w -> w.units().stream().anyMatch(u -> metadataWords.of(u).isEmpty()))
            .toList();
    return topical.isEmpty() ? query.words() : topical;
  }

  /**
   * Some typed word, as written, in the title, or in the content away from the edges of list items:
   * where the report writes about it rather than naming it among others (微信、微博、抖音). The index marks
   * the tokens beside each 、 ({@link ReportAnalyzers#LIST_ITEM_MARK}); an occurrence that overlaps
   * a mark is a list item's.
   */
  private Query proseQuery(AnalyzedQuery query) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    IntervalsSource listEdge = Intervals.term(ReportAnalyzers.LIST_ITEM_MARK);
    for (AnalyzedQuery.Word word : topicalWords(query)) {
      // As typed only: a report with the words only through a variant already ranks below those
      // with them as typed, and its variants (up to eight a word) would each add two clauses to a
      // check made for every report ranked.
      IntervalsSource source = intervals(word.text());
      if (source != null) {
        any.add(new IntervalQuery(ReportFields.TITLE_CJK, source), Occur.SHOULD);
        any.add(
            new IntervalQuery(ReportFields.BODY_CJK, Intervals.nonOverlapping(source, listEdge)),
            Occur.SHOULD);
      }
    }
    return any.build();
  }

  /**
   * All units within a window of one content field's value (a part: values are far apart in
   * positions), in any order; scores by how often they do.
   */
  private Query nearQuery(AnalyzedQuery query) {
    List<Query> perField = new ArrayList<>();
    // A year or place typed among topic words is matched by the metadata: nearness is about the
    // topic.
    List<String> topical =
        query.units().stream().filter(u -> metadataWords.of(u).isEmpty()).toList();
    List<String> units = topical.isEmpty() ? query.units() : topical;
    for (String field : ReportFields.CONTENT_FIELDS) {
      List<IntervalsSource> sources = new ArrayList<>();
      int width = NEAR_SLOP;
      for (String unit : units) {
        List<IntervalsSource> alternatives = new ArrayList<>();
        int longest = 0;
        for (String text : withVariants(unit, query.variantsOf(unit))) {
          IntervalsSource source = intervals(text);
          if (source != null) {
            alternatives.add(source);
            longest = Math.max(longest, widest(text));
          }
        }
        sources.add(alternatives.size() == 1 ? alternatives.get(0) : Intervals.or(alternatives));
        width += longest;
      }
      IntervalsSource all =
          sources.size() == 1
              ? sources.get(0)
              : Intervals.maxwidth(
                  width, Intervals.unordered(sources.toArray(IntervalsSource[]::new)));
      perField.add(weighted(field, new IntervalQuery(field, all), 1f));
    }
    return new DisjunctionMaxQuery(perField, 0f);
  }

  /** Every string that should be marked in a snippet, in every searchable field. */
  private Query highlightQuery(AnalyzedQuery query) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String text : query.markedStrings()) {
      for (String field : ReportFields.SEARCH_FIELDS) {
        any.add(phrase(field, text), Occur.SHOULD);
      }
    }
    return any.build();
  }

  private static List<String> withVariants(String unit, List<String> variants) {
    List<String> all = new ArrayList<>(variants.size() + 1);
    all.add(unit);
    all.addAll(variants);
    return all;
  }

  /**
   * The text as an exact substring of {@code field}: a bigram phrase, or a single character's
   * bigrams.
   */
  Query phrase(String field, String text) {
    if (Variants.isSpread(text)) {
      IntervalsSource spread = intervals(text);
      return spread == null
          ? new MatchNoDocsQuery("a word of the spread variant has no token")
          : new IntervalQuery(field, spread);
    }
    String single = singleCjkCharacter(text);
    if (single != null) {
      return new BooleanQuery.Builder()
          .add(new PrefixQuery(new Term(field, single)), Occur.SHOULD)
          .add(new WildcardQuery(new Term(field, "?" + single)), Occur.SHOULD)
          .build();
    }
    Optional<IntervalsSource> edged = withLoneEdge(tokens(ReportAnalyzers.bigrams(), text));
    if (edged.isPresent()) {
      return new IntervalQuery(field, edged.get());
    }
    Query q = bigrams.createPhraseQuery(field, text);
    // No token at all (punctuation only) cannot happen for an analysed unit; match nothing if it
    // does.
    return q == null ? new BooleanQuery.Builder().build() : q;
  }

  /**
   * The tokens as a phrase of intervals when a lone CJK character stands at an edge, next to Latin
   * letters or digits (B站 → b | 站): in a report's text the character usually runs on into a bigram
   * (B站、小红书 is indexed b | 站小 | 小红 | 红书), so at the end it matches any bigram it starts, at the
   * start any bigram it ends, or itself alone. Empty for any other tokens.
   */
  private static Optional<IntervalsSource> withLoneEdge(List<String> tokens) {
    int last = tokens.size() - 1;
    if (!hasLoneStart(tokens) && !hasLoneEnd(tokens)) {
      return Optional.empty();
    }
    IntervalsSource[] sources = new IntervalsSource[tokens.size()];
    for (int i = 0; i <= last; i++) {
      String token = tokens.get(i);
      BytesRef bytes = new BytesRef(token);
      if (i == last && isLoneCjk(token)) {
        sources[i] = Intervals.prefix(bytes, MAX_EXPANSIONS);
      } else if (i == 0 && isLoneCjk(token)) {
        sources[i] =
            Intervals.or(
                Intervals.term(bytes),
                Intervals.wildcard(new BytesRef("?" + token), MAX_EXPANSIONS));
      } else {
        sources[i] = Intervals.term(bytes);
      }
    }
    return Optional.of(Intervals.phrase(sources));
  }

  /** The text as an intervals source over bigram terms, or null when it has no token. */
  private static IntervalsSource intervals(String text) {
    if (Variants.isSpread(text)) {
      return spread(text);
    }
    String single = singleCjkCharacter(text);
    if (single != null) {
      return Intervals.or(
          Intervals.prefix(new BytesRef(single), MAX_EXPANSIONS),
          Intervals.wildcard(new BytesRef("?" + single), MAX_EXPANSIONS));
    }
    List<String> terms = tokens(ReportAnalyzers.bigrams(), text);
    if (terms.isEmpty()) {
      return null;
    }
    Optional<IntervalsSource> edged = withLoneEdge(terms);
    if (edged.isPresent()) {
      return edged.get();
    }
    return terms.size() == 1
        ? Intervals.term(terms.get(0))
        : Intervals.phrase(terms.toArray(String[]::new));
  }

  /**
   * A spread variant's words (预算…决算, always two or more: {@code Variants} joins them) in any order
   * within one window of {@value #NEAR_SLOP} positions beyond their own length, as the near grade
   * asks of a query's words; null when a word has no token.
   */
  private static IntervalsSource spread(String variant) {
    List<String> words = Variants.words(variant);
    IntervalsSource[] sources = new IntervalsSource[words.size()];
    for (int i = 0; i < sources.length; i++) {
      sources[i] = intervals(words.get(i));
      if (sources[i] == null) {
        return null;
      }
    }
    return Intervals.maxwidth(widest(variant), Intervals.unordered(sources));
  }

  /**
   * The most positions a match of {@code text} covers: its tokens, or a spread variant's window.
   */
  private static int widest(String text) {
    if (!Variants.isSpread(text)) {
      return Math.max(1, tokens(ReportAnalyzers.bigrams(), text).size());
    }
    int width = NEAR_SLOP;
    for (String word : Variants.words(text)) {
      width += widest(word);
    }
    return width;
  }

  private static Query weighted(String field, Query q, float weight) {
    float fieldWeight =
        switch (field) {
          case ReportFields.TITLE_CJK -> TITLE_WEIGHT;
          case ReportFields.BODY_BOILERPLATE_CJK -> BOILERPLATE_WEIGHT;
          default -> 1f;
        };
    float boost = fieldWeight * weight;
    return boost == 1f ? q : new BoostQuery(q, boost);
  }

  /** The character when {@code text} analyses to one lone CJK character, else null. */
  static String singleCjkCharacter(String text) {
    List<String> tokens = tokens(ReportAnalyzers.bigrams(), text);
    if (tokens.size() != 1) {
      return null;
    }
    String token = tokens.get(0);
    return isLoneCjk(token) ? token : null;
  }

  /**
   * Whether the text's bigram tokens end with a lone CJK character after another token (B站 → b |
   * 站): the character matches any bigram it starts.
   */
  static boolean hasLoneEnd(List<String> tokens) {
    return tokens.size() > 1 && isLoneCjk(tokens.get(tokens.size() - 1));
  }

  /** Whether the tokens start with a lone CJK character before another token (理B → 理 | b). */
  static boolean hasLoneStart(List<String> tokens) {
    return tokens.size() > 1 && isLoneCjk(tokens.get(0));
  }

  /** Whether a bigram-field token is one CJK character (a character the bigrams left alone). */
  private static boolean isLoneCjk(String token) {
    if (token.codePointCount(0, token.length()) != 1) {
      return false;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(token.codePointAt(0));
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.HANGUL;
  }

  static List<String> tokens(Analyzer analyzer, String text) {
    List<String> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tokens;
  }
}
