package io.promwire.runtime;

import java.util.Map;

/**
 * An app's default HTTP metrics, for requests that something other than its route tables served,
 * such as another servlet of the container the app runs in. They land in the same series as the
 * requests {@link Promwire#dispatch} serves, under the same options: prefix, buckets or summary,
 * {@link GroupBy}, excluded paths and default labels. Get it from {@link
 * Promwire#defaultHttpMetrics()}; when the options turn the default metrics off it records nothing.
 *
 * <p>It exists for server adapters: the servlet adapter's filter records with it what the other
 * servlets answer, under their mapping pattern.
 */
public final class DefaultHttpMetrics {
  private final DefaultMetrics metrics;
  private final PromwireOptions options;

  DefaultHttpMetrics(DefaultMetrics metrics, PromwireOptions options) {
    this.metrics = metrics;
    this.options = options;
  }

  /**
   * Records one request, unless its path is excluded by the options. A method outside the HTTP
   * standard is recorded as {@code _OTHER}, as for requests that match no route.
   *
   * @param request the request; it takes {@code template} as its {@link Request#template()}, so
   *     that default labels and {@link GroupBy#custom} functions see it
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
    request.matched(template, Map.of());
    String method = DefaultMetrics.methodLabel(request.method());
    // Not cached (cacheable false): the caller's templates are not known up front.
    new DefaultSeries(metrics, method, template, endpoint, false)
        .record(request, status, null, error, elapsedNanos);
  }
}
