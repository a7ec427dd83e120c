package io.promwire.runtime.adapter;

import io.promwire.runtime.GroupBy;
import io.promwire.runtime.HttpStatusException;
import io.promwire.runtime.PromwireOptions;
import io.promwire.runtime.Request;
import io.promwire.runtime.internal.HttpMetrics;
import io.promwire.runtime.internal.RequestMetrics;
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
 * status, as for routes. Adapters that know their templates at start-up resolve them once with
 * {@link #forTemplate}.
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
    recordInto(
        metrics.servedElsewhere(request.method(), template, endpoint),
        request,
        template,
        status,
        error,
        elapsedNanos);
  }

  /**
   * {@return whether recording reads the request beyond its method} A grouping or a default label
   * that takes its value from the request, or excluded paths, which are matched against its path.
   * When it does not, {@link TemplateMetrics#record} takes a {@code null} request, so that adapters
   * need not make one. Decided once from the options.
   */
  public boolean readsRequest() {
    return metrics != null && (metrics.readsRequest() || !options.excludedPaths().isEmpty());
  }

  /**
   * {@return the default metrics of the requests of one template and endpoint} For adapters that
   * know their templates at start-up, such as one per Jakarta REST resource method: each request
   * then records into data points found once per {@code method} label, with no lookup by template
   * or endpoint. The same series as {@link #record} with that template and endpoint.
   *
   * @param template what stands for the route template in the group label, as for {@link #record};
   *     not {@code null}
   * @param endpoint what {@link GroupBy#endpoint()} shows, or {@code null}
   */
  public TemplateMetrics forTemplate(String template, String endpoint) {
    return new TemplateMetrics(this, template, endpoint);
  }

  /** The metrics of one template, endpoint and {@code method} label: found once per label. */
  RequestMetrics metricsOf(String method, String template, String endpoint) {
    return metrics.servedElsewhere(method, template, endpoint);
  }

  /**
   * Records one request of a template and endpoint into their metrics, unless excluded.
   *
   * @param request the request, or {@code null} when {@link #readsRequest()} is false
   */
  void recordTemplate(
      String method,
      Request request,
      TemplateMetrics target,
      int status,
      Throwable error,
      long elapsedNanos) {
    if (metrics == null || (request != null && options.isExcluded(request.path()))) {
      return;
    }
    recordInto(target.metrics(method), request, target.template(), status, error, elapsedNanos);
  }

  private void recordInto(
      RequestMetrics recorder,
      Request request,
      String template,
      int status,
      Throwable error,
      long elapsedNanos) {
    // A routed copy only for label code that reads the request: nothing else is allocated here.
    Request seen = metrics.readsRequest() ? request.withRoute(template, Map.of()) : request;
    recorder.record(seen, status, null, error, elapsedNanos);
  }
}
