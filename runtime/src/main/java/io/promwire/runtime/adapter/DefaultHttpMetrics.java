package io.promwire.runtime.adapter;

import io.promwire.runtime.GroupBy;
import io.promwire.runtime.HttpStatusException;
import io.promwire.runtime.PromwireOptions;
import io.promwire.runtime.Request;
import io.promwire.runtime.internal.HttpMetrics;
import java.util.Map;

/**
 * An app's default HTTP metrics, for requests that something other than its route tables served,
 * such as another servlet of the container the app runs in. They land in the same series as the
 * requests {@code Promwire.dispatch} serves, under the same options: prefix, buckets or summary,
 * {@link GroupBy}, excluded paths and default labels. Get it from {@link
 * ServedApp#defaultHttpMetrics()}; when the options turn the default metrics off it records
 * nothing.
 *
 * <p>The data points of each template, endpoint and method are kept after their first request, per
 * status, as for routes.
 */
public final class DefaultHttpMetrics {
  private final HttpMetrics metrics;
  private final PromwireOptions options;

  private DefaultHttpMetrics(HttpMetrics metrics, PromwireOptions options) {
    this.metrics = metrics;
    this.options = options;
  }

  /**
   * {@return the default HTTP metrics of an app} The app makes them; adapters get them from
   * {@link ServedApp#defaultHttpMetrics()}.
   *
   * @param metrics the app's default metrics, or {@code null} when they are off
   * @param options the app's options
   */
  public static DefaultHttpMetrics of(HttpMetrics metrics, PromwireOptions options) {
    return new DefaultHttpMetrics(metrics, options);
  }

  /**
   * Records one request, unless its path is excluded by the options. A method outside the HTTP
   * standard is recorded as {@code _OTHER}, as for requests that match no route.
   *
   * @param request the request; default labels and {@link GroupBy#custom} functions see it routed
   *     to {@code template} ({@link Request#template()})
   * @param template what stands for the route template in the group label: a value from a small,
   *     fixed set, such as a servlet mapping pattern, never the raw URL; {@code null} records the
   *     request as unmatched ({@value PromwireOptions#UNMATCHED_PATH})
   * @param endpoint what {@link GroupBy#endpoint()} shows, such as a servlet name; {@code null}
   *     shows {@value PromwireOptions#UNMATCHED_PATH}
   * @param status the response status
   * @param error what the server's handler threw, or {@code null}; anything but an {@link
   *     HttpStatusException} is counted in {@code http_request_exceptions_total}
   * @param elapsedNanos how long the request took, in nanoseconds
   */
  public void record(
      Request request,
      String template,
      String endpoint,
      int status,
      Throwable error,
      long elapsedNanos) {
    if (metrics == null || options.isExcluded(request.path())) {
      return;
    }
    // A routed copy only for label code that reads the request: nothing else is allocated here.
    Request seen = metrics.readsRequest() ? request.withRoute(template, Map.of()) : request;
    metrics
        .servedElsewhere(request.method(), template, endpoint)
        .record(seen, status, null, error, elapsedNanos);
  }
}
