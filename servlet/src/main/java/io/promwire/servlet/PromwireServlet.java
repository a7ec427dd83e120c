package io.promwire.servlet;

import io.promwire.runtime.Request;
import io.promwire.runtime.Response;
import io.promwire.runtime.adapter.RequestBodies;
import io.promwire.runtime.adapter.ResponseBodies;
import io.promwire.runtime.adapter.ServedApp;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Serves an app's generated route tables on a servlet container, through {@link
 * ServedApp#dispatch}: the same matching, parameter binding, statuses and metrics as on the JDK
 * server. Route templates are matched against the request path after the context path, whatever
 * the servlet's own mapping; map it as the default servlet ({@code /}) so that every request no
 * other servlet takes reaches the routes, and unknown paths get promwire's 404.
 *
 * <p>It records the default HTTP metrics of the requests it serves itself, so a {@link
 * PromwireMetricsFilter} in front of it leaves them alone. A request body larger than the limit is
 * answered with 413 before routing and, as on the JDK server, is not in the default metrics.
 */
public final class PromwireServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final Response TOO_LARGE = Response.status(413).text("Payload Too Large");

  private final transient ServedApp app;

  /** The largest request body accepted, in bytes; a larger one is answered with 413. */
  private final int maxRequestBodyBytes;

  /**
   * Serves the app's routes, accepting bodies up to the JDK server's default limit of 10 MiB.
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
    if (maxRequestBodyBytes < 0) {
      throw new IllegalArgumentException("maxRequestBodyBytes must not be negative");
    }
    this.app = app;
    this.maxRequestBodyBytes = maxRequestBodyBytes;
  }

  /** Every method, HEAD included, goes to the router, which knows which ones each path serves. */
  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Measured.mark(request);
    byte[] body =
        request.getContentLengthLong() > maxRequestBodyBytes
            ? null
            : RequestBodies.readAtMost(request.getInputStream(), maxRequestBodyBytes);
    if (body == null) {
      write(request, response, TOO_LARGE);
      return;
    }
    Request promwireRequest = ServletRequests.withBody(request, body);
    Response answer = app.dispatch(promwireRequest);
    // The container owns this thread: an interrupt a handler left on it could abort the write.
    Thread.interrupted();
    write(request, response, answer);
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
