package io.promwire.runtime;

import io.prometheus.metrics.core.datapoints.CounterDataPoint;
import java.lang.System.Logger.Level;

/**
 * Records the default HTTP metrics of one route under one {@code method} label.
 *
 * <p>When the group label and every default label have the same value for every request of the
 * route, the data points are looked up once per status code and kept in an array indexed by
 * status, so that a request costs no map lookup and promwire allocates nothing (client_java 1.10's
 * {@code observe} allocates a lambda per call until the JIT removes it, and per call with native
 * histograms). Racing threads may both look up the same data point; client_java hands out one per
 * label set, so nothing is lost. Otherwise the data points are looked up per request.
 *
 * <p>{@link #record} never throws: a failure is logged and the request goes on.
 */
final class DefaultSeries {
  private static final System.Logger LOG = System.getLogger(DefaultSeries.class.getName());
  private static final int FIRST_STATUS = 100;
  private static final int LAST_STATUS = 599;

  private final DefaultMetrics metrics;
  private final String method;
  private final String group;
  private final DefaultMetrics.Points[] byStatus;
  // Written racily like byStatus; volatile so a reader never sees it half-published.
  private volatile CounterDataPoint exceptions;

  /**
   * @param method the {@code method} label value
   * @param template the route template that matched the path, or {@code null} for none
   * @param endpoint the route's endpoint, or {@code null} when no route served the request
   * @param cacheable whether the series lives long enough for caching its data points to pay
   */
  DefaultSeries(
      DefaultMetrics metrics, String method, String template, String endpoint, boolean cacheable) {
    this.metrics = metrics;
    this.method = method;
    this.group = metrics.staticGroup(template, endpoint);
    boolean isStatic = group != null && metrics.defaultLabelsStatic(method, template);
    this.byStatus =
        cacheable && isStatic ? new DefaultMetrics.Points[LAST_STATUS - FIRST_STATUS + 1] : null;
  }

  /**
   * @param error what the handler threw, or {@code null}; anything but {@link HttpStatusException}
   *     counts as an exception
   */
  void record(Request request, int status, Response response, Throwable error, long elapsedNanos) {
    try {
      String[] defaults = null;
      DefaultMetrics.Points points = byStatus == null ? null : byStatus[status - FIRST_STATUS];
      if (points == null) {
        defaults = metrics.defaultValues(request, status, response, error);
        points = points(request, status, response, error, defaults);
      }
      points.duration().observe(elapsedNanos / 1e9);
      points.requests().inc();
      if (error != null && !(error instanceof HttpStatusException)) {
        exceptions(request, response, error, defaults).inc();
      }
    } catch (RuntimeException | LinkageError failure) {
      LOG.log(Level.WARNING, "promwire could not record the default HTTP metrics", failure);
    }
  }

  /** The data points kept for a status, or {@code null}: for tests of the caching. */
  DefaultMetrics.Points cached(int status) {
    return byStatus == null ? null : byStatus[status - FIRST_STATUS];
  }

  private DefaultMetrics.Points points(
      Request request, int status, Response response, Throwable error, String[] defaults) {
    if (byStatus == null) {
      String requestGroup =
          group != null ? group : metrics.dynamicGroup(request, status, response, error);
      return metrics.points(method, requestGroup, group == null, status, defaults);
    }
    DefaultMetrics.Points points = metrics.points(method, group, false, status, defaults);
    byStatus[status - FIRST_STATUS] = points;
    return points;
  }

  /** @param defaults the request's default label values, or {@code null} when not computed */
  private CounterDataPoint exceptions(
      Request request, Response response, Throwable error, String[] defaults) {
    CounterDataPoint point = exceptions;
    if (point == null) {
      String[] values =
          defaults != null ? defaults : metrics.defaultValues(request, 500, response, error);
      point = metrics.exceptions(method, values);
      if (byStatus != null) {
        exceptions = point;
      }
    }
    return point;
  }
}
