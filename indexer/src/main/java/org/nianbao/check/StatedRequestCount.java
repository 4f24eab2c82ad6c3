package org.nianbao.check;

/** A sentence of the report's prose that states how many requests were received, and the number. */
record StatedRequestCount(long count, String sentence) {}
