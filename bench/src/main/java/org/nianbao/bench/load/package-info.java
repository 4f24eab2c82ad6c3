/**
 * Running and loading the real product: {@link org.nianbao.bench.load.IndexProcess} and {@link
 * org.nianbao.bench.load.ServerProcess} run {@code nianbao index} and {@code serve} in child JVMs
 * ({@code ChildJvm}, with {@code ProcessMemory} sampling RSS); {@link
 * org.nianbao.bench.load.LoadDriver} sends the fixed {@link org.nianbao.bench.load.QueryMix} to a
 * {@link org.nianbao.bench.load.SearchTarget} (over HTTP: {@code HttpSearchTarget}) in a closed
 * loop and records latencies in HdrHistogram ({@link org.nianbao.bench.load.LoadResult}).
 *
 * <p><b>Depends on</b> the JDK and HdrHistogram; the product as a process ({@code
 * org.nianbao.cli.Main} on the class path), never its classes. <b>Must not</b> depend on the other
 * bench packages.
 *
 * <h2>Adding a query to the mix</h2>
 *
 * <ol>
 *   <li>A {@code q(kind, words …)} line in {@code QueryMix}, with words the generator's {@code
 *       Vocabulary} produces so it hits on any corpus size; update the count in the README.
 *   <li>Tests: {@code BenchSmokeTest} runs the mix against both sides.
 * </ol>
 */
package org.nianbao.bench.load;
