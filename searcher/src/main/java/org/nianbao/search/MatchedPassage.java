package org.nianbao.search;

/**
 * One passage of one field of one hit: its snippet, its plain text (matches unmarked), the index of
 * the field value it comes from (for the body: the section) and the highlighter's score.
 */
record MatchedPassage(Snippet snippet, String text, int value, float score) {}
