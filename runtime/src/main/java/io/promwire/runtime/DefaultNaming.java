package io.promwire.runtime;

/**
 * Whose names the default HTTP metrics take, so that dashboards and alerts written for another
 * library keep working; chosen with {@link PromwireOptions.Builder#naming(DefaultNaming)}. Only the
 * request metrics change: annotated metrics keep the names their annotations give.
 */
public enum DefaultNaming {
  /**
   * promwire's own: {@code http_request_duration_seconds} (method, path, status), {@code
   * http_request_total} (method, status) and {@code http_request_exceptions_total} (method, status).
   */
  PROMWIRE,

  /**
   * prometheus-flask-exporter's: promwire's names with the prefix {@code flask}, as {@code
   * prefix("flask")} gives.
   */
  FLASK,

  /**
   * OpenTelemetry's HTTP semantic conventions as the OpenTelemetry Prometheus exporter exposes
   * them: one histogram {@code http_server_request_duration_seconds} labelled {@code
   * http_request_method}, {@code http_route}, {@code http_response_status_code} and {@code
   * error_type} (empty unless the request failed); no request or exception counters, as its
   * {@code _count} is the request count.
   */
  OPENTELEMETRY,

  /**
   * Micrometer's {@code http.server.requests} timer as Spring Boot 3 exposes it to Prometheus:
   * {@code http_server_requests_seconds} labelled {@code method}, {@code uri}, {@code status},
   * {@code outcome}, {@code exception} and {@code error}; no separate counters, as its {@code
   * _count} is the request count.
   */
  MICROMETER
}
