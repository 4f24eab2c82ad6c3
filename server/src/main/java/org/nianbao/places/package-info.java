/**
 * The searcher's place words, backed by the gazetteer: {@link org.nianbao.places.GazetteerPlaces}
 * implements the searcher's {@code PlaceNames} (which region path a query word names) with the rule
 * of which words count as places. Every command and the web server open the searcher with {@code
 * GazetteerPlaces.bundled()}; the searcher itself never sees the gazetteer.
 *
 * <p><b>Depends on</b> {@code org.nianbao.region} (indexer) and {@code org.nianbao.search}
 * (searcher) only: it is the one place the two meet. <b>Must not</b> depend on {@code cli} or
 * {@code web}.
 *
 * <h2>Changing which words are places</h2>
 *
 * <ol>
 *   <li>Edit the rule in {@code GazetteerPlaces.regionPath}; how a place word then matches (its
 *       weight, the drill-down term) stays in the searcher's {@code MetadataWords}.
 *   <li>Tests: {@code GazetteerPlacesTest} (words that are and are not places), the searcher's
 *       {@code PlaceWordsTest} for the matching, and {@code RelevanceRegressionTest}, since place
 *       words move rankings.
 * </ol>
 */
package org.nianbao.places;
