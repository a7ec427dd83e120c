package io.promwire.runtime;

/**
 * Thrown by a route method to answer with a given status and a plain-text message. It is a
 * response the handler chose, not a failure: it is not counted as an exception.
 */
public class HttpStatusException extends RuntimeException {
  /** The final HTTP status to answer with. */
  private final int status;

  /**
   * Answers with {@code status} and {@code message} as the plain-text body.
   *
   * @param status the final HTTP status, 200 to 599
   * @param message the response body
   * @throws IllegalArgumentException if {@code status} is outside 200..599
   */
  public HttpStatusException(int status, String message) {
    super(message);
    // 1xx are interim answers the server sends itself; a handler's answer is a final one.
    if (status < 200 || status > 599) {
      throw new IllegalArgumentException(
          "a final HTTP status must be within 200..599, was " + status);
    }
    this.status = status;
  }

  /** {@return the HTTP status the response carries} */
  public int status() {
    return status;
  }
}
