package io.promwire.runtime.internal;

import io.promwire.runtime.HttpStatusException;
import io.promwire.runtime.Response;

/**
 * The label values other libraries derive from how a request ended: Spring's {@code outcome} and
 * OpenTelemetry's {@code error.type}. Neither allocates for a request that threw nothing.
 */
final class OutcomeLabels {
  private OutcomeLabels() {}

  /** Spring's {@code outcome}: the class of the status, as {@code HttpStatus.Series} names it. */
  static String outcome(int status) {
    if (status < 100 || status > 599) {
      return "UNKNOWN";
    }
    return switch (status / 100) {
      case 1 -> "INFORMATIONAL";
      case 2 -> "SUCCESS";
      case 3 -> "REDIRECTION";
      case 4 -> "CLIENT_ERROR";
      default -> "SERVER_ERROR";
    };
  }

  /**
   * OpenTelemetry's {@code error.type} for a server: the exception's fully qualified class name
   * when the handler threw one that nothing answered (neither an {@link HttpStatusException} nor an
   * exception handler's {@code response}), else the status code of a 5xx (4xx is the client's
   * error, not the server's), else empty. Prometheus drops a label whose value is empty, so
   * stored series of successful requests have no {@code error_type}, as OpenTelemetry's have.
   */
  static String errorType(int status, Throwable error, Response response) {
    if (error != null && response == null && !(error instanceof HttpStatusException)) {
      return error.getClass().getName();
    }
    return status >= 500 ? StatusCodes.text(status) : "";
  }
}
