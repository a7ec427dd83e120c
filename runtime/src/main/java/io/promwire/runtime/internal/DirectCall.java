package io.promwire.runtime.internal;

import io.promwire.runtime.Response;

/**
 * One direct call of a decorated method, for the labels that read it: the values of the route's
 * path parameters, and how the call ended (status, response, exception). Generated code makes one
 * only for methods with such labels; it belongs to that one call and its thread.
 *
 * <pre>{@code
 * DirectCall call = DirectCall.of("status", String.valueOf(status));
 * try {
 *   Response result = delegate.echoStatus(status);
 *   call.returned(result);
 *   return result;
 * } catch (Throwable e) {
 *   call.threw(e);
 *   throw e;
 * } finally {
 *   requestsByStatus.inc(call);
 * }
 * }</pre>
 */
public final class DirectCall {
  private final String[] pathParams;
  private int status;
  private Response response;
  private Throwable error;

  private DirectCall(String[] pathParams) {
    this.pathParams = pathParams;
  }

  /** A call with the route's path parameters it was given, as name, value, name, value... */
  public static DirectCall of(String... pathParamNamesAndValues) {
    return new DirectCall(pathParamNamesAndValues);
  }

  /**
   * The call returned something other than a {@link Response}: 200 for a value, 204 for a route's
   * {@code void}, as the server answers.
   */
  public void succeeded(int status) {
    this.status = status;
  }

  /** The call returned a response; a {@code null} one is a 500, as on the server. */
  public void returned(Response response) {
    this.status = Outcomes.status(response);
    this.response = response;
  }

  /** The call threw: its status is the exception's ({@link Outcomes#status(Throwable)}). */
  public void threw(Throwable error) {
    this.status = Outcomes.status(error);
    this.error = error;
  }

  /**
   * A call that answered through a stage completed: with {@code response}, or exceptionally with
   * {@code failure}.
   */
  public void completed(Response response, Throwable failure) {
    if (failure != null) {
      threw(Outcomes.cause(failure));
    } else {
      returned(response);
    }
  }

  /**
   * A call that answered through a stage of something other than a {@link Response} completed:
   * normally, recorded with {@code status} as {@link #succeeded}, or exceptionally with {@code
   * failure}.
   */
  public void completed(int status, Throwable failure) {
    if (failure != null) {
      threw(Outcomes.cause(failure));
    } else {
      succeeded(status);
    }
  }

  int status() {
    return status;
  }

  Response response() {
    return response;
  }

  Throwable error() {
    return error;
  }

  /** The value given for a path parameter, or {@code null}. */
  String pathParam(String name) {
    for (int i = 0; i + 1 < pathParams.length; i += 2) {
      if (pathParams[i].equals(name)) {
        return pathParams[i + 1];
      }
    }
    return null;
  }
}
