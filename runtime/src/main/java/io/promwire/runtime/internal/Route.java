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
  private final AsyncRouteHandler asyncHandler;
  private final List<MetricDefinition> metrics;
  private final boolean doNotTrack;
  private final boolean excludeAllMetrics;

  private Route(
      String method,
      String template,
      String endpoint,
      RouteHandler handler,
      AsyncRouteHandler asyncHandler,
      List<MetricDefinition> metrics,
      boolean doNotTrack,
      boolean excludeAllMetrics) {
    this.method = Objects.requireNonNull(method, "method");
    this.template = Objects.requireNonNull(template, "template");
    this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
    if ((handler == null) == (asyncHandler == null)) {
      throw new IllegalArgumentException("a route has one handler, synchronous or asynchronous");
    }
    this.handler = handler;
    this.asyncHandler = asyncHandler;
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
    return new Route(
        method, template, endpoint, Objects.requireNonNull(handler, "handler"), null, List.of(),
        false, false);
  }

  /**
   * A route whose method answers later, through a {@code CompletionStage}; otherwise as {@link
   * #of}. Its metrics are recorded when the stage completes.
   */
  public static Route async(
      String method, String template, String endpoint, AsyncRouteHandler handler) {
    return new Route(
        method, template, endpoint, null, Objects.requireNonNull(handler, "handler"), List.of(),
        false, false);
  }

  /** This route recording the handler method's own metrics around each call. */
  public Route recording(MetricDefinition... metrics) {
    return new Route(
        method, template, endpoint, handler, asyncHandler, List.of(metrics), doNotTrack,
        excludeAllMetrics);
  }

  /** This route without the default HTTP metrics ({@code @DoNotTrack}); its own metrics count. */
  public Route doNotTrack() {
    return new Route(
        method, template, endpoint, handler, asyncHandler, metrics, true, excludeAllMetrics);
  }

  /**
   * This route recording nothing at all ({@code @ExcludeAllMetrics}); its own metrics are still
   * registered, so their series exist from start-up as for any other route.
   */
  public Route excludeAllMetrics() {
    return new Route(method, template, endpoint, handler, asyncHandler, metrics, doNotTrack, true);
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

  /** The handler of a synchronous route; {@code null} for an {@link #isAsync} one. */
  public RouteHandler handler() {
    return handler;
  }

  /** The handler of an {@link #isAsync} route; {@code null} for a synchronous one. */
  public AsyncRouteHandler asyncHandler() {
    return asyncHandler;
  }

  /** Whether the route's method answers through a {@code CompletionStage}. */
  public boolean isAsync() {
    return asyncHandler != null;
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
