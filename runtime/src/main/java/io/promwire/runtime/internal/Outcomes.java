package io.promwire.runtime.internal;

import io.promwire.runtime.HttpStatusException;
import io.promwire.runtime.Response;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

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

  /**
   * The answer of a route method that answers later: {@code stage} with each result turned into a
   * response by {@code answer}, such as {@code Outcomes::text}; {@code null} when the method
   * returned none, which the dispatcher answers as a failure of the route.
   */
  public static <T> CompletionStage<Response> later(
      CompletionStage<T> stage, Function<? super T, Response> answer) {
    return stage == null ? null : stage.thenApply(answer);
  }

  /** The answer of a route method that completes a {@code CompletionStage<Void>}: 204. */
  public static CompletionStage<Response> noContentLater(CompletionStage<Void> stage) {
    return later(stage, nothing -> NO_CONTENT);
  }

  /**
   * What a stage failed with: a stage that depends on a failed one hands on the failure wrapped in
   * a {@link CompletionException}, and labels and answers are about the failure itself.
   */
  public static Throwable cause(Throwable failure) {
    Throwable cause = failure;
    while (cause instanceof CompletionException && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }

  /** The status a thrown exception answers with: its own for {@link HttpStatusException}, else 500. */
  public static int status(Throwable error) {
    return error instanceof HttpStatusException httpStatus ? httpStatus.status() : 500;
  }
}
