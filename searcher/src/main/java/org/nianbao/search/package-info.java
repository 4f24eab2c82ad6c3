/**
 * Queries: a {@link org.nianbao.search.SearchRequest} in (typed: a {@code model.Level}, a {@code
 * model.Rule}), a {@link org.nianbao.search.SearchResponse} of records out ({@link
 * org.nianbao.search.Hit} with its {@code model.Section}s, {@link org.nianbao.search.Snippet},
 * {@link org.nianbao.search.FacetCount}, {@link org.nianbao.search.Interpretation}). A request that
 * cannot be run is an {@link org.nianbao.search.InvalidSearchRequest} naming the parameter. {@link
 * org.nianbao.search.ReportSearcher} owns the index reader; {@link org.nianbao.search.UserQuery} is
 * the one reading of what was typed (words, quoted phrases, its length limit), and {@code
 * QueryAnalysis} cuts it into units (smartcn words, runs it does not know kept whole) with their
 * {@code Variants}; {@code ReportQueryBuilder} builds the graded query ({@link
 * org.nianbao.search.MatchGrade}) with {@code MetadataWords} for years and places; {@code
 * ReportFilters} and {@code FacetOutput} do drill-sideways filters and counts; {@code
 * SnippetHighlighter}, {@code SnippetFormatter} and {@code PassageChooser} pick the passage; {@link
 * org.nianbao.search.QueryMatcher} finds the analysed query in any text as the index matches it,
 * for the passage choice and for the server's report page, which marks what the search matched.
 * {@code ReportSearcher.report} reads one report back, {@code sameBody} ({@code BodyReports}) the
 * reports of its body across years, by the stored body key.
 *
 * <p><b>Depends on</b> core only ({@code org.nianbao.schema}, {@code model}, {@code json}) and
 * Lucene (core, facet, queries, highlighter). <b>Must not</b> depend on the indexer (no readers,
 * parser or gazetteer: a query word names a place only through the {@link
 * org.nianbao.search.PlaceNames} passed to {@code ReportSearcher.open}) nor render anything (HTML,
 * JSON, terminal text are the server's: a snippet is segments, not markup).
 *
 * <h2>Adding a filter</h2>
 *
 * <ol>
 *   <li>Its field and facet dimension in {@code org.nianbao.schema.ReportFields}, indexed by the
 *       indexer's {@code ReportDocuments}.
 *   <li>A typed component of {@code SearchRequest}, a value of {@code
 *       InvalidSearchRequest.Parameter}, a drill-down in {@code ReportFilters.drillDown}, its
 *       counts in {@code FacetOutput}.
 *   <li>In the server: reading user input in {@code request.SearchRequests} (one place for the CLI
 *       and the web), the URL parameter ({@code web.Filter}, {@code SearchParams.input}), the CLI
 *       option ({@code cli.SearchFilterOptions}), the JSON ({@code web.SearchResponseJson}).
 *   <li>Tests: {@code ReportSearcherTest} (it filters, and its counts are drill-sideways), the
 *       server's {@code SearchServerTest} for the parameter and rows in {@code
 *       CliApiAgreementTest}.
 * </ol>
 *
 * <h2>Changing how a query matches or ranks</h2>
 *
 * <ol>
 *   <li>{@code ReportQueryBuilder} (weights are its constants), {@code QueryAnalysis} or {@code
 *       variants.txt} (variants are data, each seen in a real report; a member of words joined by …
 *       matches where they stand near each other, as a report writes an abbreviation out).
 *   <li>Tests: {@code ReportQueryBuilderTest} (units, query shape), {@code ReportSearcherTest}, the
 *       server's {@code GradedSearchTest}; and the relevance figures: {@code
 *       RelevanceRegressionTest} (server) fails when nDCG@10 drops, {@code nianbao eval --record}
 *       re-records them.
 * </ol>
 */
package org.nianbao.search;
