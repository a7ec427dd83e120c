package io.promwire.servlet;

import io.promwire.runtime.Request;
import io.promwire.runtime.Response;
import io.promwire.runtime.adapter.BodyBudget;
import io.promwire.runtime.adapter.BoundedBody;
import io.promwire.runtime.adapter.RequestBodies;
import io.promwire.runtime.adapter.ResponseBodies;
import io.promwire.runtime.adapter.ServedApp;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Serves an app's generated route tables on a servlet container, through {@link
 * ServedApp#dispatch}: the same matching, parameter binding, statuses and metrics as on the JDK
 * server. Route templates are matched against the request path after the context path, whatever
 * the servlet's own mapping; map it as the default servlet ({@code /}) so that every request no
 * other servlet takes reaches the routes, and unknown paths get promwire's 404.
 *
 * <p>It records the default HTTP metrics of the requests it serves itself, so a {@link
 * PromwireMetricsFilter} in front of it leaves them alone. A request body is read only by a route
 * that asks for it ({@link BoundedBody}): never past the limit (413), and only while the bodies in
 * flight in this servlet take less than its budget (503). A body whose {@code Content-Length} is
 * over the limit is answered 413 before routing, unread, and counted under the unmatched path.
 *
 * <p>A route that answers through a {@code CompletionStage} is answered asynchronously ({@link
 * AsyncContext}) when the servlet is registered with async support, as {@link
 * PromwireServletInitializer} registers it; without it, the container's thread waits for the
 * stage.
 */
public final class PromwireServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final Response TOO_LARGE = Response.status(413).text("Payload Too Large");

  private final transient ServedApp app;

  /** The largest request body accepted, in bytes; a larger one is answered with 413. */
  private final int maxRequestBodyBytes;
  private final transient BodyBudget bodyBudget;

  /**
   * Serves the app's routes, accepting bodies up to the JDK server's default limit of 10 MiB, with
   * the default budget ({@link BodyBudget#defaultMaxBytes()}).
   *
   * @param app the app whose routes are served and whose metrics record them
   */
  public PromwireServlet(ServedApp app) {
    this(app, RequestBodies.DEFAULT_MAX_BYTES);
  }

  /**
   * Serves the app's routes, accepting request bodies up to {@code maxRequestBodyBytes}.
   *
   * @param app the app whose routes are served and whose metrics record them
   * @param maxRequestBodyBytes the largest request body accepted, in bytes; a larger one is
   *     answered with 413
   * @throws IllegalArgumentException when {@code maxRequestBodyBytes} is negative
   */
  public PromwireServlet(ServedApp app, int maxRequestBodyBytes) {
    this(app, maxRequestBodyBytes, BodyBudget.defaultMaxBytes());
  }

  /**
   * Serves the app's routes, accepting request bodies up to {@code maxRequestBodyBytes} each and
   * {@code maxBufferedBodyBytes} for all the requests in flight together.
   *
   * @param app the app whose routes are served and whose metrics record them
   * @param maxRequestBodyBytes the largest request body accepted, in bytes
   * @param maxBufferedBodyBytes what the bodies of the requests in flight may take together; a
   *     route asking for a body past it answers 503
   * @throws IllegalArgumentException when a limit is negative
   */
  public PromwireServlet(ServedApp app, int maxRequestBodyBytes, long maxBufferedBodyBytes) {
    if (maxRequestBodyBytes < 0) {
      throw new IllegalArgumentException("maxRequestBodyBytes must not be negative");
    }
    this.app = app;
    this.maxRequestBodyBytes = maxRequestBodyBytes;
    this.bodyBudget = BodyBudget.of(maxBufferedBodyBytes);
  }

  /** Every method, HEAD included, goes to the router, which knows which ones each path serves. */
  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    long start = System.nanoTime();
    Measured.mark(request);
    if (request.getContentLengthLong() > maxRequestBodyBytes) {
      app.defaultHttpMetrics()
          .record(
              ServletRequests.withoutBody(request),
              null,
              null,
              TOO_LARGE.status(),
              null,
              System.nanoTime() - start);
      write(request, response, TOO_LARGE);
      return;
    }
    BoundedBody body =
        BoundedBody.of(
            () -> inputStream(request),
            declaredLength(request),
            maxRequestBodyBytes,
            bodyBudget);
    boolean answeredLater = false;
    try {
      CompletableFuture<Response> answer =
          app.dispatchAsync(ServletRequests.withBody(request, body)).toCompletableFuture();
      if (!answer.isDone() && request.isAsyncSupported()) {
        answerLater(request, response, body, answer);
        answeredLater = true;
        return;
      }
      // Complete, or a servlet registered without async support: this thread waits.
      Response now = answer.join();
      // The container owns this thread: an interrupt a handler left on it could abort the write.
      Thread.interrupted();
      write(request, response, now);
    } finally {
      if (!answeredLater) {
        body.release();
      }
    }
  }

  /**
   * Frees the container's thread while the route's stage is pending ({@link AsyncContext}); a
   * container thread writes the answer when it completes. The container's own async timeout is
   * off: the app's {@code asyncTimeout} completes every stage.
   */
  private static void answerLater(
      HttpServletRequest request,
      HttpServletResponse response,
      BoundedBody body,
      CompletableFuture<Response> answer) {
    AsyncContext async = request.startAsync(request, response);
    async.setTimeout(0);
    answer.whenComplete(
        (ignored, failure) ->
            async.start(
                () -> {
                  try {
                    write(request, response, answer.join());
                  } catch (IOException clientGone) {
                    // Nothing to answer; the container logs the closed connection if it cares.
                  } finally {
                    body.release();
                    async.complete();
                  }
                }));
  }

  /** The {@code Content-Length}; -1 for a chunked body; 0 when there is none. */
  private static long declaredLength(HttpServletRequest request) {
    if (request.getHeader("Transfer-Encoding") != null) {
      return -1;
    }
    return Math.max(0, request.getContentLengthLong());
  }

  private static InputStream inputStream(HttpServletRequest request) {
    try {
      return request.getInputStream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes a response with its exact length; HEAD, 204 and 304 responses have no body. */
  private static void write(
      HttpServletRequest request, HttpServletResponse servletResponse, Response response)
      throws IOException {
    servletResponse.setStatus(response.status());
    for (Map.Entry<String, List<String>> header : response.headers().entrySet()) {
      for (String value : header.getValue()) {
        servletResponse.addHeader(header.getKey(), value);
      }
    }
    if (!response.allowsBody()) {
      return;
    }
    // HEAD gets the length a GET would have, and no body.
    servletResponse.setContentLength(response.bodyLength());
    if (response.bodyLength() > 0 && !request.getMethod().equals("HEAD")) {
      ResponseBodies.write(response, servletResponse.getOutputStream());
    }
  }

}
