package io.promwire.runtime.internal;

import io.promwire.runtime.LabelDefinition;
import io.promwire.runtime.Request;
import io.promwire.runtime.Response;

/** Where each kind of label takes its value from, for one route and for one call. */
final class LabelValues {
  private LabelValues() {}

  /**
   * Whether the label has the same value for every call of a route with this method and template.
   *
   * @param routeMethod the route's HTTP method, or {@code null} for a method that is not a route
   * @param routeTemplate the route's template, or {@code null}
   */
  static boolean isStatic(LabelDefinition label, String routeMethod, String routeTemplate) {
    return switch (label.source()) {
      case CONSTANT -> true;
      case METHOD -> routeMethod != null;
      case PATH -> routeTemplate != null;
      default -> false;
    };
  }

  /** The value of a label that {@link #isStatic is static} on the given route. */
  static String staticValue(LabelDefinition label, String routeMethod, String routeTemplate) {
    return switch (label.source()) {
      case CONSTANT -> label.argument();
      case METHOD -> routeMethod;
      case PATH -> routeTemplate;
      default -> throw new IllegalStateException(label + " is not static");
    };
  }

  /**
   * Whether the value comes from what the caller sent (a path or query parameter, a header, or code
   * of the user's that reads them), so that its values are unbounded and count towards the series
   * limit. Method, route template, status and exception name are bounded by the code.
   */
  static boolean isFromRequest(LabelDefinition label) {
    return switch (label.source()) {
      case PATH_PARAM, QUERY_PARAM, HEADER, RAW_PATH, RESOLVER, REQUEST_RESOLVER, REQUEST_FUNCTION ->
          true;
      case CONSTANT, METHOD, PATH, STATUS, EXCEPTION, OUTCOME, ERROR_TYPE -> false;
    };
  }

  /**
   * Whether the value depends only on how the call ended: its status, or the name of an exception
   * it threw ({@value LabelDefinition#NO_EXCEPTION} when it returned).
   */
  static boolean isPerOutcome(LabelDefinition label) {
    return switch (label.source()) {
      case STATUS, EXCEPTION, OUTCOME, ERROR_TYPE -> true;
      default -> false;
    };
  }

  /** Whether the value depends on the exception a call threw, beyond its status. */
  static boolean isException(LabelDefinition label) {
    return label.source() == LabelDefinition.Source.EXCEPTION
        || label.source() == LabelDefinition.Source.ERROR_TYPE;
  }

  /**
   * The value for one call; missing values are the empty string. Resolvers and computing functions
   * are the user's code and may throw: {@link SeriesGuard#value} is what calls this for them.
   *
   * @param request the request, or {@code null} for a direct call outside a server
   * @param direct the direct call, or {@code null} for a request
   */
  static String of(
      LabelDefinition label,
      Request request,
      DirectCall direct,
      int status,
      Response response,
      Throwable error) {
    String value =
        switch (label.source()) {
          case CONSTANT -> label.argument();
          case PATH_PARAM ->
              request != null
                  ? request.pathParam(label.argument())
                  : direct == null ? null : direct.pathParam(label.argument());
          case QUERY_PARAM -> request == null ? null : request.queryParam(label.argument());
          case HEADER -> request == null ? null : request.header(label.argument());
          case METHOD -> request == null ? null : request.method();
          case PATH -> request == null ? null : request.template();
          case RAW_PATH -> request == null ? null : request.path();
          case STATUS -> StatusCodes.text(status);
          case EXCEPTION -> error == null ? LabelDefinition.NO_EXCEPTION : exceptionName(error);
          case RESOLVER -> label.resolver().resolve(request, response, error);
          case REQUEST_RESOLVER, REQUEST_FUNCTION -> label.function().apply(request);
          case OUTCOME -> OutcomeLabels.outcome(status);
          case ERROR_TYPE -> OutcomeLabels.errorType(status, error, response);
        };
    return value == null ? "" : value;
  }

  private static String exceptionName(Throwable error) {
    String simpleName = error.getClass().getSimpleName();
    return simpleName.isEmpty() ? error.getClass().getName() : simpleName;
  }
}
