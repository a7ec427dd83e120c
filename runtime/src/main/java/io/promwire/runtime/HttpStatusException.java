package io.promwire.runtime;

/**
 * Thrown by a route method to answer with a given status and a plain-text message. It is a
 * response the handler chose, not a failure: it is not counted as an exception.
 */
public class HttpStatusException extends RuntimeException {
  private final int status;

  public HttpStatusException(int status, String message) {
    super(message);
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("HTTP status must be within 100..599, was " + status);
    }
    this.status = status;
  }

  public int status() {
    return status;
  }
}
