package io.promwire.runtime.internal;

import io.promwire.runtime.DefaultNaming;
import io.promwire.runtime.GroupBy;
import io.promwire.runtime.LabelDefinition;
import io.promwire.runtime.PromwireOptions;
import java.util.List;

/**
 * The names, help texts and labels of the default HTTP metrics under one {@link DefaultNaming}.
 * Where each comes from is in the README ("Naming presets").
 *
 * @param duration the request duration's name, prefix included
 * @param requests the request counter's name, or {@code null} when the naming has none
 * @param exceptions the exceptions counter's name, or {@code null} when the naming has none
 * @param methodLabel the name of the label of the HTTP method
 * @param routeLabel the name of the label of the route template or raw path
 * @param statusLabel the name of the label of the status code
 * @param outcomeLabels labels the duration has after the status, derived from how the request ended
 * @param unmatchedRoute the route label of requests that matched no route
 */
record HttpNaming(
    String duration,
    String durationHelp,
    String requests,
    String exceptions,
    String methodLabel,
    String routeLabel,
    String statusLabel,
    List<LabelDefinition> outcomeLabels,
    String unmatchedRoute) {

  static HttpNaming of(PromwireOptions options) {
    return switch (options.naming()) {
      case PROMWIRE, FLASK ->
          new HttpNaming(
              options.prefixed("http_request_duration_seconds"),
              "HTTP request duration in seconds",
              options.prefixed("http_request_total"),
              options.prefixed("http_request_exceptions_total"),
              "method",
              "path",
              "status",
              List.of(),
              PromwireOptions.UNMATCHED_PATH);
      // OpenTelemetry leaves http.route out when no route matched: empty is no label in Prometheus.
      case OPENTELEMETRY ->
          new HttpNaming(
              options.prefixed("http_server_request_duration_seconds"),
              "Duration of HTTP server requests.",
              null,
              null,
              "http_request_method",
              "http_route",
              "http_response_status_code",
              List.of(LabelDefinition.errorType("error_type")),
              "");
      // Spring tags a request no handler matched uri="NOT_FOUND".
      case MICROMETER ->
          new HttpNaming(
              options.prefixed("http_server_requests_seconds"),
              "Duration of HTTP server request handling",
              null,
              null,
              "method",
              "uri",
              "status",
              List.of(
                  LabelDefinition.outcome("outcome"),
                  LabelDefinition.exception("exception"),
                  LabelDefinition.exception("error")),
              "NOT_FOUND");
    };
  }

  /**
   * The grouping label's name: the naming's route label for the groupings by template and path,
   * whose label promwire calls {@code path}; the grouping's own for the others.
   */
  String groupLabel(GroupBy groupBy) {
    return switch (groupBy.mode()) {
      case TEMPLATE, RAW_PATH, FULL_PATH -> routeLabel;
      case ENDPOINT, CUSTOM -> groupBy.labelName();
    };
  }
}
