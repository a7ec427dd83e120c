package io.promwire.runtime;

import io.promwire.runtime.internal.HttpMetrics;
import io.promwire.runtime.internal.Instruments;
import io.promwire.runtime.internal.RequestMetrics;
import io.promwire.runtime.internal.Route;
import io.promwire.runtime.internal.RouteMetrics;
import java.util.ArrayList;
import java.util.List;

/**
 * A route as the dispatcher serves it, with everything recorded around it resolved at build time:
 * its own and every-route metrics, and its default HTTP metrics under its method, under {@code
 * HEAD} for a {@code GET} route, and under the methods it refuses with 405, made on first use.
 */
final class ServedRoute {
  private final Route route;
  private final RouteMetrics own;
  private final HttpMetrics http;
  private final RequestMetrics defaults;
  private final RequestMetrics headDefaults;
  private final RequestMetrics[] refused = new RequestMetrics[HttpMetrics.METHOD_LABEL_COUNT];

  private ServedRoute(
      Route route,
      RouteMetrics own,
      HttpMetrics http,
      RequestMetrics defaults,
      RequestMetrics headDefaults) {
    this.route = route;
    this.own = own;
    this.http = http;
    this.defaults = defaults;
    this.headDefaults = headDefaults;
  }

  /**
   * @param http the default HTTP metrics, or {@code null} when they are off
   */
  static ServedRoute of(Route route, Instruments instruments, HttpMetrics http) {
    PromwireOptions options = instruments.options();
    List<MetricDefinition> metrics = new ArrayList<>(route.metrics());
    if (!route.isExcludeAllMetrics()) {
      for (MetricDefinition everyRoute : options.everyRoute()) {
        // A route that serves only excluded paths would never record them: no series at 0 either.
        metrics.add(servesOnlyExcluded(route, options) ? everyRoute.initialValue(false) : everyRoute);
      }
    }
    RouteMetrics own = RouteMetrics.of(instruments, metrics, route.method(), route.template());
    if (http == null || route.isDoNotTrack() || route.isExcludeAllMetrics()) {
      return new ServedRoute(route, own, http, null, null);
    }
    RequestMetrics head =
        route.method().equals("GET")
            ? http.forRoute("HEAD", route.template(), route.endpoint())
            : null;
    return new ServedRoute(
        route, own, http, http.forRoute(route.method(), route.template(), route.endpoint()), head);
  }

  Route route() {
    return route;
  }

  /** The route's own and every-route metrics. */
  RouteMetrics own() {
    return own;
  }

  /** The default metrics of a request this route serves, or {@code null} when none are recorded. */
  RequestMetrics defaultsFor(String method) {
    return headDefaults != null && method.equals("HEAD") ? headDefaults : defaults;
  }

  /**
   * The default metrics of a request this route's path refused with 405, or {@code null} when the
   * default metrics are off.
   */
  RequestMetrics refused(String method) {
    if (http == null) {
      return null;
    }
    int index = HttpMetrics.methodIndexOf(method);
    RequestMetrics metrics = refused[index];
    if (metrics == null) {
      // Racing threads may both make them: both record into the same series.
      metrics = http.forRoute(HttpMetrics.methodLabel(method), route.template(), null);
      refused[index] = metrics;
    }
    return metrics;
  }

  private static boolean servesOnlyExcluded(Route route, PromwireOptions options) {
    return options.excludedPathsSilenceAll()
        && route.template().indexOf('{') < 0
        && options.isExcluded(route.template());
  }
}
