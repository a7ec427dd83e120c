package io.promwire.runtime.adapter;

import io.promwire.runtime.Request;
import io.promwire.runtime.internal.HttpMetrics;
import io.promwire.runtime.internal.RequestMetrics;
import java.util.Objects;

/**
 * The default HTTP metrics of the requests of one template and endpoint, from {@link
 * DefaultHttpMetrics#forTemplate}: an adapter keeps one per template it knows at start-up, and
 * each request records with no lookup by template or endpoint, and without a {@link Request} when
 * nothing reads one ({@link DefaultHttpMetrics#readsRequest()}). Safe for concurrent use.
 */
public final class TemplateMetrics {
  private final DefaultHttpMetrics defaults;
  private final String template;
  private final String endpoint;
  /** Found on the first request of each {@code method} label, as {@link DefaultHttpMetrics} does. */
  private final RequestMetrics[] byMethod = new RequestMetrics[HttpMetrics.METHOD_LABEL_COUNT];

  TemplateMetrics(DefaultHttpMetrics defaults, String template, String endpoint) {
    this.defaults = defaults;
    this.template = Objects.requireNonNull(template, "template");
    this.endpoint = endpoint;
  }

  /**
   * Records one request, unless its path is excluded by the options. A method outside the HTTP
   * standard is recorded as {@code _OTHER}.
   *
   * @param method the request method as sent
   * @param request the request, routed or not; may be {@code null} when {@link
   *     DefaultHttpMetrics#readsRequest()} is false
   * @param status the response status
   * @param error what the server's handler threw, or {@code null}; anything but an {@link
   *     io.promwire.runtime.HttpStatusException} is counted in {@code
   *     http_request_exceptions_total}
   * @param elapsedNanos how long the request took, in nanoseconds
   */
  public void record(
      String method, Request request, int status, Throwable error, long elapsedNanos) {
    defaults.recordTemplate(method, request, this, status, error, elapsedNanos);
  }

  String template() {
    return template;
  }

  RequestMetrics metrics(String method) {
    int index = HttpMetrics.methodIndexOf(method);
    RequestMetrics metrics = byMethod[index];
    if (metrics == null) {
      // Racing threads get the same metrics: the app keeps them per template, endpoint and label.
      metrics = defaults.metricsOf(method, template, endpoint);
      byMethod[index] = metrics;
    }
    return metrics;
  }
}
