package org.nianbao.source;

/**
 * One block of a report as its reader found it: a line of text, or a table as rows of cells.
 * Readers hand the parser these instead of a flattened text layout, so that a table cell is never
 * guessed back from TABs or bars.
 */
public sealed interface Block permits TextBlock, TableBlock {}
