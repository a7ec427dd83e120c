package io.promwire.runtime;

/**
 * A route as the dispatcher serves it, with everything recorded around it resolved at build time.
 *
 * @param route the generated route
 * @param everyRoute the metrics of {@link PromwireOptions#everyRoute()} for this route
 * @param defaults the default HTTP metrics of this route, or {@code null} when none are recorded
 * @param headDefaults the default HTTP metrics of {@code HEAD} requests a {@code GET} route
 *     answers, or {@code null}
 */
record ServedRoute(
    Route route, MethodMetrics everyRoute, DefaultSeries defaults, DefaultSeries headDefaults) {

  static ServedRoute of(Route route, Instruments instruments, DefaultMetrics defaults) {
    if (route.excludeAll()) {
      return new ServedRoute(route, MethodMetrics.NONE, null, null);
    }
    MethodMetrics everyRoute =
        instruments.method(route.method(), route.template(), instruments.options().everyRoute());
    if (defaults == null || route.doNotTrack()) {
      return new ServedRoute(route, everyRoute, null, null);
    }
    DefaultSeries head = route.method().equals("GET") ? defaults.forRoute(route, "HEAD") : null;
    return new ServedRoute(route, everyRoute, defaults.forRoute(route, route.method()), head);
  }

  /** The default series for a request this route serves, or {@code null}. */
  DefaultSeries defaultsFor(Request request) {
    return headDefaults != null && request.method().equals("HEAD") ? headDefaults : defaults;
  }
}
