package io.promwire.servlet;

import jakarta.servlet.ServletRequest;

/**
 * Marks a request that promwire's own servlets answered: the route servlet records its default
 * metrics through {@code Promwire.dispatch}, and the metrics endpoint is never measured, so the
 * filter leaves such requests alone. A request attribute, rather than a list of paths, because it
 * holds whatever the servlets' mappings are.
 */
final class Measured {
  private static final String ATTRIBUTE = "io.promwire.servlet.measured";

  private Measured() {}

  static void mark(ServletRequest request) {
    request.setAttribute(ATTRIBUTE, Boolean.TRUE);
  }

  static boolean isMarked(ServletRequest request) {
    return request.getAttribute(ATTRIBUTE) != null;
  }
}
