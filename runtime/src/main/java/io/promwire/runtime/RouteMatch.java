package io.promwire.runtime;

import java.util.Map;

/**
 * What the {@link Router} found for a request.
 *
 * @param outcome whether a route serves the request, only other methods do, or nothing does
 * @param value what the matching route was registered with, for {@link Outcome#FOUND}; for {@link
 *     Outcome#METHOD_NOT_ALLOWED}, what a route of another method at the same path was
 * @param template the template of the route that matched the path, for {@link Outcome#FOUND} and
 *     {@link Outcome#METHOD_NOT_ALLOWED}
 * @param pathParams the decoded values of the template's {@code {name}} segments, for {@link
 *     Outcome#FOUND}
 * @param allow the methods that would be served at this path, comma separated, for {@link
 *     Outcome#METHOD_NOT_ALLOWED}
 */
record RouteMatch<T>(
    Outcome outcome, T value, String template, Map<String, String> pathParams, String allow) {
  enum Outcome {
    FOUND,
    METHOD_NOT_ALLOWED,
    NOT_FOUND
  }

  private static final RouteMatch<?> NOT_FOUND =
      new RouteMatch<>(Outcome.NOT_FOUND, null, null, Map.of(), null);

  static <T> RouteMatch<T> found(T value, String template, Map<String, String> pathParams) {
    return new RouteMatch<>(Outcome.FOUND, value, template, pathParams, null);
  }

  static <T> RouteMatch<T> methodNotAllowed(T sameRouteOtherMethod, String template, String allow) {
    return new RouteMatch<>(
        Outcome.METHOD_NOT_ALLOWED, sameRouteOtherMethod, template, Map.of(), allow);
  }

  @SuppressWarnings("unchecked")
  static <T> RouteMatch<T> notFound() {
    return (RouteMatch<T>) NOT_FOUND;
  }
}
