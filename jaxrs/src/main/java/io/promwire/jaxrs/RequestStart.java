package io.promwire.jaxrs;

import io.promwire.runtime.Promwire;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import java.io.IOException;

/**
 * Starts each request's clock before the container matches it, and answers scrapes at the
 * options' metrics path, which are never measured. It runs before every other request filter.
 */
@PreMatching
final class RequestStart implements ContainerRequestFilter {
  private final String metricsPath;
  private final MetricsEndpoint endpoint;

  RequestStart(Promwire app) {
    this.metricsPath = app.options().metricsPath();
    this.endpoint = metricsPath == null ? null : new MetricsEndpoint(app);
  }

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    if (endpoint != null && JaxrsRequests.isPath(request, metricsPath)) {
      request.abortWith(endpoint.scrape(request));
      return;
    }
    request.setProperty(
        RequestState.PROPERTY, new RequestState(System.nanoTime(), request.getMethod()));
  }
}
