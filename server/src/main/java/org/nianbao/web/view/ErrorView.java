package org.nianbao.web.view;

/**
 * An error page ({@code error.jte}): the status, what went wrong in words, the detail (or null),
 * what to do.
 */
public record ErrorView(Shell shell, int status, String heading, String message, String advice) {}
