package org.nianbao.model;

/** A violated consistency rule (R1–R7) with a message naming the row, column and numbers. */
public record Flag(String rule, String message) {}
