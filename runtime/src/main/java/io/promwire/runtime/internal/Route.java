package io.promwire.runtime.internal;

import io.promwire.runtime.MetricDefinition;
import java.util.List;
import java.util.Objects;

/**
 * One route of a handler class, as the processor generated it: which requests it serves, the code
 * that serves them and the metrics recorded around that code. Immutable; each {@code with...}
 * method returns a new route.
 *
 * <pre>{@code
 * Route.of("GET", "/items/{type}", "ItemRoutes.byType", this::serveByType)
 *     .recording(INVOCATION_BY_TYPE)
 *     .doNotTrack()
 * }</pre>
 */
public final class Route {
  private final String method;
  private final String template;
  private final String endpoint;
  private final RouteHandler handler;
  private final List<MetricDefinition> metrics;
  private final boolean doNotTrack;
  private final boolean excludeAllMetrics;

  private Route(
      String method,
      String template,
      String endpoint,
      RouteHandler handler,
      List<MetricDefinition> metrics,
      boolean doNotTrack,
      boolean excludeAllMetrics) {
    this.method = Objects.requireNonNull(method, "method");
    this.template = Objects.requireNonNull(template, "template");
    this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
    this.handler = Objects.requireNonNull(handler, "handler");
    this.metrics = List.copyOf(metrics);
    this.doNotTrack = doNotTrack;
    this.excludeAllMetrics = excludeAllMetrics;
  }

  /**
   * A route tracked by the default HTTP metrics, with no metrics of its own.
   *
   * @param method the HTTP method, upper case
   * @param template the full path template, route prefix included
   * @param endpoint the handler's simple class name and method name, such as {@code
   *     ItemRoutes.byType}
   * @param handler binds the parameters and calls the handler method
   */
  public static Route of(String method, String template, String endpoint, RouteHandler handler) {
    return new Route(method, template, endpoint, handler, List.of(), false, false);
  }

  /** This route recording the handler method's own metrics around each call. */
  public Route recording(MetricDefinition... metrics) {
    return new Route(
        method, template, endpoint, handler, List.of(metrics), doNotTrack, excludeAllMetrics);
  }

  /** This route without the default HTTP metrics ({@code @DoNotTrack}); its own metrics count. */
  public Route doNotTrack() {
    return new Route(method, template, endpoint, handler, metrics, true, excludeAllMetrics);
  }

  /**
   * This route recording nothing at all ({@code @ExcludeAllMetrics}); its own metrics are still
   * registered, so their series exist from start-up as for any other route.
   */
  public Route excludeAllMetrics() {
    return new Route(method, template, endpoint, handler, metrics, doNotTrack, true);
  }

  public String method() {
    return method;
  }

  public String template() {
    return template;
  }

  public String endpoint() {
    return endpoint;
  }

  public RouteHandler handler() {
    return handler;
  }

  /** The handler method's own metrics, in declaration order. */
  public List<MetricDefinition> metrics() {
    return metrics;
  }

  public boolean isDoNotTrack() {
    return doNotTrack;
  }

  public boolean isExcludeAllMetrics() {
    return excludeAllMetrics;
  }

  @Override
  public String toString() {
    return method + " " + template + " (" + endpoint + ")";
  }
}
