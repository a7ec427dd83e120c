package io.promwire.runtime.internal;

import io.promwire.runtime.HttpStatusException;
import io.promwire.runtime.Response;

/** Turns what a route method returned or threw into a response or a status. */
public final class Outcomes {
  private static final Response NO_CONTENT = Response.noContent();

  private Outcomes() {}

  /** A {@code String} result: 200, UTF-8 plain text; {@code null} is an empty body. */
  public static Response text(String text) {
    return Response.ok(text == null ? "" : text);
  }

  /** A {@code byte[]} result: 200, {@code application/octet-stream}. */
  public static Response bytes(byte[] bytes) {
    return Response.status(200).body(bytes == null ? new byte[0] : bytes, "application/octet-stream");
  }

  /** A {@code void} method: 204. */
  public static Response noContent() {
    return NO_CONTENT;
  }

  /** A {@code Response} result, which must not be null. */
  public static Response response(Response response) {
    if (response == null) {
      throw new IllegalStateException("route method returned a null Response");
    }
    return response;
  }

  /**
   * The status a direct call that returned {@code response} is recorded with: a null {@code
   * Response} is a 500, as {@link #response} makes it one on the server.
   */
  public static int status(Response response) {
    return response == null ? 500 : response.status();
  }

  /** The status a thrown exception answers with: its own for {@link HttpStatusException}, else 500. */
  public static int status(Throwable error) {
    return error instanceof HttpStatusException httpStatus ? httpStatus.status() : 500;
  }
}
