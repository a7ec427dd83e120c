package io.promwire.runtime.jdk;

import com.sun.net.httpserver.Authenticator;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.prometheus.metrics.exporter.httpserver.MetricsHandler;
import io.promwire.runtime.MetricsAuth;
import io.promwire.runtime.Request;
import io.promwire.runtime.Response;
import io.promwire.runtime.adapter.BodyBudget;
import io.promwire.runtime.adapter.ClientAborts;
import io.promwire.runtime.adapter.BoundedBody;
import io.promwire.runtime.adapter.RequestedMetrics;
import io.promwire.runtime.adapter.ResponseBodies;
import io.promwire.runtime.adapter.ServedApp;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.util.ArrayList;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The one handler of the app's server, at the root context. The metrics path, matched exactly, is
 * answered by client_java's {@link MetricsHandler} (behind the {@link MetricsAuth}, if any) and is
 * never measured; every other request goes through {@link ServedApp#dispatch}. A single root context
 * is used because JDK contexts match by prefix: a context at {@code /metrics} would also take
 * {@code /metricsX}.
 *
 * <p>Before either, a request whose headers are larger than allowed gets 431, one whose request line
 * is longer than allowed 414, and one whose declared body is larger than allowed 413; these
 * refusals are counted in the default metrics under the unmatched path, and their connections are
 * closed without reading what is left. A route that answers later frees the worker while its stage
 * is pending ({@link LaterAnswers}). Bodies are read only by the routes that ask for them ({@link
 * BoundedBody}). Nothing a request sends is echoed in these answers, nor in any error promwire
 * makes.
 */
final class ExchangeHandler implements HttpHandler {
  private static final System.Logger LOG = System.getLogger(ExchangeHandler.class.getName());
  private static final byte[] NO_BODY = new byte[0];
  private static final Response TOO_LARGE = Response.status(413).text("Payload Too Large");
  private static final Response URI_TOO_LONG = Response.status(414).text("URI Too Long");
  private static final Response HEADERS_TOO_LARGE =
      Response.status(431).text("Request Header Fields Too Large");
  /** The bytes of a header line besides its name and value: {@code ": "} and CRLF. */
  private static final int HEADER_LINE_OVERHEAD = 4;
  /** The bytes of a request line besides method, target and protocol: two spaces. */
  private static final int REQUEST_LINE_OVERHEAD = 2;

  private final ServedApp app;
  private final String metricsPath;
  private final HttpHandler metricsHandler;
  private final Authenticator metricsAuth;
  private final int maxRequestBodyBytes;
  private final int maxRequestHeaderBytes;
  private final int maxRequestLineBytes;
  private final BodyBudget bodyBudget;
  private final ExchangeDeadlines deadlines;
  private final LaterAnswers laterAnswers;
  private final ClientAborts aborts = new ClientAborts(LOG);

  /** @param deadlines the server's deadlines, or {@code null} when there are none */
  ExchangeHandler(
      ServedApp app,
      ServerOptions options,
      ExchangeDeadlines deadlines,
      LaterAnswers laterAnswers) {
    this.app = app;
    this.metricsPath = MetricsServer.metricsPath(app);
    this.metricsHandler =
        metricsPath == null ? null : new MetricsHandler(RequestedMetrics.exactNames(app.registry()));
    MetricsAuth auth = app.options().metricsAuth();
    this.metricsAuth = auth == null ? null : new JdkMetricsAuth(auth);
    this.maxRequestBodyBytes = options.maxRequestBodyBytes();
    this.maxRequestHeaderBytes = options.maxRequestHeaderBytes();
    this.maxRequestLineBytes = options.maxRequestLineBytes();
    this.bodyBudget = BodyBudget.of(options.maxBufferedBodyBytes());
    this.deadlines = deadlines;
    this.laterAnswers = laterAnswers;
  }

  @Override
  public void handle(HttpExchange exchange) {
    long start = System.nanoTime();
    BoundedBody body = null;
    boolean answeredLater = false;
    try {
      Response refusal = refusal(exchange);
      if (refusal != null) {
        refuse(exchange, refusal, start);
        return;
      }
      if (deadlines != null && !deadlines.arrived()) {
        return;
      }
      String rawPath = Objects.requireNonNullElse(exchange.getRequestURI().getRawPath(), "");
      if (rawPath.equals(metricsPath)) {
        writing();
        serveMetrics(new AbortTolerantExchange(exchange, aborts));
      } else {
        body = body(exchange);
        answeredLater = serveRoute(exchange, rawPath, body);
      }
    } catch (IOException clientGone) {
      aborts.log("could not answer a request", clientGone);
    } catch (RuntimeException | Error bug) {
      failed(exchange, bug);
    } finally {
      if (!answeredLater) {
        end(exchange, body);
      }
    }
  }

  /**
   * Dispatch never throws but a VirtualMachineError from a handler; whatever it is, the client
   * gets its 500 instead of a connection the JDK would leave open.
   */
  private static void failed(HttpExchange exchange, Throwable bug) {
    LOG.log(Level.ERROR, "promwire failed to serve a request", bug);
    answerInternalError(exchange);
    if (bug instanceof VirtualMachineError fatal) {
      throw fatal;
    }
  }

  private static void end(HttpExchange exchange, BoundedBody body) {
    exchange.close();
    if (body != null) {
      body.release();
    }
  }

  /** The answer to a request refused before routing for its size, or {@code null}. */
  private Response refusal(HttpExchange exchange) {
    if (headerBytesExceed(exchange.getRequestHeaders(), maxRequestHeaderBytes)) {
      return HEADERS_TOO_LARGE;
    }
    long requestLine =
        exchange.getRequestMethod().length()
            + exchange.getRequestURI().toString().length()
            + exchange.getProtocol().length()
            + REQUEST_LINE_OVERHEAD;
    if (requestLine > maxRequestLineBytes) {
      return URI_TOO_LONG;
    }
    if (declaredLength(exchange) > maxRequestBodyBytes) {
      return TOO_LARGE;
    }
    return null;
  }

  /** The body, read under the read deadline when route code first asks for it. */
  private BoundedBody body(HttpExchange exchange) {
    ExchangeDeadlines.Deadline deadline = deadlines == null ? null : deadlines.current();
    BoundedBody.Reader reader =
        deadline == null
            ? InputStream::readNBytes
            : (in, buffer, offset, length) ->
                deadline.readBody(() -> in.readNBytes(buffer, offset, length));
    return BoundedBody.of(
        exchange::getRequestBody, declaredLength(exchange), maxRequestBodyBytes, bodyBudget, reader);
  }

  private void writing() {
    if (deadlines != null) {
      deadlines.writing();
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

  /**
   * Serves a request with the app's routes.
   *
   * @return whether the route answers later: the exchange is then held, and ended by the worker
   *     that writes the answer
   */
  private boolean serveRoute(HttpExchange exchange, String rawPath, BoundedBody body)
      throws IOException {
    URI uri = exchange.getRequestURI();
    Request request =
        Request.fromRawPath(
            exchange.getRequestMethod(),
            rawPath,
            uri.getRawQuery(),
            exchange.getRequestHeaders(),
            body);
    CompletableFuture<Response> answer = app.dispatchAsync(request).toCompletableFuture();
    if (!answer.isDone()) {
      answerLater(exchange, body, answer);
      return true;
    }
    send(exchange, body, answer);
    return false;
  }

  /**
   * Frees this worker while the route's stage is pending; a worker writes the answer when it
   * completes.
   */
  private void answerLater(
      HttpExchange exchange, BoundedBody body, CompletableFuture<Response> answer) {
    LaterAnswers.Held held = laterAnswers.hold();
    answer.whenComplete(
        (response, failure) ->
            held.resume(
                () -> {
                  try {
                    send(exchange, body, answer);
                  } catch (IOException clientGone) {
                    aborts.log("could not answer a request", clientGone);
                  } catch (RuntimeException | Error bug) {
                    failed(exchange, bug);
                  } finally {
                    end(exchange, body);
                  }
                },
                () -> end(exchange, body)));
  }

  /** Writes the answer of a dispatched request, once it is complete. */
  private void send(HttpExchange exchange, BoundedBody body, CompletableFuture<Response> answer)
      throws IOException {
    Response response;
    try {
      response = answer.join();
    } catch (CompletionException fatal) {
      // Only a VirtualMachineError completes it so.
      if (fatal.getCause() instanceof Error error) {
        throw error;
      }
      throw fatal;
    }
    // The server owns this thread: an interrupt a handler left on it would make the JDK close the
    // connection instead of writing the answer.
    Thread.interrupted();
    writing();
    if (body.leftUnread()) {
      answerAndClose(exchange, response);
    } else {
      write(exchange, response);
    }
  }

  /**
   * Answers a request refused before routing, counts it in the default metrics under the unmatched
   * path, and closes its connection unread.
   */
  private void refuse(HttpExchange exchange, Response refusal, long start) throws IOException {
    Request request =
        Request.fromRawPath(
            exchange.getRequestMethod(),
            Objects.requireNonNullElse(exchange.getRequestURI().getRawPath(), ""),
            exchange.getRequestURI().getRawQuery(),
            exchange.getRequestHeaders(),
            NO_BODY);
    app.defaultHttpMetrics()
        .record(request, null, null, refusal.status(), null, System.nanoTime() - start);
    writing();
    answerAndClose(exchange, refusal);
  }

  /**
   * Answers a request whose body is not read to its end, and closes its connection without reading
   * the rest. Left alone, closing the exchange would have the JDK read up to {@code
   * sun.net.httpserver.drainAmount} (64 KiB) of it, and a client that declared a body and sends
   * nothing would hold the worker until a deadline. So the answer is flushed first, then the
   * exchange closed with this thread's interrupt flag set: the JDK's first read of what is left
   * throws at once and closes the connection, and the flag is taken back.
   */
  private static void answerAndClose(HttpExchange exchange, Response response) throws IOException {
    exchange.getResponseHeaders().set("Connection", "close");
    write(exchange, response);
    exchange.getResponseBody().flush();
    Thread.currentThread().interrupt();
    try {
      exchange.close();
    } finally {
      Thread.interrupted();
    }
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

  /**
   * The {@code Content-Length} of the request; -1 for a chunked body, whose length is known only
   * once read; 0 when it has no body.
   */
  private static long declaredLength(HttpExchange exchange) {
    Headers headers = exchange.getRequestHeaders();
    if (headers.containsKey("Transfer-Encoding")) {
      return -1;
    }
    String length = headers.getFirst("Content-Length");
    try {
      return length == null ? 0 : Long.parseLong(length.trim());
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
