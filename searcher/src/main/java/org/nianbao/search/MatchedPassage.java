package org.nianbao.search;

/** The best passage of one field of one hit: its snippet and its plain text (matches unmarked). */
record MatchedPassage(Snippet snippet, String text) {}
