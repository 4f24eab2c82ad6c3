package org.nianbao.model;

/** 第二十条第（一）项 row: 本年制发件数, 本年废止件数, 现行有效件数. */
public record DocumentCounts(Long issued, Long repealed, Long inForce) {}
