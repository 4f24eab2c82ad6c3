package org.nianbao.request;

/**
 * One search as a user gave it, every value the text typed (a URL parameter, a command-line
 * option), null or blank where not given. {@link SearchRequests#parse} turns it into a {@code
 * SearchRequest} or says which value is wrong.
 */
public record SearchInput(
    String query,
    String year,
    String region,
    String agency,
    String sector,
    String level,
    String flag,
    String sort,
    String page,
    String size) {}
