package io.promwire.runtime.jdk;

import com.sun.net.httpserver.Authenticator;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.prometheus.metrics.exporter.httpserver.MetricsHandler;
import io.promwire.runtime.MetricsAuth;
import io.promwire.runtime.Request;
import io.promwire.runtime.Response;
import io.promwire.runtime.adapter.RequestBodies;
import io.promwire.runtime.adapter.RequestedMetrics;
import io.promwire.runtime.adapter.ResponseBodies;
import io.promwire.runtime.adapter.ServedApp;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.util.ArrayList;
import java.util.Objects;

/**
 * The one handler of the app's server, at the root context. The metrics path, matched exactly, is
 * answered by client_java's {@link MetricsHandler} (behind the {@link MetricsAuth}, if any) and is
 * never measured; every other request goes through {@link ServedApp#dispatch}. A single root context
 * is used because JDK contexts match by prefix: a context at {@code /metrics} would also take
 * {@code /metricsX}.
 *
 * <p>Before either, a request whose headers are larger than allowed gets 431 and one whose body is
 * larger gets 413; the body is read on the worker up to one byte past the limit, never further.
 * Nothing a request sends is echoed in these answers, nor in any error promwire makes.
 */
final class ExchangeHandler implements HttpHandler {
  private static final System.Logger LOG = System.getLogger(ExchangeHandler.class.getName());
  private static final Response TOO_LARGE = Response.status(413).text("Payload Too Large");
  private static final Response HEADERS_TOO_LARGE =
      Response.status(431).text("Request Header Fields Too Large");
  /** The bytes of a header line besides its name and value: {@code ": "} and CRLF. */
  private static final int HEADER_LINE_OVERHEAD = 4;

  private final ServedApp app;
  private final String metricsPath;
  private final HttpHandler metricsHandler;
  private final Authenticator metricsAuth;
  private final int maxRequestBodyBytes;
  private final int maxRequestHeaderBytes;
  private final ReadDeadlines deadlines;

  /** @param deadlines the server's read deadlines, or {@code null} when there are none */
  ExchangeHandler(ServedApp app, ServerOptions options, ReadDeadlines deadlines) {
    this.app = app;
    this.metricsPath = app.options().metricsPath();
    this.metricsHandler = metricsPath == null ? null : new MetricsHandler(RequestedMetrics.exactNames(app.registry()));
    MetricsAuth auth = app.options().metricsAuth();
    this.metricsAuth = auth == null ? null : new JdkMetricsAuth(auth);
    this.maxRequestBodyBytes = options.maxRequestBodyBytes();
    this.maxRequestHeaderBytes = options.maxRequestHeaderBytes();
    this.deadlines = deadlines;
  }

  @Override
  public void handle(HttpExchange exchange) {
    try {
      if (headerBytesExceed(exchange.getRequestHeaders(), maxRequestHeaderBytes)) {
        refuse(exchange, HEADERS_TOO_LARGE);
        return;
      }
      // A body declared too large is refused unread; any other is read whole, also on the metrics
      // path, so that nothing is left for the JDK to read after the deadline was lifted.
      byte[] body = declaredLength(exchange) > maxRequestBodyBytes
              ? null
              : RequestBodies.readAtMost(exchange.getRequestBody(), maxRequestBodyBytes);
      if (body == null) {
        refuse(exchange, TOO_LARGE);
        return;
      }
      if (deadlines != null && !deadlines.arrived()) {
        return;
      }
      String rawPath = Objects.requireNonNullElse(exchange.getRequestURI().getRawPath(), "");
      if (rawPath.equals(metricsPath)) {
        serveMetrics(exchange);
      } else {
        serveRoute(exchange, rawPath, body);
      }
    } catch (IOException clientGone) {
      LOG.log(Level.DEBUG, "could not answer " + exchange.getRequestMethod(), clientGone);
    } catch (RuntimeException | Error bug) {
      // Dispatch never throws but a VirtualMachineError from a handler; whatever it is, the client
      // gets its 500 instead of a connection the JDK would leave open.
      LOG.log(Level.ERROR, "promwire failed to serve a request", bug);
      answerInternalError(exchange);
      if (bug instanceof VirtualMachineError fatal) {
        throw fatal;
      }
    } finally {
      exchange.close();
    }
  }

  private void serveMetrics(HttpExchange exchange) throws IOException {
    if (metricsAuth != null) {
      Authenticator.Result result = metricsAuth.authenticate(exchange);
      // As the JDK's own authentication filter answers a refusal: status only, no body.
      if (result instanceof Authenticator.Retry retry) {
        exchange.sendResponseHeaders(retry.getResponseCode(), -1);
        return;
      }
      if (result instanceof Authenticator.Failure failure) {
        exchange.sendResponseHeaders(failure.getResponseCode(), -1);
        return;
      }
    }
    metricsHandler.handle(exchange);
  }

  private void serveRoute(HttpExchange exchange, String rawPath, byte[] body) throws IOException {
    URI uri = exchange.getRequestURI();
    Request request =
        Request.fromRawPath(
            exchange.getRequestMethod(),
            rawPath,
            uri.getRawQuery(),
            exchange.getRequestHeaders(),
            body);
    Response response = app.dispatch(request);
    // The server owns this thread: an interrupt a handler left on it would make the JDK close the
    // connection instead of writing the answer.
    Thread.interrupted();
    write(exchange, response);
  }

  /**
   * Answers a request that is not read to its end, and closes its connection. The answer is sent
   * before the exchange closes: closing first has the JDK read what is left of the body (up to
   * {@code sun.net.httpserver.drainAmount}, 64 KiB) before it flushes anything. The read deadline
   * stays armed, so a client that stops sending cannot hold the worker in that read.
   */
  private static void refuse(HttpExchange exchange, Response refusal) throws IOException {
    exchange.getResponseHeaders().set("Connection", "close");
    write(exchange, refusal);
    exchange.getResponseBody().close();
  }

  /** Whether the header lines, counted as sent, are more than {@code max} bytes. */
  private static boolean headerBytesExceed(Headers headers, int max) {
    long bytes = 0;
    for (var header : headers.entrySet()) {
      for (String value : header.getValue()) {
        bytes += header.getKey().length() + value.length() + HEADER_LINE_OVERHEAD;
      }
      if (bytes > max) {
        return true;
      }
    }
    return false;
  }

  /** The {@code Content-Length} of the request, or -1 when it has none (or a chunked body). */
  private static long declaredLength(HttpExchange exchange) {
    String length = exchange.getRequestHeaders().getFirst("Content-Length");
    try {
      return length == null ? -1 : Long.parseLong(length.trim());
    } catch (NumberFormatException invalid) {
      // The JDK refuses such requests itself; reading up to the limit is the safe fallback.
      return -1;
    }
  }


  /** Writes a response with its exact length; HEAD, 204 and 304 responses have no body. */
  private static void write(HttpExchange exchange, Response response) throws IOException {
    Headers headers = exchange.getResponseHeaders();
    // Copies: the JDK may add to a header's list, and the response's lists are immutable.
    response.headers().forEach((name, values) -> headers.put(name, new ArrayList<>(values)));
    int status = response.status();
    if (!response.allowsBody()) {
      exchange.sendResponseHeaders(status, -1);
    } else if (exchange.getRequestMethod().equals("HEAD")) {
      // The length a GET would have; the JDK sends no body for HEAD.
      headers.set("Content-Length", Integer.toString(response.bodyLength()));
      exchange.sendResponseHeaders(status, -1);
    } else if (response.bodyLength() == 0) {
      exchange.sendResponseHeaders(status, -1);
    } else {
      exchange.sendResponseHeaders(status, response.bodyLength());
      ResponseBodies.write(response, exchange.getResponseBody());
    }
  }


  private static void answerInternalError(HttpExchange exchange) {
    if (exchange.getResponseCode() != -1) {
      return;
    }
    try {
      exchange.sendResponseHeaders(500, -1);
    } catch (IOException clientGone) {
      LOG.log(Level.DEBUG, "could not answer with 500", clientGone);
    }
  }
}
