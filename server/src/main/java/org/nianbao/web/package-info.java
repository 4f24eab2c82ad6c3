/**
 * The web app on embedded Jetty: {@link org.nianbao.web.SearchServer} builds an unstarted server
 * over one searcher; {@code Router} maps a path to a route, {@code Endpoints} answers it with a
 * {@code Reply} built in memory; the pages ({@code SearchPage}, {@code ReportPage} with {@code
 * ReportTables}, {@code FacetSidebar}, {@code ErrorPage}, all inside {@code Layout}) are rendered
 * on the server with every value escaped ({@link org.nianbao.web.Html}); the JSON API's bodies are
 * {@code SearchJson} and {@link org.nianbao.web.SearchResponseJson}. User input is validated once,
 * in {@code SearchParams}; a bad one is a {@code ClientError} (400/404/405 with {@code
 * {"error"}}), never a 500 or a stack trace.
 *
 * <p><b>Depends on</b> the searcher, core ({@code model}, {@code json}, {@code schema}), {@code
 * org.nianbao.region} (the gazetteer, to resolve the region parameter), Jetty and Jackson. <b>Must
 * not</b> depend on {@code org.nianbao.cli}, load external scripts, fonts or CDNs, or put an
 * unescaped value into a page.
 *
 * <h2>Adding a page or an endpoint</h2>
 * <ol>
 *   <li>A {@code Route} value and its path in {@code Router.Route.of}; a method on {@code
 *       Endpoints} that validates its parameters (through {@code SearchParams} where they are
 *       search parameters) and returns a {@code Reply}.
 *   <li>A page: {@code XxxPage.render(…)} inside {@code Layout}, every value through {@code
 *       Html.escape}. An endpoint: its body in {@code SearchJson}, errors as {@code ClientError}.
 *       Document it in the README's "The web search" / "JSON API".
 *   <li>Tests: {@code PagesTest} (what the page shows, and that a {@code <script>} in each of its
 *       parameters comes back escaped), {@code SearchServerTest} (status, JSON, errors, methods)
 *       over {@code RunningServer}, and {@code BrowserTest} if it is interactive.
 * </ol>
 */
package org.nianbao.web;
