package io.promwire.runtime;

/**
 * What the {@link Router} found for a request.
 *
 * @param outcome whether a route serves the request, only other methods do, or nothing does
 * @param value what the matching route was registered with, for {@link Outcome#FOUND}
 * @param template the template of the route that matched the path, for {@link Outcome#FOUND} and
 *     {@link Outcome#METHOD_NOT_ALLOWED}
 * @param allow the methods that would be served at this path, comma separated, for {@link
 *     Outcome#METHOD_NOT_ALLOWED}
 */
record RouteMatch<T>(Outcome outcome, T value, String template, String allow) {
  enum Outcome {
    FOUND,
    METHOD_NOT_ALLOWED,
    NOT_FOUND
  }

  private static final RouteMatch<?> NOT_FOUND =
      new RouteMatch<>(Outcome.NOT_FOUND, null, null, null);

  static <T> RouteMatch<T> found(T value, String template) {
    return new RouteMatch<>(Outcome.FOUND, value, template, null);
  }

  static <T> RouteMatch<T> methodNotAllowed(String template, String allow) {
    return new RouteMatch<>(Outcome.METHOD_NOT_ALLOWED, null, template, allow);
  }

  @SuppressWarnings("unchecked")
  static <T> RouteMatch<T> notFound() {
    return (RouteMatch<T>) NOT_FOUND;
  }
}
