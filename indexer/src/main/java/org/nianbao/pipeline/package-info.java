/**
 * One file → a checked report, or the reason there is none: {@link
 * org.nianbao.pipeline.ReportPipeline} runs read ({@code source}), parse ({@code extract}) and
 * check ({@code check}) within a time budget; {@code load} returns a {@link
 * org.nianbao.pipeline.LoadedReport} or throws a {@link org.nianbao.pipeline.RejectedFileException}
 * with the reason, {@code tryLoad} returns either as a {@link org.nianbao.pipeline.FileLoad}.
 * {@code ReportPipeline.VERSION} is part of every indexed file's content hash: bump it whenever a
 * file would yield something else.
 *
 * <p><b>Depends on</b> {@code source}, {@code extract}, {@code check}, {@code model} and {@code
 * identity}. <b>Must not</b> depend on Lucene or the index: the CLI's {@code parse} and {@code
 * check}, the indexer and the relevance harness all load files through it.
 *
 * <h2>Adding a step</h2>
 *
 * <ol>
 *   <li>Give the step its own package if it is a new capability; call it from {@code
 *       ReportPipeline}'s load, inside the deadline, turning its expected failures into a {@code
 *       RejectedFileException} with a reason (never null).
 *   <li>Tests: {@code HostileInputsTest} (empty, binary, huge, crafted inputs are rejected with a
 *       reason, never a crash) and the fuzz tests ({@code PipelineFuzzTest}, {@code
 *       SeededMutationTest}).
 * </ol>
 */
package org.nianbao.pipeline;
