/**
 * The web app on embedded Jetty: {@link org.nianbao.web.SearchServer} builds an unstarted server
 * over one searcher; {@code Router} maps a path to a route, {@code Endpoints} answers it with a
 * {@code Reply} built in memory. The pages are jte templates ({@code server/src/main/jte}: {@code
 * layout}, {@code search}, {@code facets}, {@code report}, {@code tables/*}, {@code error}, {@code
 * snippet}, {@code years}), compiled by the build and rendered by {@code Templates} through {@code
 * StrictHtmlOutput}, which escapes every value; page classes ({@code SearchPage}, {@code
 * ReportPage} with {@code ReportTables}, {@code YearsSection} and {@code ReusedPieces}, {@code
 * FacetSidebar}, {@code ErrorPage}, {@code Layout}) only build the typed view records of {@code
 * org.nianbao.web.view} and never write HTML. {@code AgencyYears} is a report's body across its
 * years (the indexer's {@code org.nianbao.years}, over the searcher's {@code sameBody}), shown by
 * the report page and the report API alike. {@code PagePolicy} refuses scripts and event handlers
 * in a template when the build compiles it. The JSON API's bodies are {@code SearchJson} and {@link
 * org.nianbao.web.SearchResponseJson}. Search parameters are read by {@code SearchParams.input} and
 * checked by {@code org.nianbao.request.SearchRequests}, as the command line's are; a bad one is a
 * {@code ClientError} (400/404/405 with {@code {"error"}}), never a 500 or a stack trace.
 *
 * <p><b>Depends on</b> the searcher, core ({@code model}, {@code json}, {@code schema}, {@code
 * identity}), the indexer's {@code org.nianbao.years} (the cross-year checks, to explain them),
 * {@code org.nianbao.request}, jte's runtime, Jetty and Jackson. <b>Must not</b> depend on {@code
 * org.nianbao.cli}, load external scripts, fonts or CDNs, build HTML in Java, or write a value with
 * {@code $unsafe} in a template.
 *
 * <h2>Adding a page or an endpoint</h2>
 *
 * <ol>
 *   <li>A {@code Route} value and its path in {@code Router.Route.of}; a method on {@code
 *       Endpoints} that validates its parameters (through {@code SearchParams} where they are
 *       search parameters) and returns a {@code Reply}.
 *   <li>A page: a view record in {@code org.nianbao.web.view} holding everything it shows as
 *       strings, snippets and nested records (links already built); {@code xxx.jte} taking it as
 *       its one {@code @param}, inside {@code @template.layout}; {@code XxxPage.render(…)} that
 *       builds the view and calls {@code Templates.render}. An endpoint: its body in {@code
 *       SearchJson}, errors as {@code ClientError}. Document it in the README's "The web search" /
 *       "JSON API".
 *   <li>Tests: {@code PagesTest} (what the page shows, and that a payload in each of its parameters
 *       comes back as text: add the page to {@code everyParameterOfEveryPage}), {@code
 *       SearchServerTest} (status, JSON, errors, methods) over {@code RunningServer}, and {@code
 *       BrowserTest} if it is interactive.
 * </ol>
 */
package org.nianbao.web;
