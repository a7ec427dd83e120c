package io.promwire.jaxrs;

import io.prometheus.metrics.exporter.common.PrometheusHttpExchange;
import io.prometheus.metrics.exporter.common.PrometheusHttpRequest;
import io.prometheus.metrics.exporter.common.PrometheusHttpResponse;
import io.prometheus.metrics.exporter.common.PrometheusScrapeHandler;
import io.promwire.runtime.MetricsAuth;
import io.promwire.runtime.Promwire;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The metrics endpoint: client_java's own scrape handler on the app's registry (content
 * negotiation, gzip, {@code name[]}), its answer handed to the container as a response; behind the
 * options' {@link MetricsAuth}, refused with {@code 401} and its challenge as on the JDK server.
 */
final class MetricsEndpoint {
  private final PrometheusScrapeHandler handler;
  private final MetricsAuth auth;

  MetricsEndpoint(Promwire app) {
    this.handler = new PrometheusScrapeHandler(app.registry());
    this.auth = app.options().metricsAuth();
  }

  Response scrape(ContainerRequestContext request) throws IOException {
    if (auth != null && !auth.allows(request.getHeaderString("Authorization"))) {
      return Response.status(401).header("WWW-Authenticate", auth.challenge()).build();
    }
    Exchange exchange = new Exchange(request);
    handler.handleRequest(exchange);
    Response.ResponseBuilder response = Response.status(exchange.status);
    // The container frames the body itself: client_java's framing headers would frame it twice.
    exchange.headers.forEach(
        (name, value) -> {
          if (name.equalsIgnoreCase("Content-Type")) {
            response.type(value);
          } else if (!name.equalsIgnoreCase("Transfer-Encoding")
              && !name.equalsIgnoreCase("Content-Length")) {
            response.header(name, value);
          }
        });
    boolean head = request.getMethod().equals("HEAD");
    return response.entity(head ? null : exchange.body.toByteArray()).build();
  }

  /** One scrape as client_java's handler sees it: the request read, the answer buffered. */
  private static final class Exchange
      implements PrometheusHttpExchange, PrometheusHttpRequest, PrometheusHttpResponse {
    private final ContainerRequestContext request;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private int status = 200;

    Exchange(ContainerRequestContext request) {
      this.request = request;
    }

    @Override
    public PrometheusHttpRequest getRequest() {
      return this;
    }

    @Override
    public PrometheusHttpResponse getResponse() {
      return this;
    }

    @Override
    public void handleException(IOException e) throws IOException {
      throw e;
    }

    @Override
    public void handleException(RuntimeException e) {
      throw e;
    }

    @Override
    public void close() {}

    @Override
    public String getQueryString() {
      return request.getUriInfo().getRequestUri().getRawQuery();
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
      List<String> values = request.getHeaders().get(name);
      return Collections.enumeration(values == null ? List.of() : values);
    }

    @Override
    public String getMethod() {
      return request.getMethod();
    }

    @Override
    public String getRequestPath() {
      return JaxrsRequests.path(request);
    }

    @Override
    public void setHeader(String name, String value) {
      headers.put(name, value);
    }

    @Override
    public OutputStream sendHeadersAndGetBody(int statusCode, int contentLength) {
      this.status = statusCode;
      return body;
    }
  }

}
