package org.nianbao.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.IOFunction;

/**
 * The graded query of {@link ReportQueryBuilder} evaluated in one scorer. It scores exactly as
 *
 * <pre>
 *   +saturated(+enough  (near)^proximityWeight)   (ConstantScore(all units))^1
 *   (ConstantScore(near))^2   (ConstantScore(exact))^4   (ConstantScore(as typed))^4
 * </pre>
 *
 * does in Lucene for a report with every unit in its title or its own text (the same float and
 * double operations in the same order, {@link #score(float, boolean, float, boolean, double,
 * boolean, boolean, boolean, double)}), except that half of the part below 1 says whether the
 * report writes about a typed word rather than only listing it ({@link #PROSE_SHARE}); a report
 * lacking a unit, or having one only in the template boilerplate ({@link #TEMPLATE_ONLY_SHARE}),
 * scores below every grade, by the share of the query it covers, then by that same part below 1
 * ({@link #partialScore}). Each sub-query is evaluated once per report: as separate clauses, the
 * proximity query (intervals over every position of the words) ran twice per report, once to score
 * and once for its bonus, and the units' queries twice, for the relevance and for "all units". It
 * matches exactly what {@code enough} matches.
 */
final class GradedQuery extends Query {

  /**
   * The units, at least the minimum-should-match of them: what matches, and the BM25 part of the
   * score.
   */
  private final Query enough;

  /**
   * Each unit's query, in any searchable field; empty when {@code enough} requires them all (every
   * match has every unit somewhere).
   */
  private final List<Query> units;

  /**
   * Each unit's query in the title or the report's own text (or its metadata, for a year or a
   * place), in the order of {@code rarities}: a unit found only in the template boilerplate does
   * not make the report have every unit.
   */
  private final List<Query> unitsInContent;

  /**
   * Each unit's stem in the title or the report's own text, in the order of {@code unitsInContent}:
   * the dictionary word of a unit smartcn cut into that word and a lone character after it (访问 of
   * 访问量, 答复 of 答复书, 国资 of 国资委); {@code MatchNoDocsQuery} for a unit without one.
   */
  private final List<Query> stems;

  /**
   * Whether a report matching {@code exact} has the unit in its own text, in the order of {@code
   * unitsInContent}: a unit of a typed word that names no year or place (no metadata to its rarity)
   * is part of the word's text (or satisfied by the word's variants), so an exact match has it
   * where the word stands, and its own check is skipped. A year or place unit is matched by the
   * report's metadata, which the exact text does not tell.
   */
  private final boolean[] inContentIfExact;

  /** What each unit's weight is read from, in the order of {@code unitsInContent}. */
  private final List<UnitRarity> rarities;

  /**
   * The units near each other in one content field (scored, boosted by {@code proximityWeight}).
   */
  private final Query near;

  /** Every typed word as written, or as a variant, in the title or the content. */
  private final Query exact;

  /**
   * Every typed word as written, no variant, in the title or the content; empty when the query has
   * no variant (it is then {@code exact}).
   */
  private final Optional<Query> asTyped;

  /**
   * Some typed word, as written, in the title, or in the content not at the edge of a list item
   * (see {@code ReportAnalyzers.LIST_ITEM_MARK}): the report writes about it, not only lists it.
   */
  private final Query prose;

  /**
   * Whether {@link #prose} is checked on reports lacking a unit: only when more than one word is
   * typed. A report with the one typed word as written has all of its units but a year inside it,
   * which must be the report's own; so on a one-word query's partial matches the check could only
   * tell apart reports of another year writing that year's word (2023年政务新媒体 in a 2024 report), and
   * it is not worth a check per partial match.
   */
  private final boolean partialsCanBeInProse;

  /**
   * The share of the relevance part that {@link #prose} decides: within a grade, or among partial
   * matches covering as much of the query, the reports that write about a word come before those
   * that only list it (政府采购 in a sentence of its own, above 政府采购 as one of ten kinds of information
   * published), then each by relevance. On the judged dev queries, reports naming the words only as
   * list items were mostly judged 1. Partial matches were first ordered without it, by relevance
   * alone, which the word a report repeats most decides: on the second held-out set (new queries,
   * ten of which have fewer full matches than a page) ordering them by it too moved nDCG@10 from
   * 0.733 to 0.744, and the dev set and the first held-out set did not drop.
   */
  static final double PROSE_SHARE = 0.5;

  /**
   * The share of its weight a unit found only in the template boilerplate covers. Every whole
   * report prints the template's table labels (第三方, 商业秘密, 行政复议 …), so such a word says nothing
   * about the report: with it, 第三方评估 ranked reports that only evaluate something (评估) and print 第三方
   * in a table label as having every word, above reports that name an evaluation another way. Half,
   * not none: they still come before reports lacking the word altogether.
   */
  static final double TEMPLATE_ONLY_SHARE = 0.5;

  /**
   * The share of its weight a unit covers when the report lacks it but has its stem in its own text
   * (访问 for 访问量: a report counting its 访问人次): as a partial match, as BM25 over smartcn's words
   * finds it.
   */
  static final double STEM_SHARE = 0.5;

  private final float proximityWeight;
  private final double pivot;

  GradedQuery(
      Query enough,
      List<Query> units,
      List<Query> unitsInContent,
      List<Query> stems,
      List<UnitRarity> rarities,
      Query near,
      Query exact,
      Optional<Query> asTyped,
      Query prose,
      boolean partialsCanBeInProse,
      float proximityWeight,
      double pivot) {
    this.enough = Objects.requireNonNull(enough);
    this.units = List.copyOf(units);
    this.unitsInContent = List.copyOf(unitsInContent);
    this.stems = List.copyOf(stems);
    this.rarities = List.copyOf(rarities);
    this.inContentIfExact = new boolean[this.rarities.size()];
    for (int i = 0; i < inContentIfExact.length; i++) {
      inContentIfExact[i] = this.rarities.get(i).metadata().isEmpty();
    }
    if (this.unitsInContent.size() != this.rarities.size()
        || this.stems.size() != this.rarities.size()
        || !(this.units.isEmpty() || this.units.size() == this.rarities.size())) {
      throw new IllegalArgumentException("one rarity per unit, and no unit query or one per unit");
    }
    this.near = Objects.requireNonNull(near);
    this.exact = Objects.requireNonNull(exact);
    this.asTyped = Objects.requireNonNull(asTyped);
    this.prose = Objects.requireNonNull(prose);
    this.partialsCanBeInProse = partialsCanBeInProse;
    this.proximityWeight = proximityWeight;
    this.pivot = pivot;
  }

  /**
   * The score of one report, as the clause tree computes it: the relevance is the required clause
   * plus the optional proximity clause (a double sum cast to float), squeezed into [0, 1) as {@code
   * r / (r + pivot)} (order-preserving, so it ranks like the relevance itself but never reaches the
   * next grade's bonus of 1), plus, when every unit matches, the bonuses reached (constant scores,
   * summed as a disjunction sums them). {@code prose} takes {@link #PROSE_SHARE} of the part below
   * 1, the relevance the rest; a report lacking a unit reaches no bonus and is ordered by that part
   * after the share of the query it covers ({@link #partialScore}).
   */
  static float score(
      float enoughScore,
      boolean nearMatched,
      float nearScore,
      boolean all,
      double coverage,
      boolean exact,
      boolean asTyped,
      boolean prose,
      double pivot) {
    double relevance = enoughScore;
    if (nearMatched) {
      relevance += nearScore;
    }
    double s = Math.max(0, (double) (float) relevance);
    double saturated = s / (s + pivot);
    float relevancePart = saturated >= 0 ? (float) (saturated * 1f) : 0f;
    // Writing about the words first (PROSE_SHARE), then relevance: still below 1.
    relevancePart = (float) ((prose ? PROSE_SHARE : 0) + (1 - PROSE_SHARE) * relevancePart);
    if (!all) {
      // A partial match reaches no grade. The exact and near grades read the topic words, so a
      // report that lacks only a year or place typed among them (another year's report) has them:
      // with their bonuses it outranked every report of the year that has the words only through
      // a variant (2023 年报 山东: 唐村镇's 2010 年报 above 聊城's 2023 年度报告).
      return partialScore(coverage, relevancePart);
    }
    double bonuses = MatchGrade.ALL_BONUS;
    if (nearMatched) {
      bonuses += MatchGrade.NEAR_BONUS;
    }
    if (exact) {
      bonuses += MatchGrade.EXACT_BONUS;
    }
    if (exact && asTyped) {
      bonuses += MatchGrade.AS_TYPED_BONUS;
    }
    double total = relevancePart;
    total += (float) bonuses;
    return (float) total;
  }

  /**
   * Steps of the covered share that order partial matches: shares closer than one step tie, and the
   * relevance decides.
   */
  static final int COVERAGE_STEPS = 100;

  /**
   * The score of a report lacking a unit, below 1 (every grade's bonus): first the share of the
   * query's weight its units cover, then {@code relevance}, the part below 1 of {@link #score}. By
   * relevance alone, a report repeating one common word outranked reports with more of the words
   * and the rarest one (哪些单位开通了 抖音账号: a report with 开通 only, above those with 单位 and 抖音).
   */
  static float partialScore(double coverage, float relevance) {
    int step =
        (int) Math.min(COVERAGE_STEPS - 1, Math.floor(Math.max(0, coverage) * COVERAGE_STEPS));
    float score = (float) ((step + (double) relevance) / COVERAGE_STEPS);
    return Math.min(score, Math.nextDown(1f));
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    Query e = enough.rewrite(searcher);
    List<Query> u = each(units, unit -> unit.rewrite(searcher));
    List<Query> c = each(unitsInContent, unit -> unit.rewrite(searcher));
    List<Query> st = each(stems, stem -> stem.rewrite(searcher));
    boolean changed =
        e != enough
            || !sameQueries(u, units)
            || !sameQueries(c, unitsInContent)
            || !sameQueries(st, stems);
    Query n = near.rewrite(searcher);
    Query x = exact.rewrite(searcher);
    Optional<Query> t = asTyped.isEmpty() ? asTyped : Optional.of(asTyped.get().rewrite(searcher));
    Query p = prose.rewrite(searcher);
    changed |= n != near || x != exact || (t.isPresent() && t.get() != asTyped.get()) || p != prose;
    return changed
        ? new GradedQuery(
            e, u, c, st, rarities, n, x, t, p, partialsCanBeInProse, proximityWeight, pivot)
        : this;
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost)
      throws IOException {
    if (!scoreMode.needsScores()) {
      return searcher.createWeight(enough, scoreMode, boost);
    }
    return new GradedWeight(
        searcher.createWeight(enough, ScoreMode.COMPLETE, 1f), graderWeights(searcher));
  }

  /**
   * Grades the reports that the first phase found and scored by {@code enough} alone (the rescore
   * window's candidates): their relevance is the candidate's score, so {@code enough} is neither
   * matched nor scored again. Reading it, a phrase per unit and variant in every field, was a
   * quarter of rescoring a window.
   */
  CandidateGrading candidateGrading(IndexSearcher searcher) throws IOException {
    GradedQuery rewritten = (GradedQuery) searcher.rewrite(this);
    return rewritten.graderWeights(searcher);
  }

  /** The weights of everything but {@code enough}: what grades a report that matches it. */
  private GraderWeights graderWeights(IndexSearcher searcher) throws IOException {
    Weight nearWeight = searcher.createWeight(near, ScoreMode.COMPLETE, proximityWeight);
    Weight asTypedWeight =
        asTyped.isEmpty()
            ? null
            : searcher.createWeight(asTyped.get(), ScoreMode.COMPLETE_NO_SCORES, 1f);
    return new GraderWeights(
        matchWeights(units, searcher),
        matchWeights(unitsInContent, searcher),
        matchWeights(stems, searcher),
        shares(searcher),
        nearWeight,
        searcher.createWeight(exact, ScoreMode.COMPLETE_NO_SCORES, 1f),
        asTypedWeight,
        searcher.createWeight(prose, ScoreMode.COMPLETE_NO_SCORES, 1f));
  }

  /** {@code step} applied to each item, in order: the same step for both unit lists. */
  private static <T, R> List<R> each(List<T> items, IOFunction<T, R> step) throws IOException {
    List<R> results = new ArrayList<>(items.size());
    for (T item : items) {
      results.add(step.apply(item));
    }
    return results;
  }

  /** Whether each query of {@code a} is the very object at its place in {@code b}. */
  private static boolean sameQueries(List<Query> a, List<Query> b) {
    for (int i = 0; i < a.size(); i++) {
      if (a.get(i) != b.get(i)) {
        return false;
      }
    }
    return true;
  }

  /** Weights that only tell whether a report matches. */
  private static List<Weight> matchWeights(List<Query> queries, IndexSearcher searcher)
      throws IOException {
    return each(queries, query -> searcher.createWeight(query, ScoreMode.COMPLETE_NO_SCORES, 1f));
  }

  /**
   * Each unit's share of the query's weight (its inverse document frequency, {@link UnitRarity}),
   * summing to 1: what a partial match covers. A topic unit also weighs what all the query's other
   * units weigh together, so a report with it covers more than one with every other unit: in a
   * collection of a hundred reports, the verb of 哪些部门开通了抖音 was in fewer reports than 抖音, and a
   * report that only 开通 a 微信公众号 came first. With no topic unit, or only topic units, the shares are
   * the units' rarities alone.
   */
  private double[] shares(IndexSearcher searcher) throws IOException {
    double[] shares = new double[rarities.size()];
    double others = 0;
    for (int i = 0; i < shares.length; i++) {
      shares[i] = rarities.get(i).weight(searcher);
      if (!rarities.get(i).topic()) {
        others += shares[i];
      }
    }
    double sum = 0;
    for (int i = 0; i < shares.length; i++) {
      if (rarities.get(i).topic()) {
        shares[i] += others;
      }
      sum += shares[i];
    }
    for (int i = 0; i < shares.length; i++) {
      shares[i] /= sum;
    }
    return shares;
  }

  /** Whether a report has unit {@code i} (in its own text, or anywhere). */
  private interface UnitCheck {
    boolean has(int i) throws IOException;
  }

  /** The share of the query's weight a report covers, and whether it has every unit as its own. */
  private record Coverage(boolean all, double share) {}

  /**
   * What a report covers of the units ({@code shares} their weights): a unit in its own text (known
   * without a check when the report matched {@code exact}, see {@link #inContentIfExact}) covers
   * its share, a unit found only elsewhere, the template boilerplate, {@link #TEMPLATE_ONLY_SHARE}
   * of it, a unit lacking with its stem in the report's own text, {@link #STEM_SHARE} of it. Checks
   * run lazily, in that order, as few as the answer needs.
   */
  private Coverage coverage(
      double[] shares, boolean exact, UnitCheck inContent, UnitCheck anywhere, UnitCheck stem)
      throws IOException {
    boolean all = true;
    double share = 0;
    for (int i = 0; i < shares.length; i++) {
      if ((exact && inContentIfExact[i]) || inContent.has(i)) {
        share += shares[i];
        continue;
      }
      all = false;
      if (anywhere.has(i)) {
        share += shares[i] * TEMPLATE_ONLY_SHARE;
      } else if (stem.has(i)) {
        share += shares[i] * STEM_SHARE;
      }
    }
    return new Coverage(all, share);
  }

  /** The grading of reports known to match {@code enough}, given their relevance. */
  interface CandidateGrading {
    /** The grading in one segment; {@code leadCost} is how many of its reports will be graded. */
    LeafGrader grader(LeafReaderContext context, long leadCost) throws IOException;
  }

  /** Grades reports of one segment, in ascending doc id order. */
  interface LeafGrader {
    /** The graded score of {@code doc} (segment-local), whose {@code enough} score is given. */
    float score(int doc, float relevance) throws IOException;
  }

  /** The weights that grade a report: each unit, stem, near, exact, as typed and prose. */
  private final class GraderWeights implements CandidateGrading {
    private final List<Weight> unitWeights;
    private final List<Weight> inContentWeights;
    private final List<Weight> stemWeights;
    private final double[] shares;
    private final Weight nearWeight;
    private final Weight exactWeight;

    /** Null when the query has no variant: "as typed" is then "exact". */
    private final Weight asTypedWeight;

    private final Weight proseWeight;

    GraderWeights(
        List<Weight> unitWeights,
        List<Weight> inContentWeights,
        List<Weight> stemWeights,
        double[] shares,
        Weight nearWeight,
        Weight exactWeight,
        Weight asTypedWeight,
        Weight proseWeight) {
      this.unitWeights = unitWeights;
      this.inContentWeights = inContentWeights;
      this.stemWeights = stemWeights;
      this.shares = shares;
      this.nearWeight = nearWeight;
      this.exactWeight = exactWeight;
      this.asTypedWeight = asTypedWeight;
      this.proseWeight = proseWeight;
    }

    /** How a report matching {@code enough} ({@code enoughExpl}) is graded. */
    Explanation explain(LeafReaderContext context, int doc, Explanation enoughExpl)
        throws IOException {
      boolean exact = exactWeight.explain(context, doc).isMatch();
      Coverage covered =
          coverage(
              shares,
              exact,
              i -> inContentWeights.get(i).explain(context, doc).isMatch(),
              i -> unitWeights.isEmpty() || unitWeights.get(i).explain(context, doc).isMatch(),
              i -> stemWeights.get(i).explain(context, doc).isMatch());
      boolean all = covered.all();
      double coverage = covered.share();
      Explanation nearExpl = nearWeight.explain(context, doc);
      boolean asTyped =
          asTypedWeight == null ? exact : asTypedWeight.explain(context, doc).isMatch();
      boolean inProse =
          (all || partialsCanBeInProse) && proseWeight.explain(context, doc).isMatch();
      float score =
          score(
              enoughExpl.getValue().floatValue(),
              nearExpl.isMatch(),
              nearExpl.isMatch() ? nearExpl.getValue().floatValue() : 0f,
              all,
              coverage,
              exact,
              asTyped,
              inProse,
              pivot);
      return Explanation.match(
          score,
          "graded: saturated(units + near) + bonuses (all "
              + all
              + (all ? "" : ", covers " + Math.round(coverage * 100) + " % of the query")
              + ", near "
              + nearExpl.isMatch()
              + ", exact "
              + exact
              + ", as typed "
              + asTyped
              + ", in prose "
              + inProse
              + ")",
          enoughExpl,
          nearExpl);
    }

    /** The followers' suppliers in one segment: a supplier is cheap, a scorer is not. */
    GraderSuppliers suppliers(LeafReaderContext context) throws IOException {
      return new GraderSuppliers(
          each(unitWeights, w -> w.scorerSupplier(context)),
          each(inContentWeights, w -> w.scorerSupplier(context)),
          each(stemWeights, w -> w.scorerSupplier(context)),
          nearWeight.scorerSupplier(context),
          exactWeight.scorerSupplier(context),
          asTypedWeight == null ? null : asTypedWeight.scorerSupplier(context),
          proseWeight.scorerSupplier(context));
    }

    @Override
    public LeafGrader grader(LeafReaderContext context, long leadCost) throws IOException {
      return grader(suppliers(context), leadCost);
    }

    /** The grader of a segment, its followers built for a lead of {@code leadCost} reports. */
    Grader grader(GraderSuppliers suppliers, long leadCost) throws IOException {
      return new Grader(
          each(suppliers.units(), supplier -> Follower.of(supplier, leadCost)),
          each(suppliers.inContent(), supplier -> Follower.of(supplier, leadCost)),
          each(suppliers.stems(), supplier -> Follower.of(supplier, leadCost)),
          shares,
          Follower.of(suppliers.near(), leadCost),
          Follower.of(suppliers.exact(), leadCost),
          asTypedWeight == null,
          Follower.of(suppliers.asTyped(), leadCost),
          Follower.of(suppliers.prose(), leadCost));
    }
  }

  /** Each follower's supplier in one segment (null where no report of it matches). */
  private record GraderSuppliers(
      List<ScorerSupplier> units,
      List<ScorerSupplier> inContent,
      List<ScorerSupplier> stems,
      ScorerSupplier near,
      ScorerSupplier exact,
      ScorerSupplier asTyped,
      ScorerSupplier prose) {}

  private final class GradedWeight extends Weight {
    private final Weight enoughWeight;
    private final GraderWeights graderWeights;

    GradedWeight(Weight enoughWeight, GraderWeights graderWeights) {
      super(GradedQuery.this);
      this.enoughWeight = enoughWeight;
      this.graderWeights = graderWeights;
    }

    @Override
    public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
      ScorerSupplier enoughSupplier = enoughWeight.scorerSupplier(context);
      if (enoughSupplier == null) {
        return null;
      }
      GraderSuppliers graderSuppliers = graderWeights.suppliers(context);
      return new ScorerSupplier() {
        @Override
        public Scorer get(long leadCost) throws IOException {
          Scorer lead = enoughSupplier.get(leadCost);
          long cost = Math.min(leadCost, lead.iterator().cost());
          return new GradedScorer(lead, graderWeights.grader(graderSuppliers, cost));
        }

        @Override
        public long cost() {
          return enoughSupplier.cost();
        }
      };
    }

    @Override
    public Explanation explain(LeafReaderContext context, int doc) throws IOException {
      Explanation enoughExpl = enoughWeight.explain(context, doc);
      if (!enoughExpl.isMatch()) {
        return Explanation.noMatch("not enough of the query's units", enoughExpl);
      }
      return graderWeights.explain(context, doc, enoughExpl);
    }

    @Override
    public boolean isCacheable(LeafReaderContext ctx) {
      return false;
    }
  }

  /**
   * A sub-query's scorer, advanced to the lead's documents only, confirming a two-phase match once
   * per document.
   */
  private static final class Follower {
    private final Scorer scorer;
    private final DocIdSetIterator approximation;
    private final TwoPhaseIterator twoPhase;
    private int confirmedDoc = -1;
    private boolean matched;

    private Follower(Scorer scorer) {
      this.scorer = scorer;
      this.twoPhase = scorer.twoPhaseIterator();
      this.approximation = twoPhase == null ? scorer.iterator() : twoPhase.approximation();
    }

    static Follower of(ScorerSupplier supplier, long leadCost) throws IOException {
      return supplier == null ? null : new Follower(supplier.get(leadCost));
    }

    boolean matches(int doc) throws IOException {
      if (confirmedDoc == doc) {
        return matched;
      }
      int at = approximation.docID();
      if (at < doc) {
        at = approximation.advance(doc);
      }
      matched = at == doc && (twoPhase == null || twoPhase.matches());
      confirmedDoc = doc;
      return matched;
    }

    float score() throws IOException {
      return scorer.score();
    }
  }

  /** Grades the reports of one segment that match {@code enough}, in ascending doc id order. */
  private final class Grader implements LeafGrader {
    /** Each unit anywhere; empty when every match has every unit somewhere. */
    private final List<Follower> units;

    private final List<Follower> unitsInContent;

    /** Each unit's stem in its own text; null for a unit without one, or none in this segment. */
    private final List<Follower> stems;

    private final double[] shares;
    private final Follower near;
    private final Follower exact;

    /** When the query has no variant: every exact match is as typed. */
    private final boolean asTypedIsExact;

    /**
     * Null when {@code asTypedIsExact} or when no report of this segment has the words as typed.
     */
    private final Follower asTyped;

    /** Null when no report of this segment has a typed word in prose. */
    private final Follower prose;

    Grader(
        List<Follower> units,
        List<Follower> unitsInContent,
        List<Follower> stems,
        double[] shares,
        Follower near,
        Follower exact,
        boolean asTypedIsExact,
        Follower asTyped,
        Follower prose) {
      this.units = units;
      this.unitsInContent = unitsInContent;
      this.stems = stems;
      this.shares = shares;
      this.near = near;
      this.exact = exact;
      this.asTypedIsExact = asTypedIsExact;
      this.asTyped = asTyped;
      this.prose = prose;
    }

    @Override
    public float score(int doc, float relevance) throws IOException {
      boolean exactMatched = exact != null && exact.matches(doc);
      Coverage covered =
          coverage(
              shares,
              exactMatched,
              i -> unitsInContent.get(i) != null && unitsInContent.get(i).matches(doc),
              i -> units.isEmpty() || (units.get(i) != null && units.get(i).matches(doc)),
              i -> stems.get(i) != null && stems.get(i).matches(doc));
      boolean all = covered.all();
      double coverage = covered.share();
      boolean nearMatched = near != null && near.matches(doc);
      float nearScore = nearMatched ? near.score() : 0f;
      boolean asTypedMatched =
          exactMatched && (asTypedIsExact || (asTyped != null && asTyped.matches(doc)));
      boolean inProse = (all || partialsCanBeInProse) && prose != null && prose.matches(doc);
      return GradedQuery.score(
          relevance,
          nearMatched,
          nearScore,
          all,
          coverage,
          exactMatched,
          asTypedMatched,
          inProse,
          pivot);
    }
  }

  /** The graded score of every report matching {@code enough}, its score the relevance. */
  private static final class GradedScorer extends Scorer {
    private final Scorer lead;
    private final Grader grader;

    GradedScorer(Scorer lead, Grader grader) {
      this.lead = lead;
      this.grader = grader;
    }

    @Override
    public float score() throws IOException {
      return grader.score(lead.docID(), lead.score());
    }

    @Override
    public int docID() {
      return lead.docID();
    }

    @Override
    public DocIdSetIterator iterator() {
      return lead.iterator();
    }

    @Override
    public TwoPhaseIterator twoPhaseIterator() {
      return lead.twoPhaseIterator();
    }

    @Override
    public float getMaxScore(int upTo) {
      // The saturated relevance is below 1, the bonuses add at most 11.
      return MatchGrade.ALL_BONUS
          + MatchGrade.NEAR_BONUS
          + MatchGrade.EXACT_BONUS
          + MatchGrade.AS_TYPED_BONUS
          + 1f;
    }
  }

  @Override
  public void visit(QueryVisitor visitor) {
    QueryVisitor must = visitor.getSubVisitor(Occur.MUST, this);
    enough.visit(must);
    QueryVisitor should = visitor.getSubVisitor(Occur.SHOULD, this);
    units.forEach(u -> u.visit(should));
    unitsInContent.forEach(u -> u.visit(should));
    stems.forEach(u -> u.visit(should));
    near.visit(should);
    exact.visit(should);
    asTyped.ifPresent(q -> q.visit(should));
    prose.visit(should);
  }

  @Override
  public String toString(String field) {
    return "graded("
        + enough.toString(field)
        + ", near "
        + near.toString(field)
        + ", exact "
        + exact.toString(field)
        + ")";
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other)
        && other instanceof GradedQuery g
        && enough.equals(g.enough)
        && units.equals(g.units)
        && unitsInContent.equals(g.unitsInContent)
        && stems.equals(g.stems)
        && rarities.equals(g.rarities)
        && near.equals(g.near)
        && exact.equals(g.exact)
        && asTyped.equals(g.asTyped)
        && prose.equals(g.prose)
        && partialsCanBeInProse == g.partialsCanBeInProse
        && proximityWeight == g.proximityWeight
        && pivot == g.pivot;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        classHash(),
        enough,
        units,
        unitsInContent,
        stems,
        rarities,
        near,
        exact,
        asTyped,
        prose,
        partialsCanBeInProse,
        proximityWeight,
        pivot);
  }
}
