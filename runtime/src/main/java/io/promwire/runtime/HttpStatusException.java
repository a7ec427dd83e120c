package io.promwire.runtime;

/**
 * Thrown by a route method to answer with a given status and a plain-text message. It is a
 * response the handler chose, not a failure: it is not counted as an exception.
 */
public class HttpStatusException extends RuntimeException {
  private final int status;

  public HttpStatusException(int status, String message) {
    super(message);
    // 1xx are interim answers the server sends itself; a handler's answer is a final one.
    if (status < 200 || status > 599) {
      throw new IllegalArgumentException(
          "a final HTTP status must be within 200..599, was " + status);
    }
    this.status = status;
  }

  public int status() {
    return status;
  }
}
