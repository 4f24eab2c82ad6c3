/**
 * User input → a valid search request, in one place: {@link org.nianbao.request.SearchRequests}
 * parses a {@link org.nianbao.request.SearchInput} (the values as typed: URL parameters,
 * command-line options) into the searcher's {@code SearchRequest}, resolving the region with the
 * gazetteer and reading level, rule and sort in any case, or throws one {@code
 * InvalidSearchRequest} naming the parameter and the problem. The web ({@code SearchParams})
 * answers it with a 400, the command line ({@code SearchCommand}) with exit code 2, each in its own
 * names for the parameters.
 *
 * <p><b>Depends on</b> the searcher ({@code SearchRequest}, {@code UserQuery}), core's model
 * ({@code Level}, {@code Rule}) and {@code org.nianbao.region} (the gazetteer). <b>Must not</b>
 * depend on {@code web} or {@code cli}: both call it, neither checks a value on its own.
 *
 * <h2>Adding a search parameter</h2>
 *
 * <ol>
 *   <li>Its component in {@code SearchRequest} (searcher), a value in {@code
 *       InvalidSearchRequest.Parameter}, a field of {@code SearchInput} and its reading in {@code
 *       SearchRequests.parse}, throwing {@code InvalidSearchRequest} for a bad value.
 *   <li>Pass it from both interfaces: the web's {@code SearchParams.input} (and {@code Filter} if
 *       it is a facet), the command line's {@code SearchFilterOptions} (or the command's own
 *       option); name it in each interface's words if its name differs.
 *   <li>Tests: a row per good and bad value in {@code CliApiAgreementTest}, which runs each through
 *       the command line and the API and fails when they disagree.
 * </ol>
 */
package org.nianbao.request;
