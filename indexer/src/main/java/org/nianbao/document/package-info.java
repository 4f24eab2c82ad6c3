/**
 * A checked report → the Lucene document the index holds ({@link
 * org.nianbao.document.ReportDocuments}): stored fields, the bigram fields of the title and of the
 * body's sections, each section in two twins (the report's own words, and template boilerplate
 * found by {@code Boilerplate} from {@code boilerplate.txt} and blanked by {@code MaskedText}), the
 * tables as text lines ({@code TableText}) and as numeric cells ({@code ReportCells}, by {@code
 * model.CellRef}), keywords and facets (a level by its key, a violated rule by its id), the body's
 * key across years ({@code identity.BodyKey}) and the mark that the cross-year rules are pending
 * (see {@code index.CrossYearPass}).
 *
 * <p><b>Depends on</b> core ({@code org.nianbao.model}, {@code json}, {@code schema}, {@code
 * identity}), {@code org.nianbao.scan} and Lucene. <b>Must not</b> depend on the readers, the
 * parser or the index run: it is a pure function of the model. Field names come from {@code
 * org.nianbao.schema.ReportFields}, never string literals.
 *
 * <h2>Adding a field to the document</h2>
 *
 * <ol>
 *   <li>Name it in {@code ReportFields} (core), saying why it is indexed as it is.
 *   <li>Add it in {@code ReportDocuments.toDocument}; boilerplate wording goes in {@code
 *       boilerplate.txt}, not in code.
 *   <li>Bump {@code ReportPipeline.VERSION}.
 *   <li>Tests: {@code ReportDocumentsTest} (the field's type, stored value, and a query or sort on
 *       it); the searcher's tests if it is searched.
 * </ol>
 */
package org.nianbao.document;
