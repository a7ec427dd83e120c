package io.promwire.it.e2e;

import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.promwire.runtime.Promwire;
import io.promwire.servlet.PromwireServletInitializer;
import jakarta.servlet.DispatcherType;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.List;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * An app on Jetty with OpenTelemetry's SDK making a span per request ({@link TracingFilter}, in
 * front of promwire's filter and servlet), on a free loopback port, and a client that sends W3C
 * {@code traceparent} headers.
 */
final class TracedJettyApp implements AutoCloseable {
  private final EndedSpans spans = new EndedSpans();
  private final SdkTracerProvider tracing = EndedSpans.tracing(spans);
  private final Server server = new Server();
  private final ServerConnector connector = new ServerConnector(server);

  TracedJettyApp(Promwire app) {
    Tracer tracer = tracing.get("promwire-e2e");
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler("");
    context.addFilter(
        new FilterHolder(new TracingFilter(tracer)), "/*", EnumSet.of(DispatcherType.REQUEST));
    context.addServletContainerInitializer(
        (classes, servlets) -> PromwireServletInitializer.register(servlets, app));
    server.setHandler(context);
    try {
      server.start();
    } catch (Exception e) {
      throw new IllegalStateException("Jetty did not start", e);
    }
  }

  /** The {@code traceId/spanId} of each request's span, once the request is answered. */
  List<String> spanIds() {
    return spans.ids();
  }

  /** {@code host:port}, as a Prometheus scrape target. */
  String target() {
    return "127.0.0.1:" + connector.getLocalPort();
  }

  /** A sampled {@code traceparent} of the given trace, from a made-up parent span. */
  static String traceparent(String traceId) {
    return "00-" + traceId + "-00f067aa0ba902b7-01";
  }

  /** Sends a request as part of the given trace; returns its status. */
  int send(String method, String path, String traceId) {
    HttpRequest.Builder request =
        Http.request(URI.create("http://" + target() + path))
            .method(method, HttpRequest.BodyPublishers.ofString("x"));
    if (traceId != null) {
      request.header("traceparent", traceparent(traceId));
    }
    return Http.send(request.build()).statusCode();
  }

  /** The metrics endpoint in the OpenMetrics format, the text format that carries exemplars. */
  String scrapeOpenMetrics() {
    HttpResponse<String> response =
        Http.send(
            Http.request(URI.create("http://" + target() + "/metrics"))
                .header("Accept", "application/openmetrics-text; version=1.0.0; charset=utf-8")
                .build());
    if (response.statusCode() != 200) {
      throw new AssertionError("/metrics answered " + response.statusCode());
    }
    return response.body();
  }

  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException("Jetty did not stop", e);
    } finally {
      tracing.close();
    }
  }
}
