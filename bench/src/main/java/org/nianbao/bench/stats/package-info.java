/**
 * {@code nianbao bench stats}: how long {@code GET /api/v1/stats} takes on a big index (issue 10:
 * statistics over 100,000 reports "well under a second"). {@link org.nianbao.bench.stats.StatsMix}
 * is the fixed set of requests, {@link org.nianbao.bench.stats.StatsTimer} times them over HTTP,
 * {@link org.nianbao.bench.stats.StatsTable} writes the figures. Depends on nothing of the product
 * but its HTTP API; to add a kind of request, add a line to the mix (its label is its name in the
 * results, so keep labels unique and stable).
 */
package org.nianbao.bench.stats;
