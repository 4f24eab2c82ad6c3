package org.nianbao.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.nianbao.schema.ReportAnalyzers;
import org.nianbao.schema.ReportFacets;
import org.nianbao.schema.ReportFields;
import org.nianbao.schema.StoredModel;

/**
 * Searches an index of reports. One instance serves a whole web server: it is thread-safe, every
 * searcher acquired is released, and {@link #refresh()} picks up what the indexer committed.
 */
public final class ReportSearcher implements Closeable {

  /**
   * Fewer matches than this (a first page) are topped up with reports matching any of the query's
   * words, ranked after them by how much of the query they cover: on the judged queries, relevant
   * reports often lack a word or two.
   */
  static final int TOP_UP_BELOW = 10;

  /**
   * With more matches than this, the graded query ranks only the best this many by BM25 (a rescore
   * window, as in Elasticsearch): pages beyond it are ranked by the graded query over all matches.
   */
  static final int RESCORE_WINDOW = 1000;

  /** What a stored report is read from: its id, its source and the model ({@link StoredModel}). */
  private static final Set<String> REPORT_FIELDS =
      StoredModel.fieldsWith(ReportFields.ID, ReportFields.SOURCE);

  /**
   * Analysed and built queries kept per query text: analysis (smartcn, the variants, the bigrams of
   * every alternative) and the query tree depend on the text only, never on the index, and popular
   * queries come again and again. Cleared whole when full, which a server with real traffic hits
   * rarely.
   */
  static final int QUERY_CACHE_SIZE = 512;

  private final Directory directory;
  private final SearcherManager manager;
  private final FacetsConfig facetsConfig = ReportFacets.config();
  private final ReportQueryBuilder queryBuilder;
  private final MatchCounter counter = new MatchCounter(facetsConfig);
  private final Map<String, Built> built = new ConcurrentHashMap<>();

  /** A query text's analysis and the query built from it (immutable, shared by requests). */
  private record Built(AnalyzedQuery analyzed, ReportQuery query) {}

  /**
   * Searches a request's slices in parallel, one thread per core; the request's own thread takes
   * slices too, so a busy pool never stalls it.
   */
  private final ExecutorService sliceExecutor;

  private ReportSearcher(Directory directory, PlaceNames places) throws IOException {
    this.directory = directory;
    int cores = Runtime.getRuntime().availableProcessors();
    this.sliceExecutor =
        cores > 1
            ? Executors.newFixedThreadPool(
                cores, Thread.ofPlatform().name("nianbao-search-", 0).daemon().factory())
            : null;
    try {
      this.manager =
          new SearcherManager(directory, new FacetedSearcher.Factory(facetsConfig, sliceExecutor));
    } catch (IOException | RuntimeException e) {
      if (sliceExecutor != null) {
        sliceExecutor.shutdown();
      }
      throw e;
    }
    this.queryBuilder = new ReportQueryBuilder(places);
  }

  /** Opens the index in {@code indexDir} knowing no place names (this package's tests). */
  static ReportSearcher open(Path indexDir) throws IOException {
    return open(indexDir, PlaceNames.NONE);
  }

  /**
   * Opens the index in {@code indexDir}; fails with a clear message when there is none. A query
   * word that {@code places} resolves to a region also matches that region's reports.
   */
  public static ReportSearcher open(Path indexDir, PlaceNames places) throws IOException {
    if (!Files.isDirectory(indexDir)) {
      throw new IOException(
          "no index at "
              + indexDir
              + ": the folder does not exist (build one with `nianbao index`)");
    }
    Directory directory = FSDirectory.open(indexDir);
    try {
      if (!DirectoryReader.indexExists(directory)) {
        throw new IOException(
            "no index at "
                + indexDir
                + ": the folder holds no Lucene index (build one with `nianbao index`)");
      }
      requireCurrentSchema(directory, indexDir);
      ReportAnalyzers.warmUp();
      return new ReportSearcher(directory, places);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /**
   * Fails clearly on an index written before the body/boilerplate fields (one field per part): its
   * documents would match nothing. The fix is to re-index.
   */
  private static void requireCurrentSchema(Directory directory, Path indexDir) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(directory)) {
      FieldInfos fields = FieldInfos.getMergedFieldInfos(reader);
      if (reader.numDocs() > 0
          && fields.fieldInfo(ReportFields.BODY_CJK) == null
          && fields.fieldInfo("overview.cjk") != null) {
        throw new IOException(
            "the index at "
                + indexDir
                + " was built by an older nianbao; "
                + "delete it and re-index (nianbao index PATH --index "
                + indexDir
                + ")");
      }
    }
  }

  public SearchResponse search(SearchRequest request) throws IOException {
    long started = System.nanoTime();
    FacetedSearcher searcher = acquire();
    try {
      Built b = built(request.query());
      AnalyzedQuery analyzed = b.analyzed();
      ReportQuery query = b.query();
      Ranked ranked = rank(searcher, analyzed, query, request);
      int from = Math.min((request.page() - 1) * request.size(), ranked.top().length);
      ScoreDoc[] onPage = Arrays.copyOfRange(ranked.top(), from, ranked.top().length);
      // Both queries come from the same analysis, so they have the same stems.
      Map<String, StemQuery> stems = tellingStems(searcher, ranked.shown());
      List<Hit> hits = hits(searcher, ranked.shown(), stems, onPage);
      ReportQuery asked = ranked.asked();
      boolean partial = asked.relaxed() || hits.stream().anyMatch(Hit::isPartial);
      Interpretation interpretation =
          query.matchesEverything()
              ? Interpretation.NONE
              : new Interpretation(
                  analyzed.units(),
                  analyzed.expansions(),
                  stemTexts(stems),
                  asked.minimumShouldMatch(),
                  asked.relaxed(),
                  partial,
                  analyzed.excluded());
      MatchCounts counts = ranked.counts();
      long tookMs = (System.nanoTime() - started) / 1_000_000;
      return new SearchResponse(counts.total(), tookMs, hits, counts.facets(), interpretation);
    } catch (IndexSearcher.TooManyClauses e) {
      // A pasted paragraph has more words than one Lucene query may hold: the user's to shorten,
      // not a failure.
      throw tooManyWords();
    } catch (IllegalStateException e) {
      throw tooManyExpansions(e);
    } finally {
      release(searcher);
    }
  }

  /** The query for {@code text}, analysed and built once while it stays in the cache. */
  private Built built(String text) {
    Built b = built.get(text);
    if (b == null) {
      AnalyzedQuery analyzed = queryBuilder.analyze(UserQuery.parse(text));
      b = new Built(analyzed, queryBuilder.build(analyzed, false));
      if (built.size() >= QUERY_CACHE_SIZE) {
        built.clear();
      }
      built.put(text, b);
    }
    return b;
  }

  /**
   * What a search shows: the reports up to the requested page, their total and facets, the query
   * that matched them ({@code shown}: it highlights them and tells each one's missing words), and
   * the query the results are explained by ({@code asked}: the relaxed one when it replaced the
   * user's, else the user's, also when reports matching fewer words were added after its own).
   */
  private record Ranked(ReportQuery shown, ReportQuery asked, MatchCounts counts, ScoreDoc[] top) {}

  private Ranked rank(
      FacetedSearcher searcher, AnalyzedQuery analyzed, ReportQuery query, SearchRequest request)
      throws IOException {
    MatchCounts counts =
        counter.count(searcher, query, request, rescores(searcher, query, request));
    if (counts.total() == 0 && query.canRelax()) {
      // Nothing matches enough of the words: show what matches any of them, and say so.
      ReportQuery relaxed = queryBuilder.build(analyzed, true);
      MatchCounts any =
          counter.count(searcher, relaxed, request, rescores(searcher, relaxed, request));
      return new Ranked(relaxed, relaxed, any, top(searcher, relaxed, request, any));
    }
    // The top-up query is built only when a first page could use it: most searches fill it.
    Optional<ReportQuery> topUp =
        counts.total() > 0 && counts.total() < TOP_UP_BELOW && ResultOrder.byRelevance(request)
            ? queryBuilder.topUp(analyzed)
            : Optional.empty();
    if (topUp.isPresent()) {
      // Too few match enough of the words to fill a first page: reports matching any of them
      // follow, as on a web search engine, each saying which words it lacks.
      ReportQuery anyWord = topUp.get();
      ScoreDoc[] full = top(searcher, query, request, counts.total());
      MatchCounts withAny = counter.count(searcher, anyWord, request, false);
      ScoreDoc[] rest =
          top(searcher, anyWord.after(query), request, withAny.total() - counts.total());
      return new Ranked(
          anyWord, query, withAny, concat(full, rest, request.page() * request.size()));
    }
    return new Ranked(query, query, counts, top(searcher, query, request, counts));
  }

  /**
   * The ranked reports up to the requested page of what {@code counts} counted: the count's
   * candidates ranked again when it picked them and more match than the window holds.
   */
  private ScoreDoc[] top(
      FacetedSearcher searcher, ReportQuery query, SearchRequest request, MatchCounts counts)
      throws IOException {
    if (counts.total() == 0) {
      return new ScoreDoc[0];
    }
    if (counts.total() > RESCORE_WINDOW && counts.candidates().isPresent()) {
      return SplitRescorer.rescore(
          searcher,
          counts.candidates().get().scoreDocs,
          query.graded().orElseThrow(),
          topN(searcher, request));
    }
    return top(searcher, query, request, counts.total());
  }

  /**
   * Whether a page of this request is ranked within the rescore window when very many match: a page
   * by relevance within the window, of a query with words. Then the count also picks the window's
   * candidates (see {@link MatchCounter}).
   */
  private static boolean rescores(
      FacetedSearcher searcher, ReportQuery query, SearchRequest request) {
    return !query.isEmpty()
        && ResultOrder.byRelevance(request)
        && topN(searcher, request) <= RESCORE_WINDOW;
  }

  /** How many ranked reports the requested page needs: all up to its last. */
  private static int topN(FacetedSearcher searcher, SearchRequest request) {
    return Math.min(
        request.page() * request.size(), Math.max(1, searcher.getIndexReader().maxDoc()));
  }

  /**
   * The top of very many matches: the {@value #RESCORE_WINDOW} best by the units' BM25 (which
   * Lucene finds without scoring every match, skipping blocks that cannot compete), ranked again by
   * the graded query. Scoring every report that holds an everywhere-word (政府信息公开) through phrase
   * positions and proximity was three quarters of a search's CPU.
   */
  private ScoreDoc[] rescored(
      FacetedSearcher searcher, ReportQuery query, SearchRequest request, int topN)
      throws IOException {
    Query first = ReportFilters.drillDown(facetsConfig, query.firstPhase(), request);
    TopDocs candidates =
        searcher.search(first, new TopScoreDocCollectorManager(RESCORE_WINDOW, RESCORE_WINDOW));
    return SplitRescorer.rescore(
        searcher, candidates.scoreDocs, query.graded().orElseThrow(), topN);
  }

  /** The full matches first, then {@code rest}, at most {@code limit} in all. */
  private static ScoreDoc[] concat(ScoreDoc[] first, ScoreDoc[] rest, int limit) {
    ScoreDoc[] all = Arrays.copyOf(first, Math.min(limit, first.length + rest.length));
    if (all.length > first.length) {
      System.arraycopy(rest, 0, all, first.length, all.length - first.length);
    }
    return all;
  }

  /**
   * The ranked reports up to the requested page. Only reports that pass the filters are scored (the
   * filters are conjunctive clauses that lead the iteration), and the total comes from {@link
   * MatchCounter}.
   */
  private ScoreDoc[] top(
      FacetedSearcher searcher, ReportQuery query, SearchRequest request, long matches)
      throws IOException {
    int topN = topN(searcher, request);
    if (matches > RESCORE_WINDOW && rescores(searcher, query, request)) {
      return rescored(searcher, query, request, topN);
    }
    Query filtered = ReportFilters.drillDown(facetsConfig, query.scoring(), request);
    Sort sort = ResultOrder.sort(request, query.isEmpty());
    TopFieldDocs top =
        searcher.search(filtered, new TopFieldCollectorManager(sort, topN, null, topN));
    SortField[] fields = sort.getSort();
    for (int i = 0; i < fields.length; i++) {
      if (fields[i].getType() == SortField.Type.SCORE) {
        // The collector sorted by the score: it is the sort value, no need to score the page again.
        for (ScoreDoc hit : top.scoreDocs) {
          hit.score = (Float) ((FieldDoc) hit).fields[i];
        }
        return top.scoreDocs;
      }
    }
    // A listing's hits carry their (constant) score like every other hit.
    TopFieldCollector.populateScores(top.scoreDocs, searcher, filtered);
    return top.scoreDocs;
  }

  /**
   * Fewest hits worth a task of their own: each task reads its hits' stored fields, highlights them
   * and tells what they lack, with its own readers and highlighter.
   */
  static final int MIN_HITS_PER_TASK = 3;

  /**
   * The page's hits, in page order. Reading a hit (decompressing its stored text) and finding its
   * passages cost a few hundred microseconds each, and one hit's work does not depend on another's:
   * the page is split into runs that the slice executor works on at once (as many runs as cores).
   */
  private static List<Hit> hits(
      FacetedSearcher searcher, ReportQuery query, Map<String, StemQuery> stems, ScoreDoc[] page)
      throws IOException {
    return hits(searcher, query, stems, page, Runs.count(page.length, MIN_HITS_PER_TASK));
  }

  /** The page's hits, worked on in {@code runs} parts at once (1 or less: on this thread). */
  static List<Hit> hits(FacetedSearcher searcher, ReportQuery query, ScoreDoc[] page, int runs)
      throws IOException {
    return hits(searcher, query, tellingStems(searcher, query), page, runs);
  }

  /** {@code stems}: the query's stems that tell something, by unit ({@link #tellingStems}). */
  private static List<Hit> hits(
      FacetedSearcher searcher,
      ReportQuery query,
      Map<String, StemQuery> stems,
      ScoreDoc[] page,
      int runs)
      throws IOException {
    if (runs <= 1) {
      return hitsOf(searcher, query, stems, page);
    }
    List<Callable<List<Hit>>> tasks = new ArrayList<>(runs);
    for (int r = 0; r < runs; r++) {
      ScoreDoc[] run =
          Arrays.copyOfRange(
              page, Runs.start(page.length, runs, r), Runs.start(page.length, runs, r + 1));
      tasks.add(() -> hitsOf(searcher, query, stems, run));
    }
    List<Hit> hits = new ArrayList<>(page.length);
    for (List<Hit> run : searcher.getTaskExecutor().invokeAll(tasks)) {
      hits.addAll(run);
    }
    return hits;
  }

  /** {@code stems}: the query's stems that tell something, by unit ({@link #tellingStems}). */
  private static List<Hit> hitsOf(
      FacetedSearcher searcher, ReportQuery query, Map<String, StemQuery> stems, ScoreDoc[] page)
      throws IOException {
    int[] docIds = Arrays.stream(page).mapToInt(sd -> sd.doc).toArray();
    HitReader reader = new HitReader(searcher.storedFields());
    boolean highlighted = !query.isEmpty() && docIds.length > 0;
    Map<Integer, HitReader.StoredHit> stored = new HashMap<>();
    for (int doc : docIds) {
      stored.put(doc, reader.load(doc, highlighted, SnippetHighlighter.MAX_LENGTH));
    }
    List<Hit> hits = new ArrayList<>(page.length);
    if (!highlighted) {
      for (ScoreDoc sd : page) {
        hits.add(
            reader.read(
                stored.get(sd.doc),
                PassageChooser.Chosen.NONE,
                sd.score,
                null,
                HitExplainer.Lacking.NOTHING));
      }
      return hits;
    }
    List<String> marked = new ArrayList<>(query.analyzed().markedStrings());
    stems.values().forEach(stem -> marked.add(stem.stem()));
    Query highlight = highlightWithStems(query, stems);
    List<SnippetHighlighter.HitPassages> passages =
        new SnippetHighlighter(searcher, searcher.fieldInfos(), marked, false, stored)
            .highlight(highlight, docIds);
    passages = withBoilerplateFallback(searcher, marked, highlight, docIds, passages, stored);
    HitExplainer explainer = new HitExplainer(searcher, query, stems);
    UnitWeights unitWeights = new UnitWeights(searcher.getIndexReader());
    for (int i = 0; i < page.length; i++) {
      int doc = page[i].doc;
      HitReader.StoredHit hit = stored.get(doc);
      PassageChooser.Chosen chosen =
          PassageChooser.choose(passages.get(i), hit.sections(), query.analyzed(), unitWeights);
      float score = page[i].score;
      HitExplainer.Lacking lacking = lacking(explainer, doc, score);
      // A score that was not computed (NaN) does not tell the grade; the lacking words still do.
      MatchGrade match =
          !Float.isNaN(score)
              ? MatchGrade.ofScore(score)
              : lacking.isEmpty() ? null : MatchGrade.PARTIAL;
      hits.add(reader.read(hit, chosen, page[i].score, match, lacking));
    }
    return hits;
  }

  /**
   * The query's stems that tell something in {@code searcher}'s reports ({@link
   * StemQuery#tellsSomething}), by unit: those a partial match may have instead of their unit.
   */
  private static Map<String, StemQuery> tellingStems(IndexSearcher searcher, ReportQuery query)
      throws IOException {
    Map<String, StemQuery> telling = new LinkedHashMap<>();
    for (Map.Entry<String, StemQuery> stem : query.stems().entrySet()) {
      if (stem.getValue().tellsSomething(searcher.getIndexReader())) {
        telling.put(stem.getKey(), stem.getValue());
      }
    }
    return telling;
  }

  /**
   * What a snippet marks: the query's words and variants, and the stems that tell something, so
   * that a report matching by a stem shows where it writes it.
   */
  private static Query highlightWithStems(ReportQuery query, Map<String, StemQuery> stems) {
    if (stems.isEmpty()) {
      return query.highlight();
    }
    // One flat disjunction of single-field clauses, as the highlighter splits it by field.
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    if (query.highlight() instanceof BooleanQuery words) {
      words.clauses().forEach(any::add);
    } else {
      any.add(query.highlight(), Occur.SHOULD);
    }
    stems.values().forEach(stem -> stem.perField().forEach(q -> any.add(q, Occur.SHOULD)));
    return any.build();
  }

  /** Each unit's stem text. */
  private static Map<String, String> stemTexts(Map<String, StemQuery> stems) {
    Map<String, String> texts = new LinkedHashMap<>();
    stems.forEach((unit, stem) -> texts.put(unit, stem.stem()));
    return texts;
  }

  /** The units a hit lacks: none for a hit whose score says it has them all as its own. */
  private static HitExplainer.Lacking lacking(HitExplainer explainer, int doc, float score)
      throws IOException {
    if (!Float.isNaN(score) && MatchGrade.ofScore(score) != MatchGrade.PARTIAL) {
      return HitExplainer.Lacking.NOTHING;
    }
    return explainer.lacking(doc);
  }

  /**
   * Hits with no passage in their content get one from the boilerplate, so every hit shows why it
   * matched.
   */
  private static List<SnippetHighlighter.HitPassages> withBoilerplateFallback(
      FacetedSearcher searcher,
      List<String> marked,
      Query highlight,
      int[] docIds,
      List<SnippetHighlighter.HitPassages> passages,
      Map<Integer, HitReader.StoredHit> stored)
      throws IOException {
    List<Integer> missing = new ArrayList<>();
    for (int i = 0; i < docIds.length; i++) {
      if (passages.get(i).body().isEmpty()) {
        missing.add(i);
      }
    }
    if (missing.isEmpty()) {
      return passages;
    }
    int[] retry = missing.stream().mapToInt(i -> docIds[i]).toArray();
    List<SnippetHighlighter.HitPassages> fallback =
        new SnippetHighlighter(searcher, searcher.fieldInfos(), marked, true, stored)
            .highlight(highlight, retry);
    List<SnippetHighlighter.HitPassages> merged = new ArrayList<>(passages);
    for (int j = 0; j < missing.size(); j++) {
      SnippetHighlighter.HitPassages found = fallback.get(j);
      int i = missing.get(j);
      merged.set(
          i,
          new SnippetHighlighter.HitPassages(
              passages.get(i).title() != null ? passages.get(i).title() : found.title(),
              found.body()));
    }
    return merged;
  }

  /** Work done over the reports a request matches: statistics, exports, coverage. */
  @FunctionalInterface
  public interface MatchWork<T> {
    /**
     * {@code query} matches exactly the reports the search would count (its words, filters and
     * relaxation), {@code sort} is the search's order; the searcher is released after the call.
     */
    T apply(IndexSearcher searcher, Query query, Sort sort) throws IOException;
  }

  /**
   * Runs {@code work} over the reports {@code request} matches, as {@link #search} would find them.
   */
  public <T> T overMatches(SearchRequest request, MatchWork<T> work) throws IOException {
    FacetedSearcher searcher = acquire();
    try {
      Built b = built(request.query());
      AnalyzedQuery analyzed = b.analyzed();
      ReportQuery query = b.query();
      Query filtered = ReportFilters.drillDown(facetsConfig, query.scoring(), request);
      if (query.canRelax() && searcher.count(filtered) == 0) {
        query = queryBuilder.build(analyzed, true);
        filtered = ReportFilters.drillDown(facetsConfig, query.scoring(), request);
      }
      return work.apply(searcher, filtered, ResultOrder.sort(request, query.isEmpty()));
    } catch (IndexSearcher.TooManyClauses e) {
      throw tooManyWords();
    } catch (IllegalStateException e) {
      throw tooManyExpansions(e);
    } finally {
      release(searcher);
    }
  }

  private static InvalidSearchRequest tooManyWords() {
    return new InvalidSearchRequest(
        InvalidSearchRequest.Parameter.QUERY,
        "has too many words to search at once; search for fewer");
  }

  /**
   * A lone character is matched as every bigram it starts or ends (公 → 公开, 公众, 办公 …); Lucene
   * refuses an intervals source over more terms than a query may hold, with this state exception. A
   * character that common is the user's to lengthen, not a failure; any other state exception is.
   */
  private static RuntimeException tooManyExpansions(IllegalStateException e) {
    String message = e.getMessage();
    if (message == null || !message.contains("expanded to too many terms")) {
      return e;
    }
    return new InvalidSearchRequest(
        InvalidSearchRequest.Parameter.QUERY,
        "has a single character found in too many different words to search for; type a longer"
            + " word");
  }

  /** The report with this id, read back from its stored JSON. */
  public Optional<StoredReport> report(String id) {
    FacetedSearcher searcher = acquire();
    try {
      TopDocs top = searcher.search(new TermQuery(new Term(ReportFields.ID, id)), 1);
      if (top.scoreDocs.length == 0) {
        return Optional.empty();
      }
      Document doc = searcher.storedFields().document(top.scoreDocs[0].doc, REPORT_FIELDS);
      return Optional.of(
          new StoredReport(
              doc.get(ReportFields.ID), doc.get(ReportFields.SOURCE), StoredModel.read(doc)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      release(searcher);
    }
  }

  /**
   * The reports of the same body as report {@code id} (its years, {@code id}'s own included), by
   * year; empty for an unknown id or a report whose body is not known.
   */
  public List<StoredReport> sameBody(String id) {
    FacetedSearcher searcher = acquire();
    try {
      return BodyReports.of(searcher, id);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      release(searcher);
    }
  }

  /** How many reports the index holds (as of the last refresh). */
  public int reportCount() {
    FacetedSearcher searcher = acquire();
    try {
      return searcher.getIndexReader().numDocs();
    } finally {
      release(searcher);
    }
  }

  /**
   * Sees what was committed since the last refresh; the facet state is rebuilt only if it changed.
   */
  public void refresh() throws IOException {
    manager.maybeRefresh();
  }

  private FacetedSearcher acquire() {
    try {
      return (FacetedSearcher) manager.acquire();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void release(FacetedSearcher searcher) {
    try {
      manager.release(searcher);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      manager.close();
    } finally {
      try {
        directory.close();
      } finally {
        if (sliceExecutor != null) {
          sliceExecutor.shutdown();
        }
      }
    }
  }
}
