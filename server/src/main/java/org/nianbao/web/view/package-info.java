/**
 * What the page templates see: one immutable view record per page ({@code SearchView.Page}, {@code
 * ReportView.Page}, {@link org.nianbao.web.view.ErrorView}) and the records inside it ({@link
 * org.nianbao.web.view.Shell}, {@code FacetView}, {@code TableView}), every value already a string,
 * a number, a {@code Snippet} or a link, so a template only lays them out and jte escapes each.
 * Public because the templates compile to classes in jte's own package.
 *
 * <p><b>Depends on</b> the searcher's {@code Snippet} and the JDK. <b>Must not</b> hold logic, HTML
 * or values that still need formatting (a label, a URL, a count's text are built by the page
 * classes of {@code org.nianbao.web}).
 *
 * <h2>Adding something a page shows</h2>
 *
 * <ol>
 *   <li>A component of the page's record (a nested record for a repeated item), filled by its page
 *       class in {@code org.nianbao.web}; shown by the template with {@code ${…}} (null leaves an
 *       attribute out, and writes nothing as text).
 *   <li>Tests: {@code PagesTest} for what shows; if it echoes user input, a case in {@code
 *       everyParameterOfEveryPage}.
 * </ol>
 */
package org.nianbao.web.view;
