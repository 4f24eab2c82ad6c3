package org.nianbao.region;

/** What a report's title says: the agency as written and the reporting year, null when absent. */
public record ParsedTitle(String agency, Integer year) {}
